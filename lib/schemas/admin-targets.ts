import { parseLocalizedNumber } from "@/lib/parse-number";
import { calendarDateSchema, idSchema, plainString } from "./common";
import { z } from "./zod-locale";

// One target (indicator × locality × year) as the admin sets it, and the cascade of a provincial target.

export const COMPARATORS = ["GTE", "GT", "LTE", "LT"] as const;
export const CASCADE_RULES = ["SAME", "POPULATION_SHARE"] as const;
export type CascadeRule = (typeof CASCADE_RULES)[number];

const id = idSchema();
/** A required choice from a list: an empty select reads as "please choose", not as a bad id. */
const choice = (message: string) => idSchema(message);
// Target.value is Decimal(20, 4): 16 integer digits at most.
const MAX_ABS = 1e15;

/** A number as typed by a Vietnamese or English user (lib/parse-number.ts); empty is null. */
const localizedNumber = (label: string) =>
  plainString({ error: `${label} phải là một số.` }).max(40, `${label} quá dài.`).transform((text, ctx) => {
    const value = parseLocalizedNumber(text);
    if (value !== null && (Number.isNaN(value) || Math.abs(value) >= MAX_ABS)) {
      ctx.addIssue({ code: "custom", message: `${label} phải là một số, ví dụ 85 hoặc 97,5.` });
      return z.NEVER;
    }
    return value === null ? null : Math.round(value * 10_000) / 10_000;
  });

export const targetSchema = z.object({
  indicatorId: choice("Vui lòng chọn chỉ tiêu."),
  localityId: choice("Vui lòng chọn địa phương."),
  year: z.coerce.number({ error: "Năm không hợp lệ." }).int("Năm không hợp lệ.").min(2000, "Năm không hợp lệ.").max(2100, "Năm không hợp lệ."),
  value: localizedNumber("Giá trị mục tiêu").transform((v, ctx) => {
    if (v !== null) return v;
    ctx.addIssue({ code: "custom", message: "Vui lòng nhập giá trị mục tiêu." });
    return z.NEVER;
  }),
  comparator: z.enum(COMPARATORS, { error: "Vui lòng chọn cách so sánh." }),
  baseline: localizedNumber("Giá trị gốc").optional().transform((v) => v ?? null),
  deadline: z.union([z.literal(""), calendarDateSchema("Thời hạn phải là một ngày có thật từ năm 2000 đến 2100, dạng năm-tháng-ngày, ví dụ 2025-12-31.")]).optional().transform((v) => (v ? v : null)),
  leadAgencyId: z.union([z.literal("").transform(() => null), id]).optional().transform((v) => v ?? null),
  note: plainString().trim().max(1000, "Ghi chú quá dài (tối đa 1.000 ký tự).").optional().transform((v) => (v ? v : null)),
});

export const cascadeSchema = z.object({
  targetId: id,
  level: z.enum(["DISTRICT", "COMMUNE"], { error: "Vui lòng chọn cấp nhận phân bổ." }),
  rule: z.enum(CASCADE_RULES, { error: "Vui lòng chọn quy tắc phân bổ." }),
});

export type TargetInput = z.infer<typeof targetSchema>;

const one = (formData: FormData, name: string) => formData.get(name) ?? undefined;

/** Fields: indicatorId, localityId, year, value, comparator, baseline, deadline, leadAgencyId, note. */
export function readTargetForm(formData: FormData) {
  const names = ["indicatorId", "localityId", "year", "value", "comparator", "baseline", "deadline", "leadAgencyId", "note"] as const;
  return Object.fromEntries(names.map((name) => [name, one(formData, name)]));
}

/** Fields: targetId, level, rule. */
export function readCascadeForm(formData: FormData) {
  return { targetId: one(formData, "targetId"), level: one(formData, "level"), rule: one(formData, "rule") };
}
