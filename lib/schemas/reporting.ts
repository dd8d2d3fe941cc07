import { calendarDateSchema, idSchema, plainString, versionSchema } from "./common";
import { z } from "./zod-locale";

const id = idSchema();
const version = versionSchema(0);
/** An empty field clears the text (null); an absent one (undefined) leaves the stored text alone. */
const optionalText = (max: number, message: string) =>
  plainString().max(max, message).transform((v) => (v.trim() === "" ? null : v.trim())).nullable().optional();

/** The unit that reports: exactly one of a locality or an agency. */
export const reporterSchema = z
  .object({ localityId: id.nullable(), agencyId: id.nullable() })
  .refine((r) => (r.localityId === null) !== (r.agencyId === null), { message: "Đơn vị báo cáo không hợp lệ." });

export const evidenceUrlSchema = optionalText(500, "Đường dẫn minh chứng quá dài (tối đa 500 ký tự).").refine(
  (v) => v === null || v === undefined || /^https?:\/\/[^\s]+$/i.test(v),
  "Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://.",
);

export const actualItemSchema = z.object({
  indicatorId: id,
  /** The version the officer last saw; 0 when the value did not exist yet. */
  version,
  /** As typed: parsed on the server with the one documented rule (lib/parse-number.ts). */
  value: z.string().max(40, "Giá trị quá dài."),
  /** A rate's counts as typed; absent when the grid did not offer them. Checked with the value (lib/value-rules.ts). */
  numerator: z.string().max(40, "Tử số quá dài.").optional(),
  denominator: z.string().max(40, "Mẫu số quá dài.").optional(),
  note: optionalText(1000, "Ghi chú quá dài (tối đa 1.000 ký tự)."),
  evidenceUrl: evidenceUrlSchema,
});

export const saveActualsSchema = z.object({
  periodId: id,
  reporter: reporterSchema,
  items: z.array(actualItemSchema).min(1, "Không có giá trị nào để lưu.").max(500),
});

export const submissionTransitionSchema = z.object({
  submissionId: id,
  version: versionSchema(1),
});

const reason = (min: number, what: string) =>
  plainString().trim().min(min, `Vui lòng nêu ${what} (ít nhất ${min} ký tự).`).max(1000, `${what[0]?.toUpperCase()}${what.slice(1)} quá dài (tối đa 1.000 ký tự).`);

export const returnSubmissionSchema = submissionTransitionSchema.extend({
  reason: reason(5, "lý do trả lại"),
  valueReasons: z.array(z.object({ indicatorId: id, reason: reason(3, "lý do cho giá trị này") })).max(500).default([]),
});

export const correctValueSchema = z.object({
  periodId: id,
  reporter: reporterSchema,
  indicatorId: id,
  version,
  value: z.string().max(40, "Giá trị quá dài."),
  reason: reason(10, "lý do điều chỉnh"),
});

export const periodLockSchema = z.object({ periodId: id, lock: z.enum(["lock", "unlock"]) });

export const periodDeadlineSchema = z.object({
  periodId: id,
  deadline: calendarDateSchema("Hạn nộp phải là một ngày có thật từ năm 2000 đến 2100, dạng năm-tháng-ngày, ví dụ 2025-06-20."),
});

export type ReporterInput = z.infer<typeof reporterSchema>;
export type ActualItemInput = z.infer<typeof actualItemSchema>;
export type SaveActualsInput = z.infer<typeof saveActualsSchema>;
export type SubmissionTransitionInput = z.infer<typeof submissionTransitionSchema>;
export type ReturnSubmissionInput = z.infer<typeof returnSubmissionSchema>;
export type CorrectValueInput = z.infer<typeof correctValueSchema>;

/** Form field names shared by the entry form and the action that reads it. */
export const valueFieldName = (indicatorId: number) => `value:${indicatorId}`;
export const numeratorFieldName = (indicatorId: number) => `numerator:${indicatorId}`;
export const denominatorFieldName = (indicatorId: number) => `denominator:${indicatorId}`;
export const versionFieldName = (indicatorId: number) => `version:${indicatorId}`;
export const noteFieldName = (indicatorId: number) => `note:${indicatorId}`;
export const evidenceFieldName = (indicatorId: number) => `evidence:${indicatorId}`;
export const valueReasonFieldName = (indicatorId: number) => `reason:${indicatorId}`;
