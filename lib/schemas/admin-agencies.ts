import { idSchema, plainString } from "./common";
import { z } from "./zod-locale";

// Provincial agencies (Sở, Ban…) as the admin creates, renames and (de)activates them.

const id = idSchema();
const name = plainString().trim().min(5, "Vui lòng nhập tên đầy đủ của cơ quan (ít nhất 5 ký tự).").max(200, "Tên cơ quan quá dài (tối đa 200 ký tự).");
const shortName = plainString().trim().min(2, "Vui lòng nhập tên viết tắt (ít nhất 2 ký tự).").max(60, "Tên viết tắt quá dài (tối đa 60 ký tự).");

export const agencyCreateSchema = z.object({
  // Codes name the agency in imports and e-mail addresses: upper-case letters and digits only.
  code: z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9_]{1,19}$/, "Mã cơ quan gồm 2–20 chữ cái in hoa hoặc chữ số, bắt đầu bằng chữ cái, ví dụ STTTT."),
  name,
  shortName,
});

export const agencyRenameSchema = z.object({ agencyId: id, name, shortName });

export const agencyActiveSchema = z.object({
  agencyId: id,
  active: z.enum(["true", "false"], { error: "Trạng thái không hợp lệ." }).transform((v) => v === "true"),
});

export type AgencyCreateInput = z.infer<typeof agencyCreateSchema>;

const one = (formData: FormData, name: string) => formData.get(name) ?? undefined;

/** Fields: code, name, shortName (create); agencyId, name, shortName (rename); agencyId, active. */
export function readAgencyForm(formData: FormData) {
  return { agencyId: one(formData, "agencyId"), code: one(formData, "code"), name: one(formData, "name"), shortName: one(formData, "shortName"), active: one(formData, "active") };
}
