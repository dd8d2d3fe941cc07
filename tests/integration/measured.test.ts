// Measured vs declared against the seeded database. Measurements arrive through the real ingestion service
// (a source system and token of this file's own), deviations through the catalogue service; only the
// indicators' publish rule is set through Prisma (no service edits it yet). Cells used: Xã Đồng Lâm (99046)
// in 2026-Q3 (its report is submitted in the seed; approved here), the province's GOV-02 in 2026-Q3 (Sở TT&TT's
// submitted report) and 2026-Q4 (nobody has reported yet). afterAll restores the reports and values and removes
// every row created here; audit rows stay, the log being append-only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError } from "../../lib/server/errors";
import { scoreboardFile } from "../../lib/server/open-data-scoreboard";
import { compareMeasured, getMeasuredComparison } from "../../lib/server/queries/measured";
import { scoreOwnTargets } from "../../lib/server/queries/level-board";
import { localTargetRows } from "../../lib/server/queries/public/locality-rows";
import { getPublicScoreboard } from "../../lib/server/queries/public/scoreboard";
import { recordMethodDeviation } from "../../lib/server/services/catalogue";
import { ingestMeasurements } from "../../lib/server/services/ingest";
import { rebuildAllScores } from "../../lib/server/services/score-summary";
import { approveMeasuredValue } from "../../lib/server/services/measured";
import { approveSubmission } from "../../lib/server/services/reporting";
import { issueToken, registerSourceSystem } from "../../lib/server/services/source-systems";
import type { Viewer } from "../../lib/server/viewer";
import { expectScoresCurrent } from "./support-scores";
import { connectTestDb, lastAuditId, viewerFor } from "./support";

const db = connectTestDb();
const now = new Date("2026-09-16T03:00:00Z");
const inQ4 = new Date("2026-10-20T03:00:00Z");
const SYSTEM = `Cổng dịch vụ công tỉnh (kiểm thử đo tự động ${Date.now()})`;
const DEVIATION_COMMUNE = "Mẫu số: xã tính cả hồ sơ nộp trực tiếp; danh mục quốc gia chỉ tính hồ sơ trực tuyến.";
const DEVIATION_PROVINCE = "Tử số: tỉnh đếm cả dịch vụ một phần; danh mục quốc gia chỉ đếm dịch vụ toàn trình.";

let admin: Viewer;
let committee: Viewer;
let officer: Viewer;
let systemId: number;
let token: string;
const ids = { q3: 0, q4: 0, province: 0, dongLam: 0, xa01: 0, xa04: 0, gov02: 0 };
const declared = { xa01: 0, xa04: 0, gov02: 0 };
const measuredFigure = { xa01: 0, gov02: 0 };
// What afterAll puts back.
let revisionIdBefore = 0;
let noticeIdBefore = 0;
let publishRuleBefore: "MEASURED_WINS" | "DECLARED_WINS" = "MEASURED_WINS";
const deviationIds: number[] = [];
let submissionBefore: { id: number; status: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED"; version: number; reviewedAt: Date | null; reviewedById: number | null };
let actualsBefore: { id: number; publishedRevision: number | null }[] = [];
let q4SubmissionsBefore: number[] = [];

const cell = (indicatorId: number, localityId: number, periodId: number) => ({ indicatorId_localityId_periodId: { indicatorId, localityId, periodId } });
const measuredOf = (indicatorId: number, localityId: number, periodId = ids.q3) => db.measuredValue.findUniqueOrThrow({ where: cell(indicatorId, localityId, periodId) });
const actualOf = (indicatorId: number, localityId: number, periodId = ids.q3) =>
  db.actual.findUniqueOrThrow({ where: cell(indicatorId, localityId, periodId), include: { revisions: { orderBy: { revision: "desc" } }, submission: true } });
const pct = (n: number) => Math.round(n * 100) / 100;

async function ingest(rows: object[], at: Date) {
  const answer = await ingestMeasurements({ token }, `measured-${at.getTime()}-${rows.length}`, { measurements: rows }, db, at);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
}

/** Xã Đồng Lâm's rows as the public locality page builds them for 2026-Q3. */
async function dongLamPublicRows() {
  const locality = await db.locality.findUniqueOrThrow({ where: { id: ids.dongLam } });
  const period = { year: 2026, quarter: 3 } as const;
  const scored = (await scoreOwnTargets(db, [locality.id], period, "COMMUNE")).get(locality.id)?.rows ?? [];
  return localTargetRows(db, locality, scored, period, null);
}

beforeAll(async () => {
  [admin, committee, officer] = await Promise.all(["admin@demo.cds.vn", "bcd@demo.cds.vn", "xa.dong-lam@demo.cds.vn"].map((e) => viewerFor(db, e))) as [Viewer, Viewer, Viewer];
  ids.q3 = (await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2026, quarter: 3 } } })).id;
  ids.q4 = (await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2026, quarter: 4 } } })).id;
  ids.province = (await db.locality.findFirstOrThrow({ where: { level: "PROVINCE", validTo: null } })).id;
  ids.dongLam = officer.localityId ?? 0;
  for (const [k, code] of [["xa01", "XA-01"], ["xa04", "XA-04"], ["gov02", "GOV-02"]] as const) ids[k] = (await db.indicator.findUniqueOrThrow({ where: { code } })).id;

  const submission = await db.submission.findUniqueOrThrow({ where: { periodId_localityId: { periodId: ids.q3, localityId: ids.dongLam } } });
  if (submission.status !== "SUBMITTED") throw new Error("seed: Đồng Lâm's 2026-Q3 report should be submitted");
  submissionBefore = submission;
  const gov02 = await actualOf(ids.gov02, ids.province);
  if (gov02.submission.status !== "SUBMITTED" || gov02.publishedRevision !== null) throw new Error("seed: GOV-02 2026-Q3 should be submitted, unpublished");
  actualsBefore = [...(await db.actual.findMany({ where: { submissionId: submission.id } })), gov02].map((a) => ({ id: a.id, publishedRevision: a.publishedRevision }));
  q4SubmissionsBefore = (await db.submission.findMany({ where: { periodId: ids.q4 }, select: { id: true } })).map((s) => s.id);
  revisionIdBefore = (await db.actualRevision.aggregate({ _max: { id: true } }))._max.id ?? 0;
  noticeIdBefore = (await db.notification.aggregate({ _max: { id: true } }))._max.id ?? 0;

  declared.xa01 = Number((await actualOf(ids.xa01, ids.dongLam)).value);
  declared.xa04 = Number((await actualOf(ids.xa04, ids.dongLam)).value);
  declared.gov02 = Number(gov02.value);
  measuredFigure.xa01 = pct(declared.xa01 >= 50 ? declared.xa01 - 20 : declared.xa01 + 20);
  measuredFigure.gov02 = pct(declared.gov02 >= 50 ? declared.gov02 - 10 : declared.gov02 + 10);

  publishRuleBefore = (await db.indicator.findUniqueOrThrow({ where: { id: ids.xa04 } })).publishRule;
  await db.indicator.update({ where: { id: ids.xa04 }, data: { publishRule: "DECLARED_WINS" } });

  systemId = (await registerSourceSystem(admin, { name: SYSTEM, owner: "Văn phòng UBND tỉnh", contact: "dvc@example.vn" }, db, now)).sourceSystemId;
  token = (await issueToken(admin, { sourceSystemId: systemId, indicatorIds: [ids.xa01, ids.xa04, ids.gov02], localityIds: [ids.dongLam, ids.province] }, db, now)).token;
  deviationIds.push((await recordMethodDeviation(admin, { indicatorId: ids.xa01, localityId: ids.dongLam, description: DEVIATION_COMMUNE }, db, now)).deviationId);
  deviationIds.push((await recordMethodDeviation(admin, { indicatorId: ids.gov02, localityId: "", description: DEVIATION_PROVINCE }, db, now)).deviationId);
});

afterAll(async () => {
  const created = await db.actual.findMany({ where: { periodId: ids.q4, indicatorId: { in: [ids.xa01, ids.gov02] }, localityId: { in: [ids.dongLam, ids.province] } }, select: { id: true } });
  const actualIds = [...actualsBefore.map((a) => a.id), ...created.map((a) => a.id)];
  await db.actualRevision.deleteMany({ where: { actualId: { in: actualIds }, id: { gt: revisionIdBefore } } });
  for (const a of actualsBefore) await db.actual.update({ where: { id: a.id }, data: { publishedRevision: a.publishedRevision } });
  await db.actual.deleteMany({ where: { id: { in: created.map((a) => a.id) } } });
  // Restoring rows directly bypasses the services that keep the score summary current: rebuild it.
  await rebuildAllScores(db);
  await db.submission.deleteMany({ where: { periodId: ids.q4, id: { notIn: q4SubmissionsBefore }, actuals: { none: {} } } });
  if (submissionBefore) {
    const { id, status, version, reviewedAt, reviewedById } = submissionBefore;
    await db.submission.update({ where: { id }, data: { status, version, reviewedAt, reviewedById } });
  }
  await db.notification.deleteMany({ where: { id: { gt: noticeIdBefore } } });
  await db.methodDeviation.deleteMany({ where: { id: { in: deviationIds } } });
  await db.measuredValue.deleteMany({ where: { sourceSystemId: systemId } });
  await db.measurement.deleteMany({ where: { sourceSystemId: systemId } });
  await db.ingestBatch.deleteMany({ where: { token: { sourceSystemId: systemId } } });
  await db.apiToken.deleteMany({ where: { sourceSystemId: systemId } });
  await db.sourceSystem.deleteMany({ where: { id: systemId } });
  await db.indicator.update({ where: { id: ids.xa04 }, data: { publishRule: publishRuleBefore } });
  await db.$disconnect();
});

describe("the flagging rule", () => {
  it("flags a measured value more than 5% away from the declared one, in every unit", () => {
    expect(compareMeasured(100, 105)).toEqual({ absolute: 5, relative: 0.05, flagged: false });
    expect(compareMeasured(100, 94.9)?.flagged).toBe(true);
    expect(compareMeasured(0, 0)).toEqual({ absolute: 0, relative: 0, flagged: false });
    expect(compareMeasured(0, 3)).toEqual({ absolute: 3, relative: null, flagged: true });
    expect(compareMeasured(null, 3)).toBeNull();
  });
});

describe("a measured value beside a declared one", () => {
  it("keeps both, and the committee's comparison flags the gap with the recorded deviations", async () => {
    await ingest([
      { indicator: "XA-01", locality: "99046", period: "2026-Q3", value: measuredFigure.xa01 },
      { indicator: "XA-04", locality: "99046", period: "2026-Q3", value: declared.xa04 },
      { indicator: "GOV-02", locality: "99", period: "2026-Q3", value: measuredFigure.gov02 },
    ], now);
    expect(Number((await actualOf(ids.xa01, ids.dongLam)).value)).toBe(declared.xa01);
    expect(await measuredOf(ids.xa01, ids.dongLam)).toMatchObject({ status: "PENDING", measurementCount: 1, sourceSystemId: systemId });

    const comparison = await getMeasuredComparison(committee, { periodKey: "2026-Q3" }, db);
    const row = (code: string, locality: string) => comparison.rows.find((r) => r.indicator.code === code && r.locality.code === locality);
    expect(row("XA-01", "99046")).toMatchObject({
      publishRule: "MEASURED_WINS",
      declared: { value: declared.xa01, submissionStatus: "SUBMITTED" },
      measured: { value: measuredFigure.xa01, measurementCount: 1, sourceSystem: SYSTEM, status: "PENDING" },
      published: null,
      difference: { flagged: true },
      deviations: [expect.objectContaining({ description: DEVIATION_COMMUNE })],
    });
    expect(row("XA-01", "99046")?.difference?.absolute).toBeCloseTo(measuredFigure.xa01 - declared.xa01, 4);
    expect(row("XA-04", "99046")).toMatchObject({ publishRule: "DECLARED_WINS", difference: { absolute: 0, relative: 0, flagged: false }, deviations: [] });
    expect(row("GOV-02", "99")?.deviations.map((d) => d.description)).toEqual([DEVIATION_PROVINCE]);
    expect(comparison.summary).toMatchObject({ pending: comparison.summary.total });
    expect(comparison.summary.flagged).toBeGreaterThanOrEqual(2);
    expect((await getMeasuredComparison(committee, { periodKey: "2026-Q3", status: "APPROVED" }, db)).rows).toEqual([]);
    await expect(getMeasuredComparison(officer, { periodKey: "2026-Q3" }, db)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses an officer's approval and writes nothing", async () => {
    const mv = await measuredOf(ids.xa01, ids.dongLam);
    const auditBefore = await lastAuditId(db);
    const revisions = await db.actualRevision.count();
    await expect(approveMeasuredValue(officer, { measuredValueId: mv.id }, db, now)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await lastAuditId(db)).toBe(auditBefore);
    expect(await db.actualRevision.count()).toBe(revisions);
    expect((await measuredOf(ids.xa01, ids.dongLam)).status).toBe("PENDING");
  });
});

describe("approving a measured value", () => {
  it("publishes it under MEASURED_WINS: the public provenance says measured, by which system", async () => {
    const xa01 = await measuredOf(ids.xa01, ids.dongLam);
    const auditBefore = await lastAuditId(db);
    expect(await approveMeasuredValue(committee, { measuredValueId: String(xa01.id) }, db, now)).toEqual({ published: true, revision: 1 });
    const actual = await actualOf(ids.xa01, ids.dongLam);
    expect(Number(actual.value)).toBe(declared.xa01);
    expect(actual.publishedRevision).toBe(1);
    await expectScoresCurrent(db, [ids.dongLam]);
    expect(actual.revisions[0]).toMatchObject({ revision: 1, origin: "MEASURED", sourceSystemId: systemId, approvedById: committee.userId, reason: `Số liệu đo tự động từ ${SYSTEM}` });
    expect(Number(actual.revisions[0]?.value)).toBe(measuredFigure.xa01);
    expect(await measuredOf(ids.xa01, ids.dongLam)).toMatchObject({ status: "APPROVED", approvedById: committee.userId, approvedAt: now });
    const audit = await db.auditEvent.findMany({ where: { id: { gt: auditBefore } } });
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.actorId])).toEqual([["measured.approve", "MeasuredValue", String(xa01.id), committee.userId]]);
    expect(audit[0]?.after).toMatchObject({ status: "APPROVED", publishRule: "MEASURED_WINS", publishedRevision: 1, actualId: actual.id });
    await expect(approveMeasuredValue(committee, { measuredValueId: xa01.id }, db, now)).rejects.toBeInstanceOf(ConflictError);

    const local = (await dongLamPublicRows()).find((r) => r.code === "XA-01");
    expect(local?.provenance).toMatchObject({ origin: "MEASURED", sourceSystem: SYSTEM, period: "2026-Q3", deviations: [DEVIATION_COMMUNE] });

    await approveMeasuredValue(committee, { measuredValueId: (await measuredOf(ids.gov02, ids.province)).id }, db, now);
    const board = await getPublicScoreboard(db, "2026-Q3");
    expect(board.rows.find((r) => r.code === "GOV-02")?.provenance).toMatchObject({ origin: "MEASURED", sourceSystem: SYSTEM, period: "2026-Q3", deviations: [DEVIATION_PROVINCE] });
    expect(board.rows.find((r) => r.code === "GOV-01")?.provenance).toMatchObject({ origin: "DECLARED", sourceSystem: null });
    const csv = await (await scoreboardFile((p) => getPublicScoreboard(db, p), "2026-Q3", "csv")).text();
    const header = csv.split("\r\n")[0]?.split(",") ?? [];
    const column = header.indexOf("nguon_so_lieu");
    expect(column).toBe(header.length - 1);
    const sourceOf = (code: string) => csv.split("\r\n").find((line) => line.includes(`,${code},`))?.split(",").at(-1);
    expect([sourceOf("GOV-02"), sourceOf("GOV-01")]).toEqual(["do_tu_dong", "bao_cao"]);

    const compared = (await getMeasuredComparison(committee, { periodKey: "2026-Q3", status: "APPROVED" }, db)).rows;
    expect(compared.find((r) => r.indicator.code === "XA-01")).toMatchObject({ published: { origin: "MEASURED", value: measuredFigure.xa01 }, measured: { status: "APPROVED" } });
  });

  it("keeps it for comparison only under DECLARED_WINS", async () => {
    const xa04 = await measuredOf(ids.xa04, ids.dongLam);
    expect(await approveMeasuredValue(committee, { measuredValueId: xa04.id }, db, now)).toEqual({ published: false, revision: null });
    expect((await measuredOf(ids.xa04, ids.dongLam)).status).toBe("APPROVED");
    const actual = await actualOf(ids.xa04, ids.dongLam);
    expect(actual.publishedRevision).toBeNull();
    expect(actual.revisions).toEqual([]);
  });

  it("is not replaced when the declared report is approved afterwards", async () => {
    const submission = await db.submission.findUniqueOrThrow({ where: { id: submissionBefore.id } });
    const auditBefore = await lastAuditId(db);
    await approveSubmission(committee, { submissionId: submission.id, version: submission.version }, db, now);
    const xa01 = await actualOf(ids.xa01, ids.dongLam);
    expect(xa01.revisions.map((r) => [r.revision, r.origin])).toEqual([[1, "MEASURED"]]);
    expect(xa01.publishedRevision).toBe(1);
    expect(Number(xa01.value)).toBe(declared.xa01);
    // The DECLARED_WINS indicator publishes the officer's value.
    const xa04 = await actualOf(ids.xa04, ids.dongLam);
    expect(xa04.revisions.map((r) => [r.revision, r.origin, Number(r.value)])).toEqual([[1, "DECLARED", declared.xa04]]);
    const approval = await db.auditEvent.findFirstOrThrow({ where: { id: { gt: auditBefore }, action: "submission.approve" } });
    expect(approval.after).toMatchObject({ status: "APPROVED", keptMeasured: 1 });

    const rows = await dongLamPublicRows();
    expect(rows.find((r) => r.code === "XA-01")?.provenance).toMatchObject({ origin: "MEASURED", sourceSystem: SYSTEM });
    expect(rows.find((r) => r.code === "XA-04")?.provenance).toMatchObject({ origin: "DECLARED", sourceSystem: null, deviations: [] });
  });

  it("creates the cell's Actual, empty, in the reporter's draft when nobody has declared it", async () => {
    await ingest([
      { indicator: "GOV-02", locality: "99", period: "2026-Q4", value: 81.5 },
      { indicator: "XA-01", locality: "99046", period: "2026-Q4", value: 64 },
    ], inQ4);
    const target = await db.target.findUniqueOrThrow({ where: { indicatorId_localityId_year: { indicatorId: ids.gov02, localityId: ids.province, year: 2026 } }, include: { indicator: true } });
    for (const [indicatorId, localityId, reporter] of [
      [ids.gov02, ids.province, { agencyId: target.leadAgencyId ?? target.indicator.leadAgencyId, localityId: null }],
      [ids.xa01, ids.dongLam, { agencyId: null, localityId: ids.dongLam }],
    ] as const) {
      const mv = await measuredOf(indicatorId, localityId, ids.q4);
      expect(await approveMeasuredValue(committee, { measuredValueId: mv.id }, db, inQ4)).toEqual({ published: true, revision: 1 });
      const actual = await actualOf(indicatorId, localityId, ids.q4);
      expect(actual).toMatchObject({ value: null, publishedRevision: 1, submission: { status: "DRAFT", ...reporter } });
      expect(actual.revisions.map((r) => [r.origin, Number(r.value)])).toEqual([["MEASURED", Number(mv.value)]]);
    }
  });
});
