import { describe, expect, it } from "vitest";
import { countTaskStatuses, effectiveTaskStatus, isDueWithin, isTaskOpen } from "../../lib/tasks";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("effectiveTaskStatus", () => {
  it("is overdue once today is past the deadline and the task is still open", () => {
    expect(effectiveTaskStatus("IN_PROGRESS", d("2025-06-15"), d("2025-06-16"))).toBe("OVERDUE");
    expect(effectiveTaskStatus("NOT_STARTED", d("2025-03-31"), d("2025-06-16"))).toBe("OVERDUE");
  });

  it("is not overdue on the deadline day itself, nor before", () => {
    expect(effectiveTaskStatus("IN_PROGRESS", d("2025-06-16"), d("2025-06-16"))).toBe("IN_PROGRESS");
    expect(effectiveTaskStatus("NOT_STARTED", d("2025-12-31"), d("2025-06-16"))).toBe("NOT_STARTED");
  });

  it("never calls a done or cancelled task overdue", () => {
    expect(effectiveTaskStatus("DONE", d("2024-12-31"), d("2025-06-16"))).toBe("DONE");
    expect(effectiveTaskStatus("CANCELLED", d("2024-12-31"), d("2025-06-16"))).toBe("CANCELLED");
  });

  it("follows the application's today, not the wall clock", () => {
    expect(effectiveTaskStatus("IN_PROGRESS", d("2025-06-30"), d("2025-07-01"))).toBe("OVERDUE");
    expect(effectiveTaskStatus("IN_PROGRESS", d("2025-06-30"), d("2025-06-30"))).toBe("IN_PROGRESS");
  });
});

describe("task helpers", () => {
  it("counts statuses and tells open ones", () => {
    expect(countTaskStatuses(["OVERDUE", "DONE", "OVERDUE"])).toEqual({ NOT_STARTED: 0, IN_PROGRESS: 0, OVERDUE: 2, DONE: 1, CANCELLED: 0 });
    expect((["OVERDUE", "IN_PROGRESS", "DONE", "CANCELLED"] as const).map(isTaskOpen)).toEqual([true, true, false, false]);
  });

  it("knows what falls due within a quarter", () => {
    expect(isDueWithin(d("2025-06-30"), d("2025-04-01"), d("2025-06-30"))).toBe(true);
    expect(isDueWithin(d("2025-07-01"), d("2025-04-01"), d("2025-06-30"))).toBe(false);
  });
});
