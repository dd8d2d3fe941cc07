import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainValidationError, ForbiddenError } from "../../lib/server/errors";
import { getLocalityChanges, getLocalityTree } from "../../lib/server/queries/localities-admin";
import { getLocalitySeries } from "../../lib/server/queries/locality-series";
import { recordLocalityChange } from "../../lib/server/services/locality-changes";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, lastAuditId, viewerFor } from "./support";

// A reform on throw-away communes of our own, so the test holds whatever the seed's own 2025 reform looks
// like: A (whole) + B (whole) + 0.6 of C become X; the other 0.4 of C becomes Y, on 2025-07-01. Their
// approved values are written straight to the tables (one approved revision each) and removed afterwards.

const db = connectTestDb();
const NOW = new Date("2025-06-16T03:00:00Z");
const EFFECTIVE = "2025-07-01";
const OLD_FROM = new Date("2020-01-01T00:00:00Z");
let admin: Viewer;
let committee: Viewer;
let codes: string[];
const ids = { A: 0, B: 0, C: 0 };
let rateCode: string;
let countCode: string;
let countKind: string;
let auditBefore: bigint;
let provinceId = 0;

/** Five commune codes nobody uses, counted down from 99999. */
async function freeCodes(n: number): Promise<string[]> {
  const used = new Set((await db.locality.findMany({ select: { code: true } })).map((l) => l.code));
  const free: string[] = [];
  for (let c = 99999; free.length < n; c -= 1) if (!used.has(String(c))) free.push(String(c));
  return free;
}

type Approved = { value: number; numerator?: number; denominator?: number };
/** One approved value: a submission, the actual with published revision 1, and that revision. */
async function approve(localityId: number, indicatorCode: string, year: number, quarter: number, v: Approved) {
  const [period, indicator] = await Promise.all([
    db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year, quarter } } }),
    db.indicator.findUniqueOrThrow({ where: { code: indicatorCode } }),
  ]);
  const submission = await db.submission.upsert({
    where: { periodId_localityId: { periodId: period.id, localityId } }, update: {},
    create: { periodId: period.id, localityId, status: "APPROVED", reviewedAt: NOW, reviewedById: admin.userId },
  });
  const values = { value: v.value, numerator: v.numerator ?? null, denominator: v.denominator ?? null };
  const actual = await db.actual.create({ data: { indicatorId: indicator.id, localityId, periodId: period.id, submissionId: submission.id, ...values, publishedRevision: 1 } });
  await db.actualRevision.create({ data: { actualId: actual.id, revision: 1, ...values, approvedAt: NOW, approvedById: admin.userId } });
}

async function provinceOn(date: string) {
  const day = new Date(`${date}T00:00:00Z`);
  return db.locality.findFirstOrThrow({ where: { level: "PROVINCE", validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] } });
}

function mergeInput(overrides: { shareCtoX?: number; shareCtoY?: number; basis?: string | null } = {}) {
  const [, , , codeX, codeY] = codes;
  return {
    kind: "MERGE", effectiveDate: EFFECTIVE, decision: "Nghị quyết số 9999/NQ-UBTVQH15 (kiểm thử)", note: null,
    predecessors: [ids.A, ids.B, ids.C],
    successors: [
      { key: "X", mode: "NEW", code: codeX, name: "Xã Kiểm Thử Mới", level: "COMMUNE", type: "XA", parentId: provinceId, population: 13_000 },
      { key: "Y", mode: "NEW", code: codeY, name: "Xã Kiểm Thử Tách", level: "COMMUNE", type: "XA", parentId: provinceId, population: 2_000 },
    ],
    links: [
      { predecessorId: ids.A, successorKey: "X", share: 1 },
      { predecessorId: ids.B, successorKey: "X", share: 1 },
      { predecessorId: ids.C, successorKey: "X", share: overrides.shareCtoX ?? 0.6, shareBasis: overrides.basis === undefined ? "Theo dân số" : overrides.basis },
      { predecessorId: ids.C, successorKey: "Y", share: overrides.shareCtoY ?? 0.4, shareBasis: overrides.basis === undefined ? "Theo dân số" : overrides.basis },
    ],
  };
}
beforeAll(async () => {
  admin = await viewerFor(db, "admin@demo.cds.vn");
  committee = await viewerFor(db, "bcd@demo.cds.vn");
  auditBefore = await lastAuditId(db);
  codes = await freeCodes(5);
  provinceId = (await provinceOn(EFFECTIVE)).id;
  const oldParent = (await provinceOn("2024-01-01")).id;
  const make = (code: string, name: string, population: number) =>
    db.locality.create({ data: { code, name, level: "COMMUNE", type: "XA", parentId: oldParent, population, validFrom: OLD_FROM } });
  ids.A = (await make(codes[0] ?? "", "Xã Kiểm Thử A", 4_000)).id;
  ids.B = (await make(codes[1] ?? "", "Xã Kiểm Thử B", 6_000)).id;
  ids.C = (await make(codes[2] ?? "", "Xã Kiểm Thử C", 5_000)).id;

  // A percentage RATE and a count that adds up (FLOW or CUMULATIVE), both reported by communes.
  const communeIndicators = await db.indicator.findMany({ where: { active: true, levels: { has: "COMMUNE" } }, orderBy: { code: "asc" } });
  const rate = communeIndicators.find((i) => i.kind === "RATE" && i.unit === "PERCENT");
  const count = communeIndicators.find((i) => (i.kind === "FLOW" || i.kind === "CUMULATIVE") && i.unit === "COUNT");
  if (!rate || !count) throw new Error("the seed has no commune RATE or FLOW/CUMULATIVE count indicator");
  rateCode = rate.code;
  countCode = count.code;
  countKind = count.kind;

  // 2024-Q4: B gave a rate without its counts → the population-weighted fallback.
  await approve(ids.A, rateCode, 2024, 4, { value: 50, numerator: 50, denominator: 100 });
  await approve(ids.B, rateCode, 2024, 4, { value: 60 });
  await approve(ids.C, rateCode, 2024, 4, { value: 50, numerator: 30, denominator: 60 });
  // 2025-Q1: everyone with counts.
  await approve(ids.A, rateCode, 2025, 1, { value: 50, numerator: 30, denominator: 60 });
  await approve(ids.B, rateCode, 2025, 1, { value: 50, numerator: 45, denominator: 90 });
  await approve(ids.C, rateCode, 2025, 1, { value: 20, numerator: 20, denominator: 100 });
  await approve(ids.A, countCode, 2025, 1, { value: 100 });
  await approve(ids.B, countCode, 2025, 1, { value: 200 });
  await approve(ids.C, countCode, 2025, 1, { value: 50 });
  // 2025-Q2: B did not report (missing predecessor data).
  await approve(ids.A, rateCode, 2025, 2, { value: 200 / 3, numerator: 40, denominator: 60 });
  await approve(ids.C, rateCode, 2025, 2, { value: 30, numerator: 30, denominator: 100 });
  await approve(ids.A, countCode, 2025, 2, { value: 150 });
  await approve(ids.C, countCode, 2025, 2, { value: 80 });
});

afterAll(async () => {
  const mine = [ids.A, ids.B, ids.C].filter((id) => id > 0);
  const created = await db.locality.findMany({ where: { code: { in: codes.slice(3) } }, select: { id: true } });
  const all = [...mine, ...created.map((c) => c.id)];
  const changes = await db.localityLink.findMany({ where: { predecessorId: { in: mine } }, select: { changeId: true } });
  const changeIds = [...new Set(changes.map((c) => c.changeId))];
  await db.localityLink.deleteMany({ where: { changeId: { in: changeIds } } });
  await db.localityChange.deleteMany({ where: { id: { in: changeIds } } });
  await db.auditEvent.deleteMany({ where: { id: { gt: auditBefore }, entity: "LocalityChange", entityId: { in: changeIds.map(String) } } });
  await db.actualRevision.deleteMany({ where: { actual: { localityId: { in: all } } } });
  await db.actual.deleteMany({ where: { localityId: { in: all } } });
  await db.submission.deleteMany({ where: { localityId: { in: all } } });
  await db.locality.deleteMany({ where: { id: { in: created.map((c) => c.id) } } });
  await db.locality.deleteMany({ where: { id: { in: mine } } });
  await db.$disconnect();
});

async function nothingWritten() {
  expect(await db.localityChange.count({ where: { links: { some: { predecessorId: { in: [ids.A, ids.B, ids.C] } } } } })).toBe(0);
  expect(await db.locality.count({ where: { code: { in: codes.slice(3) } } })).toBe(0);
  expect(await db.locality.count({ where: { id: { in: [ids.A, ids.B, ids.C] }, validTo: { not: null } } })).toBe(0);
}

describe("recordLocalityChange refusals", () => {
  it("refuses a non-admin before anything else, and writes nothing", async () => {
    await expect(recordLocalityChange(committee, mergeInput(), db, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordLocalityChange(committee, { garbage: true }, db, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await nothingWritten();
  });

  it("refuses shares of a predecessor that do not add up to 1, in Vietnamese, and writes nothing", async () => {
    const error = await recordLocalityChange(admin, mergeInput({ shareCtoY: 0.3 }), db, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainValidationError);
    const messages = Object.values((error as DomainValidationError).fieldErrors).flat();
    expect(messages.some((m) => m.includes("Tổng tỷ lệ chuyển đi của mỗi đơn vị cũ phải bằng 1") && m.includes("0,9"))).toBe(true);
    await nothingWritten();
  });

  it("refuses a share above 1, a partial share without its basis, and a date inside a quarter", async () => {
    const tooBig = (await recordLocalityChange(admin, mergeInput({ shareCtoX: 1.2 }), db, NOW).catch((e: unknown) => e)) as DomainValidationError;
    expect(tooBig.fieldErrors["links.2.share"]).toEqual(["Tỷ lệ không được lớn hơn 1 (toàn bộ đơn vị)."]);
    const noBasis = (await recordLocalityChange(admin, mergeInput({ basis: null }), db, NOW).catch((e: unknown) => e)) as DomainValidationError;
    expect(noBasis.fieldErrors["links.2.shareBasis"]?.[0]).toMatch(/cơ sở tính tỷ lệ/);
    const midQuarter = (await recordLocalityChange(admin, { ...mergeInput(), effectiveDate: "2025-07-15" }, db, NOW).catch((e: unknown) => e)) as DomainValidationError;
    expect(midQuarter.fieldErrors.effectiveDate?.[0]).toMatch(/ngày đầu một quý/);
    await nothingWritten();
  });
});

describe("a recorded merge with a partial split", () => {
  let changeId = 0;
  let X = 0;
  let Y = 0;

  beforeAll(async () => {
    const result = await recordLocalityChange(admin, mergeInput(), db, NOW);
    changeId = result.changeId;
    X = result.successorIds.X ?? 0;
    Y = result.successorIds.Y ?? 0;
  });

  it("ends the predecessors, creates the successors and the links, with an audit row", async () => {
    const old = await db.locality.findMany({ where: { id: { in: [ids.A, ids.B, ids.C] } } });
    expect(old.map((l) => l.validTo?.toISOString().slice(0, 10))).toEqual([EFFECTIVE, EFFECTIVE, EFFECTIVE]);
    expect(old.map((l) => l.validFrom.toISOString().slice(0, 10))).toEqual(["2020-01-01", "2020-01-01", "2020-01-01"]);
    const x = await db.locality.findUniqueOrThrow({ where: { id: X } });
    expect({ code: x.code, validFrom: x.validFrom.toISOString().slice(0, 10), validTo: x.validTo, parentId: x.parentId }).toEqual({ code: codes[3], validFrom: EFFECTIVE, validTo: null, parentId: provinceId });
    const links = await db.localityLink.findMany({ where: { changeId }, orderBy: { id: "asc" } });
    expect(links.map((l) => [l.predecessorId, l.successorId, Number(l.share), l.shareBasis])).toEqual([
      [ids.A, X, 1, null], [ids.B, X, 1, null], [ids.C, X, 0.6, "Theo dân số"], [ids.C, Y, 0.4, "Theo dân số"],
    ]);
    const audit = await db.auditEvent.findMany({ where: { id: { gt: auditBefore }, entity: "LocalityChange", entityId: String(changeId) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "locality.change", actorId: admin.userId });
  });

  it("refuses to end the same units a second time", async () => {
    const again = (await recordLocalityChange(admin, mergeInput(), db, NOW).catch((e: unknown) => e)) as DomainValidationError;
    expect(again).toBeInstanceOf(DomainValidationError);
    expect(again.message).toMatch(/đã được ghi nhận kết thúc/);
  });

  it("re-expresses the RATE from weighted numerators and denominators, or by population without them", async () => {
    const series = await getLocalitySeries(committee, X, rateCode, db);
    expect(series.quarters.map((q) => q.key)).toEqual(["2024-Q4", "2025-Q1", "2025-Q2"]);
    const [q4, q1, q2] = series.quarters;
    // 2024-Q4, B without counts: (4000·50 + 6000·60 + 0.6·5000·50) / (4000 + 6000 + 3000).
    expect(q4?.reexpressed.method).toBe("POPULATION_WEIGHTED");
    expect(q4?.reexpressed.value).toBeCloseTo((4_000 * 50 + 6_000 * 60 + 3_000 * 50) / 13_000, 8);
    // 2025-Q1: (30 + 45 + 0.6·20) / (60 + 90 + 0.6·100) = 87 / 210.
    expect(q1?.reexpressed).toMatchObject({ method: "RATIO_OF_SUMS", coverage: 1 });
    expect(q1?.reexpressed.value).toBeCloseTo((100 * 87) / 210, 8);
    expect(q1?.reported.map((r) => [r.unitId, r.weight, r.value]).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual([[ids.A, 1, 50], [ids.B, 1, 50], [ids.C, 0.6, 20]]);
    // 2025-Q2, B missing: (40 + 0.6·30) / (60 + 0.6·100); coverage (1 + 0.6) / 2.6.
    expect(q2?.reexpressed.value).toBeCloseTo((100 * 58) / 120, 8);
    expect(q2?.reexpressed.coverage).toBeCloseTo(1.6 / 2.6, 8);
    expect(series.changes.map((c) => [c.effectiveDate, c.kind])).toEqual([[EFFECTIVE, "MERGE"]]);

    const y = await getLocalitySeries(committee, Y, rateCode, db);
    expect(y.quarters[1]?.reexpressed.value).toBeCloseTo(20, 8);
    expect(y.quarters[1]?.reported.map((r) => [r.unitId, r.weight])).toEqual([[ids.C, 0.4]]);
  });

  it("re-expresses the count by weighted sums", async () => {
    const series = await getLocalitySeries(committee, X, countCode, db);
    const byKey = Object.fromEntries(series.quarters.map((q) => [q.key, q.reexpressed]));
    expect(byKey["2025-Q1"]).toMatchObject({ method: "SUM", coverage: 1 });
    expect(byKey["2025-Q1"]?.value).toBeCloseTo(100 + 200 + 0.6 * 50, 8);
    expect(byKey["2025-Q2"]?.value).toBeCloseTo(150 + 0.6 * 80, 8);
    expect(byKey["2025-Q2"]?.coverage).toBeCloseTo(1.6 / 2.6, 8);
    const ytd = series.quarters.find((q) => q.key === "2025-Q2")?.yearToDate;
    expect(ytd).toBeCloseTo(countKind === "FLOW" ? 330 + 198 : 198, 8);
    const y = await getLocalitySeries(committee, Y, countCode, db);
    expect(y.quarters.find((q) => q.key === "2025-Q1")?.reexpressed.value).toBeCloseTo(20, 8);
  });

  it("sends a reader of an ended unit to its successors", async () => {
    const c = await getLocalitySeries(committee, ids.C, rateCode, db);
    expect(c.ended).toEqual({ validTo: EFFECTIVE, successors: [{ id: X, code: codes[3], name: "Xã Kiểm Thử Mới" }, { id: Y, code: codes[4], name: "Xã Kiểm Thử Tách" }].sort((a, b) => (a.code ?? "").localeCompare(b.code ?? "")) });
  });

  it("shows the successors in the tree of the new map and the change in the list", async () => {
    const after = (await getLocalityTree(admin, new Date(`${EFFECTIVE}T00:00:00Z`), db)).flatMap(function walk(n): typeof n[] { return [n, ...n.children.flatMap(walk)]; });
    expect(after.find((n) => n.id === X)?.changesIn.map((c) => c.id)).toEqual([changeId]);
    expect(after.some((n) => n.id === ids.A)).toBe(false);
    const before = (await getLocalityTree(committee, new Date("2025-06-30T00:00:00Z"), db)).flatMap(function walk(n): typeof n[] { return [n, ...n.children.flatMap(walk)]; });
    expect(before.find((n) => n.id === ids.C)?.changesOut[0]?.links).toHaveLength(4);
    expect((await getLocalityChanges(admin, db)).some((c) => c.id === changeId && c.decision.includes("9999"))).toBe(true);
  });

  it("keeps the series from officers", async () => {
    const officer = await db.user.findFirstOrThrow({ where: { role: "OFFICER" } });
    const viewer = { userId: officer.id, name: officer.name, email: officer.email, role: officer.role, localityId: officer.localityId, agencyId: officer.agencyId };
    await expect(getLocalitySeries(viewer, X, rateCode, db)).rejects.toThrow();
    await expect(getLocalityTree(viewer, new Date(), db)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
