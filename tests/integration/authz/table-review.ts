import { approveMeasuredValueAction } from "../../../lib/server/actions/measured";
import { approveSubmissionAction, returnSubmissionAction } from "../../../lib/server/actions/review";
import {
  approveTaskReportAction, createTaskFromConclusionAction, evaluatePilotAction, recordMeetingAction, returnTaskReportAction,
  saveTaskReportAction, submitTaskReportAction,
} from "../../../lib/server/actions/tasks";
import { remindLateAction } from "../../../lib/server/actions/tracker";
import type { Fixtures } from "./fixtures";
import { IDLE, REVIEWERS, form } from "./forms";
import type { AuthzRow } from "./types";

// The committee's review of reports, measured figures and tasks, and the agencies' progress reports on tasks.

const A = "lib/server/actions";
const nth = <T>(list: T[], i: number): T => {
  const item = list[i];
  if (item === undefined) throw new Error(`authz fixtures: item ${i} missing`);
  return item;
};

const taskReport = (fx: Fixtures, taskId: number, version: number) => form({
  taskId, periodId: fx.period.id, version, reportedStatus: "IN_PROGRESS", progressPercent: 30, note: "Đã hoàn thành khảo sát hiện trạng tại các đơn vị.",
});

export const reviewRows: AuthzRow[] = [
  {
    key: `${A}/review.ts#approveSubmissionAction`, target: "a commune's submitted 2026-Q3 report", allowed: REVIEWERS, writes: true,
    call: (fx) => approveSubmissionAction(IDLE, form({ submissionId: nth(fx.submitted, 0).id, version: nth(fx.submitted, 0).version })),
  },
  {
    key: `${A}/review.ts#returnSubmissionAction`, target: "a commune's submitted 2026-Q3 report", allowed: REVIEWERS, writes: true,
    call: (fx) => returnSubmissionAction(IDLE, form({ submissionId: nth(fx.submitted, 1).id, version: nth(fx.submitted, 1).version, reason: "Số liệu chưa khớp với báo cáo quý trước." })),
  },
  {
    key: `${A}/measured.ts#approveMeasuredValueAction`, target: "a measured figure waiting for approval", allowed: REVIEWERS, writes: true,
    call: (fx) => approveMeasuredValueAction(IDLE, form({ measuredValueId: fx.measuredValueId })),
  },
  {
    key: `${A}/tasks.ts#recordMeetingAction`, target: "a new committee meeting", allowed: REVIEWERS, writes: true,
    call: () => recordMeetingAction(IDLE, form({
      heldOn: "2026-09-10", title: "Họp Ban Chỉ đạo quý III năm 2026", chair: "Chủ tịch UBND tỉnh", attendees: "Thành viên Ban Chỉ đạo",
      conclusion: "Đẩy nhanh tiến độ số hoá hồ sơ thủ tục hành chính.",
    })),
  },
  {
    key: `${A}/tasks.ts#createTaskFromConclusionAction`, target: "a meeting conclusion", allowed: REVIEWERS, writes: true,
    call: (fx) => createTaskFromConclusionAction(IDLE, form({
      conclusionId: fx.tasks.conclusionId, title: "Rà soát dịch vụ công trực tuyến toàn trình", pillarCode: "GOV", leadAgencyId: fx.agencies.rename, deadline: "2026-12-31",
    })),
  },
  {
    key: `${A}/tasks.ts#evaluatePilotAction`, target: "a pilot model not yet evaluated", allowed: REVIEWERS, writes: true,
    call: (fx) => evaluatePilotAction(IDLE, form({ taskId: fx.tasks.pilotId, verdict: "REPLICATE", note: "Mô hình hiệu quả, đề xuất nhân rộng toàn tỉnh." })),
  },
  {
    key: `${A}/tasks.ts#saveTaskReportAction`, target: "a task led by Sở TT&TT, 2026-Q3 (no report yet)", allowed: ["agencyOfficer"], writes: true,
    call: (fx) => saveTaskReportAction(IDLE, taskReport(fx, fx.tasks.freshTaskId, 0)),
  },
  {
    key: `${A}/tasks.ts#saveTaskReportAction`, target: "a task led by another agency, 2026-Q3", allowed: [], writes: true,
    call: (fx) => saveTaskReportAction(IDLE, taskReport(fx, fx.tasks.otherAgencyTaskId, 0)),
  },
  {
    key: `${A}/tasks.ts#submitTaskReportAction`, target: "Sở TT&TT's draft progress report", allowed: ["agencyOfficer"], writes: true,
    call: (fx) => submitTaskReportAction(IDLE, form({ reportId: fx.tasks.draftReport.id, version: fx.tasks.draftReport.version })),
  },
  {
    key: `${A}/tasks.ts#approveTaskReportAction`, target: "a submitted progress report", allowed: REVIEWERS, writes: true,
    call: (fx) => approveTaskReportAction(IDLE, form({ reportId: nth(fx.tasks.submittedReports, 0).id, version: nth(fx.tasks.submittedReports, 0).version })),
  },
  {
    key: `${A}/tasks.ts#returnTaskReportAction`, target: "a submitted progress report", allowed: REVIEWERS, writes: true,
    call: (fx) => returnTaskReportAction(IDLE, form({
      reportId: nth(fx.tasks.submittedReports, 1).id, version: nth(fx.tasks.submittedReports, 1).version, reason: "Chưa nêu rõ kết quả đạt được.",
    })),
  },
  {
    key: `${A}/tracker.ts#remindLateAction`, target: "units late for 2026-Q3 (after its deadline)", allowed: REVIEWERS, writes: true, today: "2026-09-25",
    call: (fx) => remindLateAction(IDLE, form({ periodId: fx.period.id })),
  },
];
