import { afterAll, describe, expect, it } from "vitest";
import { loadTrackerUnits } from "../../lib/server/queries/committee-tracker";
import { sendDeadlineReminders } from "../../lib/server/services/reminders";
import { connectTestDb } from "./support";

const db = connectTestDb();
afterAll(async () => {
  await db.notification.deleteMany({ where: { kind: "DEADLINE_NEAR" } });
  await db.$disconnect();
});

describe("deadline reminders", () => {
  it("reminds the officers of every unit still owing the quarter when its deadline is near, once", async () => {
    const today = new Date("2025-06-18T00:00:00Z"); // two days before the 2025-Q2 deadline
    const period = await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2025, quarter: 2 } } });
    const owing = (await loadTrackerUnits(db, period, today)).filter((u) => u.due > 0 && ["NOT_STARTED", "DRAFT", "RETURNED"].includes(u.status));
    const officers = owing.flatMap((u) => u.officerIds).sort((a, b) => a - b);
    expect(officers.length).toBeGreaterThan(0);

    const before = await db.notification.count({ where: { kind: "DEADLINE_NEAR" } });
    expect(await sendDeadlineReminders(db, today)).toBe(officers.length);
    const notices = await db.notification.findMany({ where: { kind: "DEADLINE_NEAR" }, orderBy: { userId: "asc" } });
    expect(notices.length - before).toBe(officers.length);
    expect(notices.map((n) => n.userId)).toEqual(officers);
    expect(notices[0]?.title).toBe("Sắp đến hạn nộp báo cáo Quý II/2025");

    expect(await sendDeadlineReminders(db, today)).toBe(0);
  });

  it("sends nothing while the deadline is still more than three days away", async () => {
    expect(await sendDeadlineReminders(db, new Date("2025-06-10T00:00:00Z"))).toBe(0);
  });
});
