import { describe, expect, it } from "vitest";
import { checkValue } from "../../lib/value-rules";

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
