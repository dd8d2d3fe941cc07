import { rebuildAllScores } from "../../lib/server/services/score-summary";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actual, Submission } from "../../generated/prisma/client";
import { correctionsFile, type PublicCorrectionsFile } from "../../lib/server/open-data-corrections";
import { getPublicCorrections } from "../../lib/server/queries/public/corrections";
import { getPublicScoreboard } from "../../lib/server/queries/public/scoreboard";
import { correctValue } from "../../lib/server/services/corrections";
import { approveSubmission } from "../../lib/server/services/reporting";
import type { Viewer } from "../../lib/server/viewer";
import { SEEDED_CORRECTION } from "../../prisma/seed-data/write-corrections";
import { connectTestDb, viewerFor } from "./support";

// The public side of corrections: approved ones are published with the value they replaced, pending ones
// nowhere. The correction made here goes through the real services (admin corrects → committee approves) on
// the province's 2024-Q3 value of SOC-01, a rate used by no other test; afterAll puts back the value, its
// submission and the notices exactly as the seed left them, so the public log again holds the seed's only.
const db = connectTestDb();
const PERIOD = "2024-Q3";
const CODE = "SOC-01";
const REASON = "Cục Thống kê công bố lại số liệu điều tra quý III, tỷ lệ người trưởng thành có điện thoại thông minh là 88,5%.";
const now = new Date("2025-06-16T03:00:00Z");
const loadCorrections = () => getPublicCorrections(db);
const csvOf = async (name: string) => Buffer.from(await (await correctionsFile(loadCorrections, name, "csv")).arrayBuffer()).toString("utf8");
const jsonOf = async (name: string) => (await (await correctionsFile(loadCorrections, name, "json")).json()) as PublicCorrectionsFile;
const rowOf = async (period: string) => {
  const row = (await getPublicScoreboard(db, period)).rows.find((r) => r.code === CODE);
  if (!row) throw new Error(`no ${CODE} row on the ${period} scoreboard`);
  return row;
};

let admin: Viewer;
let committee: Viewer;
let original: Actual & { submission: Submission };
let indicator: { id: number; nameVi: string; nameEn: string };
let province: { code: string; name: string };
let lastNotice = 0;

beforeAll(async () => {
  admin = await viewerFor(db, "admin@demo.cds.vn");
  committee = await viewerFor(db, "bcd@demo.cds.vn");
  const period = await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2024, quarter: 3 } } });
  indicator = await db.indicator.findUniqueOrThrow({ where: { code: CODE }, select: { id: true, nameVi: true, nameEn: true } });
  const unit = await db.locality.findFirstOrThrow({ where: { level: "PROVINCE", validTo: null } });
  province = { code: unit.code, name: unit.name };
  original = await db.actual.findUniqueOrThrow({
    where: { indicatorId_localityId_periodId: { indicatorId: indicator.id, localityId: unit.id, periodId: period.id } },
    include: { submission: true },
  });
  lastNotice = (await db.notification.aggregate({ _max: { id: true } }))._max.id ?? 0;
});

afterAll(async () => {
  const { submission: s, ...a } = original;
  await db.$transaction([
    db.actualRevision.deleteMany({ where: { actualId: a.id, revision: { gt: a.publishedRevision ?? 0 } } }),
    db.actual.update({
      where: { id: a.id },
      data: { value: a.value, numerator: a.numerator, denominator: a.denominator, version: a.version, publishedRevision: a.publishedRevision, correctionReason: a.correctionReason, returnReason: a.returnReason, updatedById: a.updatedById, updatedAt: a.updatedAt },
    }),
    db.submission.update({
      where: { id: s.id },
      data: { status: s.status, version: s.version, reviewedAt: s.reviewedAt, reviewedById: s.reviewedById, returnReason: s.returnReason, updatedAt: s.updatedAt },
    }),
    db.notification.deleteMany({ where: { id: { gt: lastNotice } } }),
  ]);
  // Restoring rows directly bypasses the services that keep the score summary current: rebuild it.
  await rebuildAllScores(db);
  await db.$disconnect();
});

describe("the seeded correction", () => {
  it("is in the log with the value it replaced, in its CSV and in the scoreboard's provenance", async () => {
    const log = await getPublicCorrections(db);
    const seeded = log.corrections.find((c) => c.indicatorCode === SEEDED_CORRECTION.indicatorCode && c.period === SEEDED_CORRECTION.periodKey);
    // 9 of 20 facilities (45%) were approved first; the health department's review brought it to 8 (40%).
    expect(seeded).toMatchObject({ localityCode: province.code, from: 45, to: SEEDED_CORRECTION.value, revision: 2, reason: SEEDED_CORRECTION.reason, approvedAt: SEEDED_CORRECTION.approvedAt.toISOString(), unit: "PERCENT" });
    expect(await csvOf(SEEDED_CORRECTION.periodKey)).toContain(`${SEEDED_CORRECTION.periodKey},${SEEDED_CORRECTION.indicatorCode},`);
    const row = (await getPublicScoreboard(db, SEEDED_CORRECTION.periodKey)).rows.find((r) => r.code === SEEDED_CORRECTION.indicatorCode);
    expect(row?.actual).toBe(SEEDED_CORRECTION.value);
    expect(row?.provenance.corrections).toEqual([expect.objectContaining({ from: 45, to: SEEDED_CORRECTION.value, reason: SEEDED_CORRECTION.reason })]);
  });
});

describe("the corrections files", () => {
  it("answer an empty list for a reporting period without corrections, and 404 for a quarter that is no period", async () => {
    expect(await jsonOf("2025-Q3")).toEqual({ period: "2025-Q3", corrections: [] });
    expect(await csvOf("2025-Q3")).toBe("\uFEFFky,ma_chi_tieu,chi_tieu,ma_dia_phuong,dia_phuong,gia_tri_cu,gia_tri_moi,ngay_phe_duyet,ly_do,lan_sua\r\n");
    for (const name of ["2019-Q1", "2024-Q5", "latest"]) expect((await correctionsFile(loadCorrections, name, "json")).status).toBe(404);
  });
});

describe("a correction made by an administrator", () => {
  it("stays out of everything public while it awaits the committee: the approved value is still the one shown", async () => {
    const before = { log: await getPublicCorrections(db), row: await rowOf(PERIOD), csv: await csvOf("all") };
    expect(before.row.actual).toBe(84); // the seed's 2024-Q3 value
    await correctValue(admin, {
      periodId: original.periodId, reporter: { localityId: null, agencyId: original.submission.agencyId },
      indicatorId: indicator.id, version: original.version, value: "88,5", reason: REASON,
    }, db);
    // It really is pending: the working value changed and the report went back to the committee's queue.
    const pending = await db.actual.findUniqueOrThrow({ where: { id: original.id }, include: { submission: true } });
    expect(Number(pending.value)).toBe(88.5);
    expect(pending.submission.status).toBe("SUBMITTED");
    expect(pending.publishedRevision).toBe(original.publishedRevision);

    expect(await getPublicCorrections(db)).toEqual(before.log);
    expect(await csvOf("all")).toBe(before.csv);
    expect((await jsonOf(PERIOD)).corrections.some((c) => c.indicatorCode === CODE)).toBe(false);
    const row = await rowOf(PERIOD);
    expect(row.actual).toBe(84);
    expect(row.provenance.corrections).toEqual([]);
    expect(JSON.stringify(await getPublicScoreboard(db, PERIOD))).not.toContain(REASON);
  });

  it("once approved, is published with old and new value and reason: log, CSV, its quarter's file, the scoreboard", async () => {
    const submission = await db.submission.findUniqueOrThrow({ where: { id: original.submissionId } });
    expect(submission.status).toBe("SUBMITTED"); // left pending by the previous test
    await approveSubmission(committee, { submissionId: submission.id, version: submission.version }, db, now);

    const expected = {
      indicatorCode: CODE, localityCode: province.code, localityName: province.name, period: PERIOD, from: 84, to: 88.5,
      approvedAt: now.toISOString(), reason: REASON, revision: 2,
    };
    const log = await getPublicCorrections(db);
    expect(log.corrections[0]).toEqual({ ...expected, indicatorNameVi: indicator.nameVi, indicatorNameEn: indicator.nameEn, unit: "PERCENT" });

    const csv = await csvOf("all");
    const line = stringify([[PERIOD, CODE, indicator.nameVi, province.code, province.name, 84, 88.5, now.toISOString(), REASON, 2]], { record_delimiter: "\r\n" });
    expect(csv.split("\r\n")[0]).toBe("\uFEFFky,ma_chi_tieu,chi_tieu,ma_dia_phuong,dia_phuong,gia_tri_cu,gia_tri_moi,ngay_phe_duyet,ly_do,lan_sua");
    expect(csv.split("\r\n")[1]).toBe(line.trimEnd());

    expect((await jsonOf(PERIOD)).corrections.map((c) => c.indicatorCode)).toContain(CODE);
    expect((await jsonOf("2024-Q2")).corrections.map((c) => c.indicatorCode)).not.toContain(CODE);

    const row = await rowOf(PERIOD);
    expect(row.actual).toBe(88.5);
    expect(row.provenance.corrections).toEqual([expected]);
    // A correction of Q3 is no part of the Q2 figure.
    expect((await rowOf("2024-Q2")).provenance.corrections).toEqual([]);
  });
});
