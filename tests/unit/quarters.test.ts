import { describe, it, expect } from "vitest";
import {
  compareQuarters,
  defaultDeadline,
  formatQuarter,
  isLastQuarterOfYear,
  nextQuarter,
  parseQuarterKey,
  previousQuarter,
  quarterEnd,
  quarterKey,
  quarterOf,
  quarterStart,
  quartersBetween,
  quartersOfYearUpTo,
} from "../../lib/quarters";

const utc = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

describe("quarterOf", () => {
  it.each([
    [utc(2024, 1, 1), 1],
    [utc(2024, 3, 31), 1],
    [utc(2024, 4, 1), 2],
    [utc(2024, 6, 30), 2],
    [utc(2024, 7, 1), 3],
    [utc(2024, 9, 30), 3],
    [utc(2024, 10, 1), 4],
    [utc(2024, 12, 31), 4],
  ])("%s is in quarter %d", (date, quarter) => {
    expect(quarterOf(date)).toEqual({ year: 2024, quarter });
  });

  it("reads the UTC calendar date, not the local one", () => {
    expect(quarterOf(new Date("2024-03-31T23:30:00Z"))).toEqual({ year: 2024, quarter: 1 });
    expect(quarterOf(new Date("2025-01-01T00:00:00Z"))).toEqual({ year: 2025, quarter: 1 });
  });
});

describe("quarterStart and quarterEnd", () => {
  it("give UTC midnight of the first and last day", () => {
    expect(quarterStart({ year: 2024, quarter: 1 }).toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(quarterEnd({ year: 2024, quarter: 1 }).toISOString()).toBe("2024-03-31T00:00:00.000Z");
    expect(quarterStart({ year: 2024, quarter: 2 }).toISOString()).toBe("2024-04-01T00:00:00.000Z");
    expect(quarterEnd({ year: 2024, quarter: 2 }).toISOString()).toBe("2024-06-30T00:00:00.000Z");
    expect(quarterStart({ year: 2024, quarter: 3 }).toISOString()).toBe("2024-07-01T00:00:00.000Z");
    expect(quarterEnd({ year: 2024, quarter: 3 }).toISOString()).toBe("2024-09-30T00:00:00.000Z");
    expect(quarterStart({ year: 2024, quarter: 4 }).toISOString()).toBe("2024-10-01T00:00:00.000Z");
    expect(quarterEnd({ year: 2024, quarter: 4 }).toISOString()).toBe("2024-12-31T00:00:00.000Z");
  });

  it("round-trip through quarterOf", () => {
    const q = { year: 2025, quarter: 3 } as const;
    expect(quarterOf(quarterStart(q))).toEqual(q);
    expect(quarterOf(quarterEnd(q))).toEqual(q);
  });
});

describe("previousQuarter and nextQuarter", () => {
  it("step within a year", () => {
    expect(previousQuarter({ year: 2024, quarter: 3 })).toEqual({ year: 2024, quarter: 2 });
    expect(nextQuarter({ year: 2024, quarter: 2 })).toEqual({ year: 2024, quarter: 3 });
  });

  it("cross the year boundary", () => {
    expect(previousQuarter({ year: 2024, quarter: 1 })).toEqual({ year: 2023, quarter: 4 });
    expect(nextQuarter({ year: 2024, quarter: 4 })).toEqual({ year: 2025, quarter: 1 });
  });
});

describe("compareQuarters", () => {
  it("orders by year, then quarter", () => {
    expect(compareQuarters({ year: 2024, quarter: 1 }, { year: 2024, quarter: 1 })).toBe(0);
    expect(compareQuarters({ year: 2024, quarter: 1 }, { year: 2024, quarter: 3 })).toBe(-2);
    expect(compareQuarters({ year: 2025, quarter: 1 }, { year: 2024, quarter: 4 })).toBe(1);
    expect(compareQuarters({ year: 2023, quarter: 4 }, { year: 2024, quarter: 1 })).toBe(-1);
  });

  it("sorts an array ascending", () => {
    const sorted = [
      { year: 2024, quarter: 2 },
      { year: 2023, quarter: 4 },
      { year: 2024, quarter: 1 },
    ] as const;
    expect([...sorted].sort(compareQuarters).map(quarterKey)).toEqual(["2023-Q4", "2024-Q1", "2024-Q2"]);
  });
});

describe("quarterKey and parseQuarterKey", () => {
  it("formats and parses a key", () => {
    expect(quarterKey({ year: 2024, quarter: 1 })).toBe("2024-Q1");
    expect(parseQuarterKey("2024-Q1")).toEqual({ year: 2024, quarter: 1 });
    expect(parseQuarterKey("2025-Q4")).toEqual({ year: 2025, quarter: 4 });
  });

  it("accepts the year range bounds", () => {
    expect(parseQuarterKey("2000-Q1")).toEqual({ year: 2000, quarter: 1 });
    expect(parseQuarterKey("2100-Q4")).toEqual({ year: 2100, quarter: 4 });
  });

  it.each(["2024-Q5", "2024-Q0", "abc", "", "2024-q1", "2024Q1", " 2024-Q1", "2024-Q1 ", "1999-Q4", "2101-Q1", "24-Q1", "2024-Q12"])(
    "rejects %j",
    (key) => {
      expect(parseQuarterKey(key)).toBeNull();
    },
  );
});

describe("quartersOfYearUpTo and quartersBetween", () => {
  it("lists Q1 up to the given quarter", () => {
    expect(quartersOfYearUpTo({ year: 2024, quarter: 3 }).map(quarterKey)).toEqual(["2024-Q1", "2024-Q2", "2024-Q3"]);
    expect(quartersOfYearUpTo({ year: 2024, quarter: 1 }).map(quarterKey)).toEqual(["2024-Q1"]);
  });

  it("lists an inclusive range across years", () => {
    expect(quartersBetween({ year: 2023, quarter: 3 }, { year: 2024, quarter: 2 }).map(quarterKey)).toEqual([
      "2023-Q3",
      "2023-Q4",
      "2024-Q1",
      "2024-Q2",
    ]);
  });

  it("gives a single quarter when from equals to, and none when reversed", () => {
    expect(quartersBetween({ year: 2024, quarter: 2 }, { year: 2024, quarter: 2 })).toEqual([{ year: 2024, quarter: 2 }]);
    expect(quartersBetween({ year: 2024, quarter: 3 }, { year: 2024, quarter: 2 })).toEqual([]);
  });
});

describe("defaultDeadline", () => {
  it("is the 20th of the quarter's last month at UTC midnight", () => {
    expect(defaultDeadline({ year: 2024, quarter: 1 }).toISOString()).toBe("2024-03-20T00:00:00.000Z");
    expect(defaultDeadline({ year: 2024, quarter: 2 }).toISOString()).toBe("2024-06-20T00:00:00.000Z");
    expect(defaultDeadline({ year: 2024, quarter: 3 }).toISOString()).toBe("2024-09-20T00:00:00.000Z");
    expect(defaultDeadline({ year: 2024, quarter: 4 }).toISOString()).toBe("2024-12-20T00:00:00.000Z");
  });
});

describe("formatQuarter", () => {
  it("uses Roman numerals in Vietnamese", () => {
    expect(formatQuarter({ year: 2024, quarter: 1 }, "vi")).toBe("Quý I/2024");
    expect(formatQuarter({ year: 2024, quarter: 2 }, "vi")).toBe("Quý II/2024");
    expect(formatQuarter({ year: 2024, quarter: 3 }, "vi")).toBe("Quý III/2024");
    expect(formatQuarter({ year: 2024, quarter: 4 }, "vi")).toBe("Quý IV/2024");
  });

  it("uses Q-numbers in English", () => {
    expect(formatQuarter({ year: 2024, quarter: 1 }, "en")).toBe("Q1 2024");
    expect(formatQuarter({ year: 2025, quarter: 4 }, "en")).toBe("Q4 2025");
  });
});

describe("isLastQuarterOfYear", () => {
  it("is true only for Q4", () => {
    expect(isLastQuarterOfYear({ year: 2024, quarter: 4 })).toBe(true);
    expect(isLastQuarterOfYear({ year: 2024, quarter: 3 })).toBe(false);
    expect(isLastQuarterOfYear({ year: 2024, quarter: 1 })).toBe(false);
  });
});
