import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "../../lib/server/errors";
import { getEntryWorkspace } from "../../lib/server/queries/entry";
import { getValueHistory } from "../../lib/server/queries/history";
import { getSubmissionForReview } from "../../lib/server/queries/review";
import { correctValue } from "../../lib/server/services/corrections";
import { setPeriodLock } from "../../lib/server/services/periods";
import { approveSubmission, returnSubmission, saveActuals, submitSubmission } from "../../lib/server/services/reporting";
import type { Viewer } from "../../lib/server/viewer";
import { expectScoresCurrent } from "./support-scores";
import { connectTestDb, viewerFor } from "./support";

// The whole life of one commune's quarterly report: draft → submit → return (with an e-mail) → resubmit →
// approve → lock → admin correction → approve again. Xã Vân Tùng's 2025-Q2 report is used by no other test.
const db = connectTestDb();
const today = new Date("2025-06-16T00:00:00Z");
const now = new Date("2025-06-16T03:00:00Z");
const mail: { to: string[]; data: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => { data += chunk.toString(); });
    stream.on("end", () => { mail.push({ to: session.envelope.rcptTo.map((r) => r.address), data }); callback(); });
  },
});
let officer: Viewer;
let otherOfficer: Viewer;
let committee: Viewer;
let admin: Viewer;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  officer = await viewerFor(db, "xa.van-tung@demo.cds.vn");
  otherOfficer = await viewerFor(db, "xa.phu-cuong@demo.cds.vn");
  committee = await viewerFor(db, "bcd@demo.cds.vn");
  admin = await viewerFor(db, "admin@demo.cds.vn");
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await db.$disconnect();
});

const reporter = () => ({ localityId: officer.localityId, agencyId: null });
const workspace = () => getEntryWorkspace(officer, "2025-Q2", db, today);
const submissionActions = async (id: number) =>
  (await db.auditEvent.findMany({ where: { entity: "Submission", entityId: String(id) }, orderBy: { id: "asc" } })).map((e) => e.action);

describe("a quarterly report from draft to correction", () => {
  it("runs the full cycle with its audit trail, notices and e-mail", async () => {
    const draft = await workspace();
    const period = draft.period;
    if (!period || !draft.submission) throw new Error("seed lacks Vân Tùng's 2025-Q2 draft");
    const missing = draft.rows.filter((r) => r.value === null);
    expect(missing.map((r) => r.code).sort()).toEqual(["XA-03", "XA-05"]);

    // Draft: fill the missing values, then submit.
    await saveActuals(officer, { periodId: period.id, reporter: reporter(), items: missing.map((r) => ({ indicatorId: r.indicatorId, version: r.version, value: r.unit === "PERCENT" ? "55,5" : "320", note: "Số liệu từ phần mềm một cửa" })) }, db, today);
    await submitSubmission(officer, { submissionId: draft.submission.id, version: draft.submission.version }, db, now);

    // Return with a reason on the report and on one value: the officers get a notice and an e-mail.
    let submission = await db.submission.findUniqueOrThrow({ where: { id: draft.submission.id } });
    const flagged = draft.rows[0];
    if (!flagged) throw new Error("no rows");
    await expect(returnSubmission(committee, { submissionId: submission.id, version: submission.version, reason: "x" }, db, now)).rejects.toBeInstanceOf(DomainValidationError);
    await returnSubmission(committee, { submissionId: submission.id, version: submission.version, reason: "Đề nghị rà soát lại số liệu quý II.", valueReasons: [{ indicatorId: flagged.indicatorId, reason: "Cao bất thường so với quý I." }] }, db, now);
    const returned = await workspace();
    expect(returned.submission).toMatchObject({ status: "RETURNED", returnReason: "Đề nghị rà soát lại số liệu quý II." });
    expect(returned.rows.find((r) => r.indicatorId === flagged.indicatorId)?.returnReason).toBe("Cao bất thường so với quý I.");
    const notice = await db.notification.findFirstOrThrow({ where: { userId: officer.userId, kind: "SUBMISSION_RETURNED" } });
    expect(notice.body).toContain("Đề nghị rà soát lại số liệu quý II.");
    expect(notice.emailedAt).not.toBeNull();
    expect(mail.some((m) => m.to.includes(officer.email) && /^Subject: /m.test(m.data))).toBe(true);

    // The officer fixes the flagged value and resubmits; the per-value reason is cleared.
    const fix = returned.rows.find((r) => r.indicatorId === flagged.indicatorId);
    if (!fix || !returned.submission) throw new Error("no returned row");
    await saveActuals(officer, { periodId: period.id, reporter: reporter(), items: [{ indicatorId: fix.indicatorId, version: fix.version, value: "61" }] }, db, today);
    await submitSubmission(officer, { submissionId: returned.submission.id, version: returned.submission.version }, db, now);
    expect((await workspace()).rows.every((r) => r.returnReason === null)).toBe(true);

    // Approve: every value is published as revision 1.
    submission = await db.submission.findUniqueOrThrow({ where: { id: submission.id } });
    await approveSubmission(committee, { submissionId: submission.id, version: submission.version }, db, now);
    const published = await db.actual.findMany({ where: { submissionId: submission.id }, include: { revisions: true } });
    expect(published.every((a) => a.publishedRevision === 1 && a.revisions.length === 1)).toBe(true);
    // The ranking's score summary moved with the approval.
    await expectScoresCurrent(db, [...new Set(published.map((a) => a.localityId))]);
    expect(await db.notification.count({ where: { userId: officer.userId, kind: "SUBMISSION_APPROVED" } })).toBe(1);

    // Lock the quarter: officers can no longer write, the committee cannot correct, an admin can — with a reason.
    await setPeriodLock(admin, { periodId: period.id, lock: "lock" }, db, now);
    try {
      const locked = await workspace();
      const row = locked.rows.find((r) => r.indicatorId === flagged.indicatorId);
      if (!row) throw new Error("no row");
      await expect(saveActuals(officer, { periodId: period.id, reporter: reporter(), items: [{ indicatorId: row.indicatorId, version: row.version, value: "1" }] }, db, today)).rejects.toBeInstanceOf(ForbiddenError);
      const correction = { periodId: period.id, reporter: reporter(), indicatorId: row.indicatorId, version: row.version, value: "62,5" };
      await expect(correctValue(committee, { ...correction, reason: "Số liệu được cập nhật từ hệ thống." }, db)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(correctValue(admin, { ...correction, reason: "" }, db)).rejects.toThrow("Dữ liệu chưa hợp lệ. Vui lòng sửa các ô được đánh dấu rồi gửi lại.");
      await correctValue(admin, { ...correction, reason: "Số liệu được cập nhật từ hệ thống một cửa." }, db);

      // The public keeps the approved value until the correction is approved.
      const corrected = await db.actual.findFirstOrThrow({ where: { indicatorId: row.indicatorId, periodId: period.id, localityId: officer.localityId ?? -1 }, include: { revisions: { orderBy: { revision: "desc" } } } });
      expect(Number(corrected.value)).toBe(62.5);
      expect(corrected.publishedRevision).toBe(1);
      expect(Number(corrected.revisions[0]?.value)).toBe(61);
      submission = await db.submission.findUniqueOrThrow({ where: { id: submission.id } });
      expect(submission.status).toBe("SUBMITTED");

      await approveSubmission(committee, { submissionId: submission.id, version: submission.version }, db, now);
      const republished = await db.actual.findUniqueOrThrow({ where: { id: corrected.id }, include: { revisions: { orderBy: { revision: "desc" } } } });
      expect(republished.publishedRevision).toBe(2);
      expect(republished.revisions[0]).toMatchObject({ revision: 2, reason: "Số liệu được cập nhật từ hệ thống một cửa." });
      expect(Number(republished.revisions[0]?.value)).toBe(62.5);
      expect(await db.actualRevision.count({ where: { actual: { submissionId: submission.id }, revision: 2 } })).toBe(1);

      expect(await submissionActions(submission.id)).toEqual([
        "submission.submit", "submission.return", "submission.submit", "submission.approve", "submission.reopen_for_correction", "submission.approve",
      ]);
      const history = await getValueHistory(committee, corrected.id, db);
      expect(history.events.map((e) => e.action)).toEqual(["actual.correct", "actual.save"]);
      expect(history.events[0]).toMatchObject({ reason: "Số liệu được cập nhật từ hệ thống một cửa.", before: { value: 61 }, after: { value: 62.5 } });
      expect(history.actual.revisions.map((r) => r.revision)).toEqual([1, 2]);
    } finally {
      await setPeriodLock(admin, { periodId: period.id, lock: "unlock" }, db, now);
    }
  });

  it("refuses a stale save, saying who changed the value and to what, and changes nothing", async () => {
    const ws = await getEntryWorkspace(otherOfficer, "2025-Q2", db, today);
    const row = ws.rows.find((r) => r.value !== null && r.unit === "PERCENT");
    if (!ws.period || !row) throw new Error("no value");
    const input = (value: string) => ({ periodId: ws.period?.id, reporter: { localityId: otherOfficer.localityId, agencyId: null }, items: [{ indicatorId: row.indicatorId, version: row.version, value }] });
    await saveActuals(otherOfficer, input("48,25"), db, today);
    const before = await db.actual.findFirstOrThrow({ where: { indicatorId: row.indicatorId, periodId: ws.period.id, localityId: otherOfficer.localityId ?? -1 } });
    const audit = await db.auditEvent.count();
    const error = await saveActuals(otherOfficer, input("50"), db, today).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toContain(otherOfficer.name);
    expect((error as Error).message).toContain("48,25%");
    expect(await db.actual.findUniqueOrThrow({ where: { id: before.id } })).toEqual(before);
    expect(await db.auditEvent.count()).toBe(audit);
  });

  it("keeps commune B's report out of reach of commune A's officer through every read and action", async () => {
    const theirs = await getEntryWorkspace(otherOfficer, "2025-Q2", db, today);
    const submission = theirs.submission;
    const row = theirs.rows[0];
    if (!submission || !row?.actualId || !theirs.period) throw new Error("no submission");
    const before = await db.submission.findUniqueOrThrow({ where: { id: submission.id } });
    const transition = { submissionId: submission.id, version: submission.version };
    await expect(submitSubmission(officer, transition, db, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(approveSubmission(officer, transition, db, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(returnSubmission(officer, { ...transition, reason: "Không hợp lệ ở đây" }, db, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getSubmissionForReview(officer, submission.id, db)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getValueHistory(officer, row.actualId, db)).rejects.toBeInstanceOf(NotFoundError);
    await expect(correctValue(officer, { periodId: theirs.period.id, reporter: { localityId: otherOfficer.localityId, agencyId: null }, indicatorId: row.indicatorId, version: row.version, value: "1", reason: "Thử sửa số liệu của xã khác" }, db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveActuals(officer, { periodId: theirs.period.id, reporter: { localityId: otherOfficer.localityId, agencyId: null }, items: [{ indicatorId: row.indicatorId, version: row.version, value: "1" }] }, db, today)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.submission.findUniqueOrThrow({ where: { id: submission.id } })).toEqual(before);
  });
});
