import { describe, it, expect } from "vitest";
import { formatDate, formatDateTime, formatProgress, formatValue, unitLabel } from "../../lib/format";

describe("formatValue in Vietnamese", () => {
  it("formats each unit", () => {
    expect(formatValue(97, "PERCENT", "vi")).toBe("97%");
    expect(formatValue(1234, "COUNT", "vi")).toBe("1.234");
    expect(formatValue(12.5, "VND_BILLION", "vi")).toBe("12,5 tỷ đồng");
    expect(formatValue(3, "DAYS", "vi")).toBe("3 ngày");
    expect(formatValue(4, "HOURS", "vi")).toBe("4 giờ");
  });

  it("groups thousands with dots and uses a decimal comma", () => {
    expect(formatValue(1234567.89, "COUNT", "vi")).toBe("1.234.567,89");
    expect(formatValue(97.5, "PERCENT", "vi")).toBe("97,5%");
  });

  it("rounds to at most two fraction digits", () => {
    expect(formatValue(12.3456, "VND_BILLION", "vi")).toBe("12,35 tỷ đồng");
    expect(formatValue(2.0, "DAYS", "vi")).toBe("2 ngày");
  });
});

describe("formatValue in English", () => {
  it("formats each unit", () => {
    expect(formatValue(97, "PERCENT", "en")).toBe("97%");
    expect(formatValue(1234, "COUNT", "en")).toBe("1,234");
    expect(formatValue(12.5, "VND_BILLION", "en")).toBe("VND 12.5 bn");
    expect(formatValue(3, "DAYS", "en")).toBe("3 days");
    expect(formatValue(4, "HOURS", "en")).toBe("4 hours");
  });

  it("uses the singular for exactly one", () => {
    expect(formatValue(1, "DAYS", "en")).toBe("1 day");
    expect(formatValue(1, "HOURS", "en")).toBe("1 hour");
    expect(formatValue(1.5, "DAYS", "en")).toBe("1.5 days");
    expect(formatValue(0, "HOURS", "en")).toBe("0 hours");
  });

  it("rounds to at most two fraction digits", () => {
    expect(formatValue(1234567.891, "COUNT", "en")).toBe("1,234,567.89");
  });
});

describe("formatValue without data", () => {
  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY])("shows a dash for %s", (value) => {
    expect(formatValue(value, "COUNT", "vi")).toBe("—");
    expect(formatValue(value, "PERCENT", "en")).toBe("—");
  });

  it("shows zero as a value, not as missing", () => {
    expect(formatValue(0, "COUNT", "vi")).toBe("0");
  });
});

describe("formatProgress", () => {
  it("shows one fraction digit in each locale", () => {
    expect(formatProgress(0.8533, "vi")).toBe("85,3%");
    expect(formatProgress(0.8533, "en")).toBe("85.3%");
    expect(formatProgress(0.7, "vi")).toBe("70,0%");
  });

  it("shows progress above 100% uncapped", () => {
    expect(formatProgress(3, "vi")).toBe("300,0%");
    expect(formatProgress(1.0211, "en")).toBe("102.1%");
    expect(formatProgress(12.3456, "vi")).toBe("1.234,6%");
  });

  it("shows negative progress", () => {
    expect(formatProgress(-0.05, "en")).toBe("-5.0%");
  });

  it("shows a dash when there is no progress", () => {
    expect(formatProgress(null, "vi")).toBe("—");
    expect(formatProgress(Number.NaN, "en")).toBe("—");
  });

  it("contains no non-breaking spaces", () => {
    expect(formatProgress(0.5, "vi")).not.toMatch(/[\u00a0\u202f]/);
    expect(formatValue(12.5, "VND_BILLION", "vi")).not.toMatch(/[\u00a0\u202f]/);
  });
});

describe("unitLabel", () => {
  it("labels each unit in Vietnamese", () => {
    expect(unitLabel("PERCENT", "vi")).toBe("%");
    expect(unitLabel("COUNT", "vi")).toBe("số lượng");
    expect(unitLabel("VND_BILLION", "vi")).toBe("tỷ đồng");
    expect(unitLabel("DAYS", "vi")).toBe("ngày");
    expect(unitLabel("HOURS", "vi")).toBe("giờ");
  });

  it("labels each unit in English", () => {
    expect(unitLabel("PERCENT", "en")).toBe("%");
    expect(unitLabel("COUNT", "en")).toBe("count");
    expect(unitLabel("VND_BILLION", "en")).toBe("VND billion");
    expect(unitLabel("DAYS", "en")).toBe("days");
    expect(unitLabel("HOURS", "en")).toBe("hours");
  });
});

describe("formatDate / formatDateTime", () => {
  it("prints a deadline stored at UTC midnight as that calendar day", () => {
    expect(formatDate(new Date("2025-06-20T00:00:00Z"), "vi")).toBe("20 thg 6, 2025");
    expect(formatDate(new Date("2025-06-20T00:00:00Z"), "en")).toBe("20 Jun 2025");
  });

  it("prints instants in Vietnam's time zone", () => {
    // 18:30 UTC on 20 June is 01:30 on 21 June in Hà Nội.
    expect(formatDateTime(new Date("2025-06-20T18:30:00Z"), "vi")).toBe("01:30 21/6/25");
    expect(formatDate(new Date("2025-06-20T18:30:00Z"), "en")).toBe("21 Jun 2025");
  });
});
