import { afterAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { buildSubmissionPlan } from "../../prisma/seed-data/submissions";
import { getProvinceScoreboard } from "../../lib/server/queries/scoreboard";
import { connectTestDb } from "./support";

const db = connectTestDb();
afterAll(() => db.$disconnect());

const REFORM_DAY = new Date("2025-07-01T00:00:00Z");
const EVE = new Date("2025-06-30T00:00:00Z");
const COMMUNE_CODES = ["XA-01", "XA-02", "XA-03", "XA-04", "XA-05"];
const RATES = ["XA-01", "XA-02", "XA-03"];
const APPROVED_QUARTERS = [
  { year: 2025, quarter: 3 },
  { year: 2025, quarter: 4 },
  { year: 2026, quarter: 1 },
  { year: 2026, quarter: 2 },
];

const validOn = (day: Date) => ({ validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] });

function newUnits() {
  return db.locality.findMany({
    where: { level: "COMMUNE", ...validOn(REFORM_DAY) },
    include: { parent: true, successorOf: { include: { predecessor: true, change: true } } },
    orderBy: { code: "asc" },
  });
}

describe("the map of 1 July 2025", () => {
  it("has no district left, and every new xã or phường sits directly under the province", async () => {
    expect(await db.locality.count({ where: { level: "DISTRICT", ...validOn(REFORM_DAY) } })).toBe(0);
    expect(await db.locality.count({ where: { level: "DISTRICT", ...validOn(EVE) } })).toBe(5);
    const units = await newUnits();
    expect(units).toHaveLength(10);
    for (const unit of units) {
      expect(unit.parent).toMatchObject({ code: "99", level: "PROVINCE" });
      expect(unit.validFrom).toEqual(REFORM_DAY);
      expect(["XA", "PHUONG"]).toContain(unit.type);
      // The new unit keeps the code of the predecessor where its seat is.
      expect(unit.successorOf.map((link) => link.predecessor.code)).toContain(unit.code);
    }
  });

  it("sends every commune of 30 June 2025 whole into the new units: its link shares sum to 1", async () => {
    const old = await db.locality.findMany({ where: { level: "COMMUNE", ...validOn(EVE) }, include: { predecessorOf: { include: { successor: true } } } });
    expect(old).toHaveLength(25);
    for (const commune of old) {
      expect(commune.validTo).toEqual(REFORM_DAY);
      expect(commune.predecessorOf.length).toBeGreaterThan(0);
      const total = commune.predecessorOf.reduce((sum, link) => sum + Number(link.share), 0);
      expect(total).toBeCloseTo(1, 6);
      for (const link of commune.predecessorOf) expect(link.successor.validFrom).toEqual(REFORM_DAY);
    }
  });

  it("records one partial split, by population, 0.6 / 0.4 between two new units", async () => {
    const splits = await db.localityChange.findMany({ where: { kind: "SPLIT", effectiveDate: REFORM_DAY }, include: { links: { include: { predecessor: true } } } });
    expect(splits).toHaveLength(1);
    const links = splits[0]?.links ?? [];
    expect(links.map((link) => Number(link.share)).sort()).toEqual([0.4, 0.6]);
    expect(new Set(links.map((link) => link.predecessorId)).size).toBe(1);
    expect(new Set(links.map((link) => link.successorId)).size).toBe(2);
    expect(links.every((link) => link.shareBasis === "dân số")).toBe(true);
    const partial = await db.localityLink.count({ where: { share: { lt: 1 }, change: { effectiveDate: REFORM_DAY } } });
    expect(partial).toBe(2);
  });

  it("names the decision and records merges and the districts' end", async () => {
    const changes = await db.localityChange.findMany({ where: { effectiveDate: REFORM_DAY }, include: { links: true } });
    const kinds = changes.map((change) => change.kind);
    expect(kinds.filter((kind) => kind === "MERGE")).toHaveLength(10);
    expect(kinds.filter((kind) => kind === "ABOLISH")).toHaveLength(5);
    for (const change of changes) expect(change.decision).toMatch(/^Nghị quyết số \d+\/NQ-UBTVQH15 .*\(minh hoạ\)$/);
    for (const change of changes.filter((c) => c.kind === "MERGE")) expect(change.links.every((link) => Number(link.share) === 1)).toBe(true);
  });

  it("gives each new unit the population its predecessors' shares add up to, and at least one ward made of xã only", async () => {
    const units = await newUnits();
    for (const unit of units) {
      const expected = unit.successorOf.reduce((sum, link) => sum + Number(link.share) * (link.predecessor.population ?? 0), 0);
      expect(unit.population).toBe(Math.round(expected));
    }
    const upgraded = units.filter((unit) => unit.type === "PHUONG" && unit.successorOf.every((link) => link.predecessor.type !== "PHUONG"));
    expect(upgraded.length).toBeGreaterThan(0);
  });
});

describe("the new units' reports", () => {
  it("have XA-01 … XA-05 targets for 2025 and 2026, and approved values 2025-Q3 … 2026-Q2 with counts behind rates", async () => {
    for (const unit of await newUnits()) {
      const targets = await db.target.findMany({ where: { localityId: unit.id }, include: { indicator: true } });
      for (const year of [2025, 2026]) {
        expect(targets.filter((t) => t.year === year).map((t) => t.indicator.code).sort()).toEqual(COMMUNE_CODES);
      }
      for (const quarter of APPROVED_QUARTERS) {
        const submission = await db.submission.findFirstOrThrow({ where: { localityId: unit.id, period: quarter } });
        expect(submission.status).toBe("APPROVED");
        const actuals = await db.actual.findMany({ where: { submissionId: submission.id }, include: { indicator: true, revisions: true } });
        expect(actuals.map((a) => a.indicator.code).sort()).toEqual(COMMUNE_CODES);
        for (const actual of actuals) {
          expect(actual.publishedRevision).toBe(1);
          const revision = actual.revisions.find((r) => r.revision === 1);
          expect(revision).toBeDefined();
          if (!RATES.includes(actual.indicator.code)) continue;
          const ratio = (100 * Number(revision?.numerator)) / Number(revision?.denominator);
          expect(Number(revision?.value)).toBeCloseTo(ratio, 3);
        }
      }
    }
  });

  it("are reported by the new units' own officers; the old officers keep their old units", async () => {
    const ward = await db.user.findUniqueOrThrow({ where: { email: "phuong.tan-phuc@demo.cds.vn" }, include: { locality: true } });
    expect(ward.locality).toMatchObject({ name: "Phường Tân Phúc", validFrom: REFORM_DAY });
    const old = await db.user.findUniqueOrThrow({ where: { email: "xa.tan-hoa@demo.cds.vn" }, include: { locality: true } });
    expect(old.locality).toMatchObject({ name: "Xã Tân Hoà", validTo: REFORM_DAY });
    const district = await db.user.findUniqueOrThrow({ where: { email: "huyen.son-yen@demo.cds.vn" }, include: { locality: true } });
    expect(district.locality).toMatchObject({ level: "DISTRICT", validTo: REFORM_DAY });
  });

  it("leave 2026-Q3 in progress: approved, submitted, drafts and one returned with its reason", async () => {
    const current = await db.submission.findMany({ where: { period: { year: 2026, quarter: 3 } } });
    expect(current).toHaveLength(20);
    const statuses = new Set(current.map((s) => s.status));
    expect(statuses).toEqual(new Set(["APPROVED", "SUBMITTED", "DRAFT", "RETURNED"]));
    const returned = current.filter((s) => s.status === "RETURNED");
    expect(returned).toHaveLength(1);
    expect(returned[0]?.returnReason).toBeTruthy();
  });
});

describe("the province after the reform", () => {
  it("has 2026 targets for its 25 indicators, approved values through 2026-Q2, and no district target after 2025", async () => {
    expect(await db.target.count({ where: { locality: { code: "99", level: "PROVINCE" }, year: 2026 } })).toBe(25);
    expect(await db.target.count({ where: { indicator: { code: { startsWith: "HUYEN-" } }, year: { gt: 2025 } } })).toBe(0);
    for (const quarter of APPROVED_QUARTERS) {
      const pending = await db.submission.count({ where: { agencyId: { not: null }, period: quarter, status: { not: "APPROVED" } } });
      expect(pending).toBe(0);
      const published = await db.actual.count({ where: { locality: { level: "PROVINCE" }, period: quarter, publishedRevision: 1 } });
      expect(published).toBe(25);
    }
    expect(await db.reportingPeriod.count({ where: { year: 2026 } })).toBe(4);
  });
});

describe("history up to 2025-Q2", () => {
  it("still reproduces the Q1 2024 review: 7 / 9 / 6 / 2", async () => {
    const board = await getProvinceScoreboard(db, "2024-Q1");
    expect(board.counts).toEqual({ MET: 7, ABOVE_70: 9, FROM_50_TO_70: 6, BELOW_50: 2, NO_DATA: 0 });
  });

  // Other test files submit, approve and return 2025-Q2 reports through the services, which bump the
  // version; every report still at version 1 must be exactly as the seed planned it.
  it("keeps every untouched 2025-Q2 submission in the state the seed planned, on the old units", async () => {
    const planned = buildSubmissionPlan().filter((s) => s.quarter.year === 2025 && s.quarter.quarter === 2);
    const saved = await db.submission.findMany({ where: { period: { year: 2025, quarter: 2 } }, include: { agency: true, locality: true } });
    expect(saved).toHaveLength(planned.length);
    const byKey = new Map(saved.map((s) => [s.agency ? `agency:${s.agency.code}` : `locality:${s.locality?.code}`, s]));
    const untouched = planned.filter((p) => byKey.get(p.reporter.key)?.version === 1);
    expect(untouched.length).toBeGreaterThan(planned.length / 2);
    for (const p of untouched) {
      expect(byKey.get(p.reporter.key), p.reporter.key).toMatchObject({ status: p.status, submittedAt: p.submittedAt, reviewedAt: p.reviewedAt });
    }
    for (const s of saved) if (s.locality) expect(s.locality.validFrom.getUTCFullYear()).toBe(2020);
  });

  it("is seeded idempotently: a second run adds no change, link, unit or report", async () => {
    const count = async () => ({
      changes: await db.localityChange.count(),
      links: await db.localityLink.count(),
      localities: await db.locality.count(),
      submissions: await db.submission.count(),
      revisions: await db.actualRevision.count(),
    });
    const history = () =>
      db.submission.findMany({
        where: { period: { startsOn: { lt: REFORM_DAY } } },
        select: { id: true, status: true, version: true, updatedAt: true, actuals: { select: { id: true, value: true, version: true, publishedRevision: true } } },
        orderBy: { id: "asc" },
      });
    const before = await count();
    const historyBefore = await history();
    await seedDatabase(db);
    expect(await count()).toEqual(before);
    expect(await history()).toEqual(historyBefore);
  });
});
