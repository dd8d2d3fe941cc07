import { afterAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { getProvinceScoreboard } from "../../lib/server/queries/scoreboard";
import { connectTestDb } from "./support";

const db = connectTestDb();
afterAll(() => db.$disconnect());

describe("seeded demo province", () => {
  it("reproduces the Q1 2024 review: 24 targets — 7 met, 9 at ≥ 70%, 6 at 50–70%, 2 below 50%", async () => {
    const board = await getProvinceScoreboard(db, "2024-Q1");
    expect(board.period).toEqual({ year: 2024, quarter: 1 });
    expect(board.rows).toHaveLength(24);
    expect(board.counts).toEqual({ MET: 7, ABOVE_70: 9, FROM_50_TO_70: 6, BELOW_50: 2, NO_DATA: 0 });
  });

  it("carries the published highlights, e.g. documents processed fully online 97% against 95%", async () => {
    const board = await getProvinceScoreboard(db, "2024-Q1");
    const highlights = board.rows.map((r) => [r.ytd, r.targetValue, r.band]);
    expect(highlights).toContainEqual([97, 95, "MET"]); // documents fully online
    expect(highlights).toContainEqual([30, 10, "MET"]); // procedure time cut
    expect(highlights).toContainEqual([82, 80, "MET"]); // adults with smartphones
    expect(highlights).toContainEqual([95, 95, "MET"]); // electronic health records
    expect(highlights).toContainEqual([45, 40, "MET"]); // e-payment accounts
    expect(board.rows.every((r) => r.approval !== null)).toBe(true);
  });

  it("is idempotent: seeding again adds and changes nothing", async () => {
    const count = async () => ({
      localities: await db.locality.count(),
      indicators: await db.indicator.count(),
      targets: await db.target.count(),
      submissions: await db.submission.count(),
      actuals: await db.actual.count(),
      revisions: await db.actualRevision.count(),
      users: await db.user.count(),
    });
    const before = await count();
    await seedDatabase(db);
    expect(await count()).toEqual(before);
    expect(before.localities).toBeGreaterThanOrEqual(26);
  });
});

describe("public default period", () => {
  it("is the latest quarter whose provincial reports are all approved, among the quarters begun by today", async () => {
    const before = await getProvinceScoreboard(db, null, new Date("2025-06-16T00:00:00Z"));
    expect(before.period).toEqual({ year: 2025, quarter: 1 });
    expect(before.periods[0]).toEqual({ year: 2025, quarter: 2 });
    // The demo's today: 2026-Q3 is being reported, so 2026-Q2 is the latest complete quarter.
    const demo = await getProvinceScoreboard(db, null, new Date("2026-09-15T00:00:00Z"));
    expect(demo.period).toEqual({ year: 2026, quarter: 2 });
    expect(demo.periods[0]).toEqual({ year: 2026, quarter: 3 });
  });
});
