import { afterEach, describe, it, expect, vi } from "vitest";
import { getNow, getToday, parseIsoDate } from "../../lib/today";

describe("parseIsoDate", () => {
  it("parses a date to UTC midnight", () => {
    expect(parseIsoDate("2024-05-17")?.toISOString()).toBe("2024-05-17T00:00:00.000Z");
  });

  it("accepts a leap day in a leap year", () => {
    expect(parseIsoDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it("keeps two-digit years as written", () => {
    expect(parseIsoDate("0099-01-01")?.getUTCFullYear()).toBe(99);
  });

  it.each([
    "2024-02-30",
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-04-31",
    "2024-01-00",
    "2024-1-5",
    "2024/01/05",
    "2024-01-05T00:00:00Z",
    " 2024-01-05",
    "abc",
    "",
  ])("rejects %j", (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});

describe("getToday", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("uses APP_TODAY when set", () => {
    expect(getToday({ APP_TODAY: "2024-10-05" }).toISOString()).toBe("2024-10-05T00:00:00.000Z");
  });

  it("throws naming APP_TODAY when it is not a real date", () => {
    expect(() => getToday({ APP_TODAY: "2024-02-30" })).toThrow(/APP_TODAY.*"2024-02-30"/);
    expect(() => getToday({ APP_TODAY: "tomorrow" })).toThrow(/APP_TODAY/);
  });

  it("falls back to today's date in Vietnam (UTC+7) when APP_TODAY is unset or empty", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2025-03-31T16:45:10.123Z"));
    expect(getToday({}).toISOString()).toBe("2025-03-31T00:00:00.000Z");
    // 22:45 UTC is already 05:45 on 1 April in Hà Nội: a new quarter has begun there.
    vi.setSystemTime(new Date("2025-03-31T22:45:10.123Z"));
    expect(getToday({}).toISOString()).toBe("2025-04-01T00:00:00.000Z");
    expect(getToday({ APP_TODAY: "" }).toISOString()).toBe("2025-04-01T00:00:00.000Z");
  });

  it("stamps writes on the pinned day at the current time of day in Vietnam", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-28T03:15:00.000Z")); // 10:15 in Hà Nội
    expect(getNow({ APP_TODAY: "2025-06-16" }).toISOString()).toBe("2025-06-16T03:15:00.000Z");
    expect(getNow({}).toISOString()).toBe("2026-11-28T03:15:00.000Z");
  });

  it("reads process.env by default", () => {
    vi.stubEnv("APP_TODAY", "2023-12-31");
    try {
      expect(getToday().toISOString()).toBe("2023-12-31T00:00:00.000Z");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
