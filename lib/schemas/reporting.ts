import { z } from "./zod-locale";

const id = z.coerce.number({ error: "Mã không hợp lệ." }).int("Mã không hợp lệ.").positive("Mã không hợp lệ.");

/** The unit that reports: exactly one of a locality or an agency. */
export const reporterSchema = z
  .object({ localityId: id.nullable(), agencyId: id.nullable() })
  .refine((r) => (r.localityId === null) !== (r.agencyId === null), { message: "Đơn vị báo cáo không hợp lệ." });

export const actualItemSchema = z.object({
  indicatorId: id,
  /** The version the officer last saw; 0 when the value did not exist yet. */
  version: z.coerce.number().int().min(0),
  /** As typed: parsed on the server with the one documented rule (lib/parse-number.ts). */
  value: z.string().max(40, "Giá trị quá dài."),
});

export const saveActualsSchema = z.object({
  periodId: id,
  reporter: reporterSchema,
  items: z.array(actualItemSchema).min(1, "Không có giá trị nào để lưu.").max(500),
});

export const submissionTransitionSchema = z.object({
  submissionId: id,
  version: z.coerce.number().int().min(1),
});

export type ReporterInput = z.infer<typeof reporterSchema>;
export type ActualItemInput = z.infer<typeof actualItemSchema>;
export type SaveActualsInput = z.infer<typeof saveActualsSchema>;
export type SubmissionTransitionInput = z.infer<typeof submissionTransitionSchema>;

/** Form field names shared by the entry form and the action that reads it. */
export const valueFieldName = (indicatorId: number) => `value:${indicatorId}`;
export const versionFieldName = (indicatorId: number) => `version:${indicatorId}`;
