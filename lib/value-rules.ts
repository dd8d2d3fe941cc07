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
