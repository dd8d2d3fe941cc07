import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, DomainValidationError, ForbiddenError } from "../../lib/server/errors";
import { getEntryWorkspace } from "../../lib/server/queries/entry";
import { getProvinceScoreboard } from "../../lib/server/queries/scoreboard";
import { approveSubmission, saveActuals, submitSubmission } from "../../lib/server/services/reporting";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, viewerFor, lastAuditId } from "./support";

const db = connectTestDb();
const today = new Date("2025-06-16T00:00:00Z");
const now = new Date("2025-06-16T03:00:00Z");
let officer: Viewer;
let communeOfficer: Viewer;
let committee: Viewer;

beforeAll(async () => {
  officer = await viewerFor(db, "sotttt@demo.cds.vn");
  communeOfficer = await viewerFor(db, "xa.tan-hoa@demo.cds.vn");
  committee = await viewerFor(db, "bcd@demo.cds.vn");
});
afterAll(() => db.$disconnect());

async function workspace() {
  const ws = await getEntryWorkspace(officer, "2025-Q2", db, today);
  const row = ws.rows.find((r) => r.unit === "PERCENT");
  if (!ws.period || !row) throw new Error("seed has no open percentage value for the agency officer");
  return { ws, row, period: ws.period };
}

const snapshot = async () => ({
  audit: await db.auditEvent.count(),
  actuals: await db.actual.findMany({ orderBy: { id: "asc" }, select: { id: true, value: true, version: true } }),
});

describe("officer → committee → public", () => {
  it("shows the officer their own draft for the current quarter", async () => {
    const { ws } = await workspace();
    expect(ws.reporterName).toBe("Sở Thông tin và Truyền thông");
    expect(ws.submission?.status).toBe("DRAFT");
    expect(ws.rows.length).toBeGreaterThan(0);
    expect(ws.rows.every((r) => r.value !== null)).toBe(true);
  });

  it("rejects a rate above 100% with a Vietnamese message tied to the field, writing nothing", async () => {
    const { row, period } = await workspace();
    const before = await snapshot();
    const error = await saveActuals(officer, { periodId: period.id, reporter: { localityId: null, agencyId: officer.agencyId }, items: [{ indicatorId: row.indicatorId, version: row.version, value: "150" }] }, db, today)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainValidationError);
    expect((error as DomainValidationError).fieldErrors[`value:${row.indicatorId}`]).toEqual(["Tỷ lệ phải nằm trong khoảng từ 0 đến 100%."]);
    expect(await snapshot()).toEqual(before);
  });

  it("rejects text that is not a number and input of the wrong shape", async () => {
    const { row, period } = await workspace();
    const before = await snapshot();
    await expect(saveActuals(officer, { periodId: period.id, reporter: { localityId: null, agencyId: officer.agencyId }, items: [{ indicatorId: row.indicatorId, version: row.version, value: "chín mươi" }] }, db, today))
      .rejects.toThrow(/Có giá trị chưa hợp lệ/);
    await expect(saveActuals(officer, { periodId: "x", reporter: {}, items: "nope" }, db, today)).rejects.toThrow("Dữ liệu chưa hợp lệ. Vui lòng sửa các ô được đánh dấu rồi gửi lại.");
    expect(await snapshot()).toEqual(before);
  });

  it("forbids an officer to write for another unit, and writes nothing", async () => {
    const { row, period } = await workspace();
    const before = await snapshot();
    const asCommune = { periodId: period.id, reporter: { localityId: null, agencyId: officer.agencyId }, items: [{ indicatorId: row.indicatorId, version: row.version, value: "50" }] };
    await expect(saveActuals(communeOfficer, asCommune, db, today)).rejects.toBeInstanceOf(ForbiddenError);
    const otherCommune = await db.locality.findFirstOrThrow({ where: { level: "COMMUNE", id: { not: communeOfficer.localityId ?? -1 } } });
    await expect(saveActuals(communeOfficer, { ...asCommune, reporter: { localityId: otherCommune.id, agencyId: null } }, db, today)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveActuals(committee, asCommune, db, today)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses values for a quarter that has not begun", async () => {
    const { row } = await workspace();
    const future = await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2025, quarter: 3 } } });
    const before = await snapshot();
    await expect(saveActuals(officer, { periodId: future.id, reporter: { localityId: null, agencyId: officer.agencyId }, items: [{ indicatorId: row.indicatorId, version: 0, value: "50" }] }, db, today))
      .rejects.toThrow("Kỳ báo cáo này chưa bắt đầu nên chưa thể nhập số liệu.");
    expect(await snapshot()).toEqual(before);
    const ws = await getEntryWorkspace(officer, null, db, today);
    expect(ws.periods.map((p) => `${p.year}-Q${p.quarter}`)).not.toContain("2025-Q3");
  });

  it("refuses a save based on a stale version", async () => {
    const { row, period } = await workspace();
    const before = await snapshot();
    await expect(saveActuals(officer, { periodId: period.id, reporter: { localityId: null, agencyId: officer.agencyId }, items: [{ indicatorId: row.indicatorId, version: row.version + 1, value: "50" }] }, db, today))
      .rejects.toBeInstanceOf(ConflictError);
    expect(await snapshot()).toEqual(before);
  });

  it("saves a value typed with a decimal comma, with its audit row, keeping it private until approval", async () => {
    const { row, period } = await workspace();
    const auditBefore = await lastAuditId(db);
    const result = await saveActuals(officer, { periodId: period.id, reporter: { localityId: null, agencyId: officer.agencyId }, items: [{ indicatorId: row.indicatorId, version: row.version, value: "96,5 %" }] }, db, today);
    expect(result).toEqual({ changed: 1 });
    const saved = await db.actual.findFirstOrThrow({ where: { indicatorId: row.indicatorId, periodId: period.id } });
    expect(Number(saved.value)).toBe(96.5);
    expect(saved.version).toBe(row.version + 1);
    expect(saved.publishedRevision).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { id: { gt: auditBefore } } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "actual.save", actorId: officer.userId, before: { value: row.value }, after: { value: 96.5 } });

    const board = await getProvinceScoreboard(db, "2025-Q2");
    expect(board.rows.find((r) => r.indicatorId === row.indicatorId)?.ytd).not.toBe(96.5);
  });

  it("submits, lets only the committee approve, and then publishes the value", async () => {
    const { ws, row } = await workspace();
    const submission = ws.submission;
    if (!submission) throw new Error("no submission");
    await submitSubmission(officer, { submissionId: submission.id, version: submission.version }, db, now);
    const submitted = await db.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(submitted).toMatchObject({ status: "SUBMITTED", submittedById: officer.userId });
    await expect(submitSubmission(officer, { submissionId: submission.id, version: submitted.version }, db, now)).rejects.toBeInstanceOf(ConflictError);
    await expect(approveSubmission(officer, { submissionId: submission.id, version: submitted.version }, db, now)).rejects.toBeInstanceOf(ForbiddenError);

    await approveSubmission(committee, { submissionId: submission.id, version: submitted.version }, db, now);
    const approved = await db.submission.findUniqueOrThrow({ where: { id: submission.id }, include: { actuals: { include: { revisions: true } } } });
    expect(approved).toMatchObject({ status: "APPROVED", reviewedById: committee.userId });
    expect(approved.actuals.every((a) => a.publishedRevision === 1 && a.revisions.length === 1)).toBe(true);
    expect(await db.auditEvent.count({ where: { entity: "Submission", entityId: String(submission.id) } })).toBe(2);

    const board = await getProvinceScoreboard(db, "2025-Q2");
    expect(board.rows.find((r) => r.indicatorId === row.indicatorId)?.ytd).toBe(96.5);
    await expect(saveActuals(officer, { periodId: submission.periodId, reporter: { localityId: null, agencyId: officer.agencyId }, items: [{ indicatorId: row.indicatorId, version: row.version + 1, value: "10" }] }, db, today))
      .rejects.toBeInstanceOf(ConflictError);
  });
});
