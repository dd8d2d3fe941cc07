import { describe, expect, it } from "vitest";
import { daysUntil, endOfDeadlineDay, isLate } from "../../lib/deadlines";

const deadline = new Date("2025-06-20T00:00:00Z");

describe("deadlines", () => {
  it("ends the deadline day at midnight in Vietnam", () => {
    expect(endOfDeadlineDay(deadline).toISOString()).toBe("2025-06-20T16:59:59.999Z");
  });

  it("counts a submission late only after the deadline day ends in Vietnam", () => {
    expect(isLate(deadline, new Date("2025-06-20T16:30:00Z"), deadline)).toBe(false);
    expect(isLate(deadline, new Date("2025-06-20T17:00:00Z"), deadline)).toBe(true);
  });

  it("counts an unsent submission late once today is past the deadline", () => {
    expect(isLate(deadline, null, new Date("2025-06-20T00:00:00Z"))).toBe(false);
    expect(isLate(deadline, null, new Date("2025-06-21T00:00:00Z"))).toBe(true);
  });

  it("counts days to the deadline", () => {
    expect(daysUntil(deadline, new Date("2025-06-16T00:00:00Z"))).toBe(4);
    expect(daysUntil(deadline, new Date("2025-06-23T00:00:00Z"))).toBe(-3);
  });
});
