// The checks every entered value passes, on the server and (for instant feedback) in the browser.
import type { IndicatorUnit } from "./format";
import { parseLocalizedNumber } from "./parse-number";

export type ValueCheck = { value: number | null } | { error: string };

/** Parses a typed value by the one documented rule and checks it against the indicator's unit. */
export function checkValue(raw: string, unit: IndicatorUnit): ValueCheck {
  const value = parseLocalizedNumber(raw);
  if (value === null) return { value: null };
  if (Number.isNaN(value)) return { error: "Giá trị không hợp lệ: hãy nhập một số, ví dụ 97,5 hoặc 1.234." };
  if (unit === "PERCENT" && (value < 0 || value > 100)) return { error: "Tỷ lệ phải nằm trong khoảng từ 0 đến 100%." };
  if (value < 0) return { error: "Giá trị không được âm." };
  if (Math.abs(value) >= 1e15) return { error: "Giá trị quá lớn." };
  // Values are stored with four decimals.
  return { value: Math.round(value * 10_000) / 10_000 };
}

/** The indicators whose rate may be entered as counts: a percentage rate with both counts defined. */
export function takesCounts(indicator: { kind: string; unit: IndicatorUnit; numeratorDefinition: string | null; denominatorDefinition: string | null }): boolean {
  return indicator.kind === "RATE" && indicator.unit === "PERCENT" && !!indicator.numeratorDefinition && !!indicator.denominatorDefinition;
}

export type CountsField = "value" | "numerator" | "denominator";
export type RateCheck = { value: number | null; numerator: number | null; denominator: number | null } | { errors: Partial<Record<CountsField, string>> };

/** A typed value may differ from its counts by rounding only: 0.05 percentage points. */
const RATE_TOLERANCE = 0.05;
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;
const VI_NUMBER = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 });

function checkCount(raw: string, label: string): number | null | string {
  const n = parseLocalizedNumber(raw);
  if (n === null) return null;
  if (Number.isNaN(n)) return `${label} không hợp lệ: hãy nhập một số, ví dụ 1.234.`;
  if (n < 0) return `${label} không được âm.`;
  if (n >= 1e15) return `${label} quá lớn.`;
  return round4(n);
}

/**
 * A rate with its optional numerator and denominator: both or neither; the denominator above zero and not
 * below the numerator. An empty value is computed from the counts; a typed one must agree with them, so the
 * counts that aggregation adds up always describe the stored rate.
 */
export function checkRateCounts(rawValue: string, rawNumerator: string, rawDenominator: string): RateCheck {
  const checked = checkValue(rawValue, "PERCENT");
  const numerator = checkCount(rawNumerator, "Tử số");
  const denominator = checkCount(rawDenominator, "Mẫu số");
  const errors: Partial<Record<CountsField, string>> = {};
  if ("error" in checked) errors.value = checked.error;
  if (typeof numerator === "string") errors.numerator = numerator;
  if (typeof denominator === "string") errors.denominator = denominator;
  else if (denominator === 0) errors.denominator = "Mẫu số phải lớn hơn 0.";
  if ("error" in checked || typeof numerator === "string" || typeof denominator === "string" || Object.keys(errors).length > 0) return { errors };
  if (numerator === null && denominator === null) return { value: checked.value, numerator: null, denominator: null };
  const both = "Nhập cả tử số và mẫu số, hoặc để trống cả hai.";
  if (numerator === null) return { errors: { numerator: both } };
  if (denominator === null) return { errors: { denominator: both } };
  if (numerator > denominator) return { errors: { numerator: "Tử số không được lớn hơn mẫu số." } };
  const computed = round4((numerator / denominator) * 100);
  if (checked.value !== null && Math.abs(checked.value - computed) > RATE_TOLERANCE) {
    return { errors: { value: `Giá trị không khớp với tử số/mẫu số: ${VI_NUMBER.format(numerator)}/${VI_NUMBER.format(denominator)} = ${VI_NUMBER.format(computed)}%. Hãy sửa lại, hoặc để trống ô giá trị để tự tính.` } };
  }
  return { value: checked.value ?? computed, numerator, denominator };
}
