import { describe, expect, it } from "vitest";
import { overdueTaskItem, taskCountSentence } from "../../lib/brief-tasks";

describe("brief task sentences", () => {
  it("states the task counts per status, leaving out empty ones", () => {
    expect(taskCountSentence({ total: 5, counts: { NOT_STARTED: 0, IN_PROGRESS: 2, OVERDUE: 2, DONE: 1, CANCELLED: 0 }, overdue: [] })).toBe(
      "Về các nhiệm vụ theo kế hoạch và kết luận của Ban Chỉ đạo: tổng số 5 nhiệm vụ, trong đó 1 hoàn thành, 2 đang thực hiện, 2 quá hạn.",
    );
    expect(taskCountSentence({ total: 0, counts: { NOT_STARTED: 0, IN_PROGRESS: 0, OVERDUE: 0, DONE: 0, CANCELLED: 0 }, overdue: [] })).toBe(
      "Chưa có nhiệm vụ nào được giao trên hệ thống.",
    );
  });

  it("lists an overdue task with its lead agency, deadline and delay", () => {
    expect(overdueTaskItem({ title: "Đánh giá mô hình xã nông thôn mới thông minh", leadAgency: "Sở Nông nghiệp", deadline: new Date("2025-03-31T00:00:00Z"), daysOverdue: 77 }))
      .toBe("Đánh giá mô hình xã nông thôn mới thông minh (Sở Nông nghiệp chủ trì; thời hạn 31/03/2025, đã quá hạn 77 ngày).");
  });
});
