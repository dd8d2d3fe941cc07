import { describe, expect, it } from "vitest";
import { checkRateCounts, checkValue, takesCounts } from "../../lib/value-rules";

describe("checkValue", () => {
  it("accepts rates within 0–100 typed either way", () => {
    expect(checkValue("97,5%", "PERCENT")).toEqual({ value: 97.5 });
    expect(checkValue("100", "PERCENT")).toEqual({ value: 100 });
    expect(checkValue("0", "PERCENT")).toEqual({ value: 0 });
  });

  it("refuses rates outside 0–100 and negative counts, in Vietnamese", () => {
    expect(checkValue("100,01", "PERCENT")).toEqual({ error: "Tỷ lệ phải nằm trong khoảng từ 0 đến 100%." });
    expect(checkValue("-1", "COUNT")).toEqual({ error: "Giá trị không được âm." });
    expect(checkValue("abc", "COUNT")).toEqual({ error: "Giá trị không hợp lệ: hãy nhập một số, ví dụ 97,5 hoặc 1.234." });
  });

  it("lets counts and money exceed 100 and keeps four decimals", () => {
    expect(checkValue("1.234.567", "COUNT")).toEqual({ value: 1234567 });
    expect(checkValue("12,345678", "VND_BILLION")).toEqual({ value: 12.3457 });
    expect(checkValue("", "DAYS")).toEqual({ value: null });
  });
});

describe("checkRateCounts", () => {
  it("computes an empty value from the counts, typed the Vietnamese way, to four decimals", () => {
    expect(checkRateCounts("", "7037", "7400")).toEqual({ value: 95.0946, numerator: 7037, denominator: 7400 });
    expect(checkRateCounts("", "1.234.000", "2.468.000")).toEqual({ value: 50, numerator: 1234000, denominator: 2468000 });
    expect(checkRateCounts("", "0,5", "3")).toEqual({ value: 16.6667, numerator: 0.5, denominator: 3 });
    expect(checkRateCounts("", "0", "12")).toEqual({ value: 0, numerator: 0, denominator: 12 });
  });

  it("keeps a typed value that agrees within 0.05 percentage points, and the value alone without counts", () => {
    expect(checkRateCounts("95,1", "7037", "7400")).toEqual({ value: 95.1, numerator: 7037, denominator: 7400 });
    expect(checkRateCounts("96,5", "", "")).toEqual({ value: 96.5, numerator: null, denominator: null });
    expect(checkRateCounts("", "", "")).toEqual({ value: null, numerator: null, denominator: null });
  });

  it("refuses a value that disagrees, naming the computed rate", () => {
    expect(checkRateCounts("96,5", "7037", "7400")).toEqual({
      errors: { value: "Giá trị không khớp với tử số/mẫu số: 7.037/7.400 = 95,0946%. Hãy sửa lại, hoặc để trống ô giá trị để tự tính." },
    });
  });

  it("wants both counts or neither, non-negative, a positive denominator not below the numerator", () => {
    const both = "Nhập cả tử số và mẫu số, hoặc để trống cả hai.";
    expect(checkRateCounts("", "12", "")).toEqual({ errors: { denominator: both } });
    expect(checkRateCounts("50", "", "12")).toEqual({ errors: { numerator: both } });
    expect(checkRateCounts("", "-1", "12")).toEqual({ errors: { numerator: "Tử số không được âm." } });
    expect(checkRateCounts("", "0", "0")).toEqual({ errors: { denominator: "Mẫu số phải lớn hơn 0." } });
    expect(checkRateCounts("", "13", "12")).toEqual({ errors: { numerator: "Tử số không được lớn hơn mẫu số." } });
    expect(checkRateCounts("", "mười", "12")).toEqual({ errors: { numerator: "Tử số không hợp lệ: hãy nhập một số, ví dụ 1.234." } });
    expect(checkRateCounts("150", "1", "2")).toEqual({ errors: { value: "Tỷ lệ phải nằm trong khoảng từ 0 đến 100%." } });
  });
});

describe("takesCounts", () => {
  const rate = { kind: "RATE", unit: "PERCENT" as const, numeratorDefinition: "Số hồ sơ", denominatorDefinition: "Tổng số hồ sơ" };
  it("offers counts only for percentage rates with both definitions", () => {
    expect(takesCounts(rate)).toBe(true);
    expect(takesCounts({ ...rate, kind: "LEVEL" })).toBe(false);
    expect(takesCounts({ ...rate, unit: "COUNT" })).toBe(false);
    expect(takesCounts({ ...rate, denominatorDefinition: null })).toBe(false);
  });
});
