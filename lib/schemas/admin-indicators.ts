import { calendarDateSchema, idSchema, plainString } from "./common";
import { z } from "./zod-locale";

// Editing an indicator's descriptive fields, and recording a change of method (a series break).

const id = idSchema();
const text = (min: number, max: number, label: string) =>
  plainString().trim().min(min, `Vui lòng nhập ${label}${min > 1 ? ` (ít nhất ${min} ký tự)` : ""}.`).max(max, `${label[0]?.toUpperCase()}${label.slice(1)} quá dài (tối đa ${max} ký tự).`);
const optionalText = (max: number, label: string) =>
  plainString().trim().max(max, `${label} quá dài (tối đa ${max} ký tự).`).optional().transform((v) => (v ? v : null));

export const indicatorUpdateSchema = z.object({
  indicatorId: id,
  nameVi: text(5, 300, "tên chỉ tiêu (tiếng Việt)"),
  nameEn: text(5, 300, "tên chỉ tiêu (tiếng Anh)"),
  definition: text(10, 4000, "định nghĩa"),
  numeratorDefinition: optionalText(1000, "Định nghĩa tử số"),
  denominatorDefinition: optionalText(1000, "Định nghĩa mẫu số"),
  source: text(3, 500, "nguồn số liệu"),
  leadAgencyId: z.union([z.literal("").transform(() => null), id]).optional().transform((v) => v ?? null),
  active: z.enum(["true", "false"], { error: "Trạng thái không hợp lệ." }).transform((v) => v === "true"),
});

export const methodChangeSchema = z.object({
  indicatorId: id,
  effectiveFrom: calendarDateSchema("Ngày áp dụng phải là ngày đầu một quý (01/01, 01/04, 01/07 hoặc 01/10) từ năm 2000 đến 2100, ví dụ 2025-07-01.", /^\d{4}-(01|04|07|10)-01$/),
  descriptionVi: text(10, 2000, "mô tả thay đổi (tiếng Việt)"),
  descriptionEn: text(10, 2000, "mô tả thay đổi (tiếng Anh)"),
});

export type IndicatorUpdateInput = z.infer<typeof indicatorUpdateSchema>;

const one = (formData: FormData, name: string) => formData.get(name) ?? undefined;

/** Fields: indicatorId, nameVi, nameEn, definition, numeratorDefinition, denominatorDefinition, source, leadAgencyId, active (checkbox). */
export function readIndicatorForm(formData: FormData) {
  return {
    indicatorId: one(formData, "indicatorId"), nameVi: one(formData, "nameVi"), nameEn: one(formData, "nameEn"), definition: one(formData, "definition"),
    numeratorDefinition: one(formData, "numeratorDefinition"), denominatorDefinition: one(formData, "denominatorDefinition"),
    source: one(formData, "source"), leadAgencyId: one(formData, "leadAgencyId"),
    // An unticked checkbox sends nothing at all.
    active: formData.get("active") === "on" ? "true" : "false",
  };
}

/** Fields: indicatorId, effectiveFrom, descriptionVi, descriptionEn. */
export function readMethodChangeForm(formData: FormData) {
  return { indicatorId: one(formData, "indicatorId"), effectiveFrom: one(formData, "effectiveFrom"), descriptionVi: one(formData, "descriptionVi"), descriptionEn: one(formData, "descriptionEn") };
}
