import { calendarDateSchema, idSchema, plainString, versionSchema } from "./common";
import { z } from "./zod-locale";

const id = idSchema();
const isoDate = (label: string) => calendarDateSchema(`${label} phải là một ngày có thật từ năm 2000 đến 2100, dạng năm-tháng-ngày, ví dụ 2025-06-30.`);
const text = (min: number, max: number, label: string) =>
  plainString().trim().min(min, `Vui lòng nhập ${label}${min > 1 ? ` (ít nhất ${min} ký tự)` : ""}.`).max(max, `${label[0]?.toUpperCase()}${label.slice(1)} quá dài (tối đa ${max} ký tự).`);
const ids = z.array(id).max(50).default([]);

export const TASK_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED"] as const;

export const meetingSchema = z.object({
  heldOn: isoDate("Ngày họp"),
  title: text(5, 300, "tên cuộc họp"),
  chair: text(3, 200, "người chủ trì"),
  attendees: text(3, 2000, "thành phần dự họp"),
  conclusions: z.array(text(5, 2000, "nội dung kết luận")).min(1, "Cuộc họp cần ít nhất một kết luận.").max(30),
});

export const taskFieldsSchema = z.object({
  title: text(5, 300, "tên nhiệm vụ"),
  description: plainString().trim().max(4000, "Mô tả quá dài (tối đa 4.000 ký tự).").optional().transform((v) => (v ? v : null)),
  kind: z.enum(["TASK", "PILOT_MODEL"], { error: "Loại nhiệm vụ không hợp lệ." }).default("TASK"),
  pillarCode: z.enum(["GOV", "ECO", "SOC"], { error: "Vui lòng chọn trụ cột." }),
  leadAgencyId: idSchema("Vui lòng chọn đơn vị chủ trì."),
  cooperatingAgencyIds: ids,
  localityIds: ids,
  indicatorIds: ids,
  deadline: isoDate("Thời hạn"),
});

export const conclusionTaskSchema = taskFieldsSchema.extend({ conclusionId: id });

export const taskReportSchema = z.object({
  taskId: id,
  periodId: id,
  version: versionSchema(0),
  reportedStatus: z.enum(TASK_STATUSES, { error: "Vui lòng chọn tình trạng nhiệm vụ." }),
  progressPercent: z.coerce.number({ error: "Tiến độ phải là một số." }).int("Tiến độ là số nguyên từ 0 đến 100.").min(0, "Tiến độ từ 0 đến 100%.").max(100, "Tiến độ từ 0 đến 100%."),
  note: text(10, 4000, "kết quả thực hiện trong kỳ"),
  evidenceUrl: plainString().trim().max(500, "Đường dẫn quá dài.").optional().transform((v) => (v ? v : null))
    .refine((v) => v === null || /^https?:\/\/\S+$/i.test(v), "Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://."),
});

export const taskReportTransitionSchema = z.object({ reportId: id, version: versionSchema(1) });
export const taskReportReturnSchema = taskReportTransitionSchema.extend({ reason: text(5, 1000, "lý do trả lại") });

export const pilotEvaluationSchema = z.object({
  taskId: id,
  verdict: z.enum(["REPLICATE", "ADJUST_AND_CONTINUE", "STOP"], { error: "Vui lòng chọn kết luận đánh giá." }),
  note: text(10, 4000, "nhận xét đánh giá"),
});

export type MeetingInput = z.infer<typeof meetingSchema>;
export type TaskFieldsInput = z.infer<typeof taskFieldsSchema>;
export type TaskReportInput = z.infer<typeof taskReportSchema>;
