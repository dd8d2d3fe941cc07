import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../../lib/server/errors";
import { getQuarterlyBrief } from "../../lib/server/queries/committee-brief";
import { getMeetingDetail } from "../../lib/server/queries/meetings";
import { getAgencyTasks, getTaskBoard, getTaskDetail, getTaskReviewQueue } from "../../lib/server/queries/tasks";
import { approveTaskReport, saveTaskReport, submitTaskReport } from "../../lib/server/services/task-reports";
import { createTaskFromConclusion, recordMeeting } from "../../lib/server/services/tasks";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, lastAuditId, viewerFor } from "./support";

// Meetings → conclusions → tasks → the lead agency's quarterly progress report → approval; and the brief.
const db = connectTestDb();
const today = new Date("2025-06-16T00:00:00Z");
const now = new Date("2025-06-16T04:00:00Z");
let committee: Viewer;
let lead: Viewer;
let otherAgency: Viewer;
let sttttId: number;
let q2Id: number;

beforeAll(async () => {
  committee = await viewerFor(db, "bcd@demo.cds.vn");
  lead = await viewerFor(db, "sotttt@demo.cds.vn");
  otherAgency = await viewerFor(db, "nhnn@demo.cds.vn");
  sttttId = lead.agencyId ?? -1;
  q2Id = (await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2025, quarter: 2 } } })).id;
});
afterAll(() => db.$disconnect());

const taskFields = (conclusionId: number, title: string, deadline: string) => ({
  conclusionId, title, kind: "TASK", pillarCode: "GOV", leadAgencyId: sttttId, cooperatingAgencyIds: [], localityIds: [], indicatorIds: [], deadline,
});

async function meetingWithTasks() {
  const { meetingId } = await recordMeeting(committee, {
    heldOn: "2025-05-06", title: "Họp Ban Chỉ đạo đánh giá quý I/2025", chair: "Trưởng Ban Chỉ đạo", attendees: "Các thành viên Ban Chỉ đạo",
    conclusions: ["Rà soát toàn bộ nhiệm vụ, xây dựng lại lộ trình thực hiện.", "Tăng cường thanh toán trực tuyến."],
  }, db);
  const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: { conclusions: { orderBy: { ordinal: "asc" } } } });
  const first = meeting.conclusions[0];
  if (!first) throw new Error("no conclusion");
  const a = await createTaskFromConclusion(committee, taskFields(first.id, "Rà soát lộ trình chuyển đổi số giai đoạn 2025–2026", "2025-06-30"), db);
  const b = await createTaskFromConclusion(committee, taskFields(first.id, "Cập nhật danh mục nhiệm vụ trọng tâm", "2025-05-31"), db);
  return { meetingId, conclusionId: first.id, taskIds: [a.taskId, b.taskId] };
}

describe("plans, tasks and committee decisions", () => {
  let created: Awaited<ReturnType<typeof meetingWithTasks>>;
  beforeAll(async () => { created = await meetingWithTasks(); });

  it("turns one conclusion into several tasks, each audited, and lists open ones on the next meeting's agenda", async () => {
    const tasks = await db.task.findMany({ where: { conclusionId: created.conclusionId }, orderBy: { id: "asc" } });
    expect(tasks.map((t) => t.title)).toEqual(["Rà soát lộ trình chuyển đổi số giai đoạn 2025–2026", "Cập nhật danh mục nhiệm vụ trọng tâm"]);
    expect(tasks.every((t) => t.leadAgencyId === sttttId && t.status === "NOT_STARTED")).toBe(true);
    expect(await db.auditEvent.count({ where: { entity: "Task", action: "task.create", entityId: { in: created.taskIds.map(String) } } })).toBe(2);

    const { meetingId: next } = await recordMeeting(committee, { heldOn: "2025-06-12", title: "Họp Ban Chỉ đạo tháng 6/2025", chair: "Trưởng Ban Chỉ đạo", attendees: "Các thành viên", conclusions: ["Đôn đốc các nhiệm vụ quá hạn."] }, db);
    const agenda = await getMeetingDetail(committee, next, db, today);
    expect(agenda.previous?.id).toBe(created.meetingId);
    const carried = agenda.carriedOver.map((t) => [t.title, t.effectiveStatus]);
    expect(carried).toContainEqual(["Cập nhật danh mục nhiệm vụ trọng tâm", "OVERDUE"]);
    expect(carried).toContainEqual(["Rà soát lộ trình chuyển đổi số giai đoạn 2025–2026", "NOT_STARTED"]);
  });

  it("shows the lead agency its tasks, takes its progress report, and applies it once the committee approves", async () => {
    const home = await getAgencyTasks(lead, "2025-Q2", db, today);
    const taskId = created.taskIds[0] ?? -1;
    expect(home?.tasks.map((t) => t.id)).toContain(taskId);
    const { reportId } = await saveTaskReport(lead, { taskId, periodId: q2Id, version: 0, reportedStatus: "IN_PROGRESS", progressPercent: "40", note: "Đã rà soát 15/37 nhiệm vụ của kế hoạch.", evidenceUrl: "" }, db, today);
    let report = await db.taskReport.findUniqueOrThrow({ where: { id: reportId } });
    await submitTaskReport(lead, { reportId, version: report.version }, db, now);
    report = await db.taskReport.findUniqueOrThrow({ where: { id: reportId } });
    expect(report.status).toBe("SUBMITTED");
    await expect(approveTaskReport(lead, { reportId, version: report.version }, db, now)).rejects.toBeInstanceOf(ForbiddenError);
    await approveTaskReport(committee, { reportId, version: report.version }, db, now);
    const task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    expect(task).toMatchObject({ status: "IN_PROGRESS", progressPercent: 40 });
    expect((await db.auditEvent.findMany({ where: { entity: "TaskReport", entityId: String(reportId) }, orderBy: { id: "asc" } })).map((e) => e.action))
      .toEqual(["taskReport.save", "taskReport.submit", "taskReport.approve"]);
    expect(await db.notification.count({ where: { userId: lead.userId, body: { contains: "Rà soát lộ trình" } } })).toBe(1);
  });

  it("keeps another agency out of a task it does not lead, writing nothing", async () => {
    const taskId = created.taskIds[1] ?? -1;
    const before = await lastAuditId(db);
    const input = { taskId, periodId: q2Id, version: 0, reportedStatus: "DONE", progressPercent: "100", note: "Báo cáo thay đơn vị khác." };
    await expect(saveTaskReport(otherAgency, input, db, today)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveTaskReport(committee, input, db, today)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.taskReport.count({ where: { taskId } })).toBe(0);
    expect(await lastAuditId(db)).toBe(before);
    const board = await getTaskBoard(otherAgency, {}, db, today);
    expect(board.tasks.map((t) => t.id)).not.toContain(taskId);
  });

  it("lists overdue tasks, with counts per status, in the quarterly brief", async () => {
    const brief = await getQuarterlyBrief(committee, "2025-Q1", db, today);
    const follow = brief?.document.sections.at(-1)?.blocks.flatMap((b) => ("text" in b ? [b.text] : [])) ?? [];
    expect(follow.some((t) => t.startsWith("Về các nhiệm vụ theo kế hoạch và kết luận của Ban Chỉ đạo: tổng số"))).toBe(true);
    expect(follow).toContain("Cập nhật danh mục nhiệm vụ trọng tâm (Sở Thông tin và Truyền thông chủ trì; thời hạn 31/05/2025, đã quá hạn 16 ngày).");
    expect(brief?.tasks.counts.OVERDUE).toBeGreaterThanOrEqual(1);
  });

  it("keeps a draft progress report with its agency: the committee's queue leaves it out and its detail shows no content", async () => {
    const draft = await db.taskReport.findFirstOrThrow({ where: { status: "DRAFT", note: { not: "" } }, include: { task: { select: { leadAgencyId: true } } } });
    const period = await db.reportingPeriod.findUniqueOrThrow({ where: { id: draft.periodId } });
    const queue = await getTaskReviewQueue(committee, `${period.year}-Q${period.quarter}`, db, today);
    expect(queue.reports.some((r) => r.id === draft.id)).toBe(false);
    const seen = (await getTaskDetail(committee, draft.taskId, db, today)).reports.find((r) => r.id === draft.id);
    expect(seen).toMatchObject({ status: "DRAFT", note: "", evidenceUrl: null, progressPercent: 0 });
    const leadOfficer = await db.user.findFirstOrThrow({ where: { agencyId: draft.task.leadAgencyId, role: "OFFICER" } });
    const own = (await getTaskDetail(await viewerFor(db, leadOfficer.email), draft.taskId, db, today)).reports.find((r) => r.id === draft.id);
    expect(own?.note).toBe(draft.note);
  });
});
