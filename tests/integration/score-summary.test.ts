import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../lib/server/prisma-client";
import { getLevelBoard } from "../../lib/server/queries/level-board";
import { saveTarget } from "../../lib/server/services/targets";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, viewerFor } from "./support";
import { expectScoresCurrent } from "./support-scores";

// The ranking and the heat map read the score summary; these tests prove it equals the live scoring of the approved
// values, after the seed and after a write that moves a score.

let db: PrismaClient;
let admin: Viewer;
const NOW = new Date("2025-06-16T03:00:00Z");

beforeAll(async () => {
  db = connectTestDb();
  admin = await viewerFor(db, "admin@demo.cds.vn");
});
afterAll(async () => {
  await db.$disconnect();
});

describe("the score summary", () => {
  it("equals the live scoring for every locality and quarter of the seed", async () => {
    expect(await expectScoresCurrent(db)).toBeGreaterThan(500);
  });

  it("follows a target change made through the admin service", async () => {
    const cell = await db.scoreCell.findFirstOrThrow({
      where: { band: "MET", targetId: { not: null }, comparator: "GTE", ytd: { gt: 0 } },
      orderBy: [{ periodId: "desc" }, { localityId: "asc" }],
    });
    const target = await db.target.findUniqueOrThrow({ where: { id: cell.targetId ?? -1 }, include: { locality: true } });
    const period = await db.reportingPeriod.findUniqueOrThrow({ where: { id: cell.periodId } });
    const input = (value: string) => ({
      indicatorId: String(target.indicatorId), localityId: String(target.localityId), year: String(target.year), value,
      comparator: target.comparator, baseline: target.baseline === null ? "" : String(target.baseline), deadline: "", leadAgencyId: target.leadAgencyId === null ? "" : String(target.leadAgencyId), note: target.note ?? "",
    });
    try {
      // Twice the year-to-date value cannot be met: the band must drop.
      await saveTarget(admin, input(String((cell.ytd ?? 0) * 2)), db, NOW);
      const moved = await db.scoreCell.findUniqueOrThrow({ where: { periodId_localityId_indicatorId: { periodId: cell.periodId, localityId: cell.localityId, indicatorId: cell.indicatorId } } });
      expect(moved.band).not.toBe("MET");
      expect(moved.progress).toBeLessThan(1);
      await expectScoresCurrent(db, [target.localityId]);
      if (target.locality.level !== "PROVINCE") {
        const board = await getLevelBoard(db, target.locality.level, `${period.year}-Q${period.quarter}`);
        const row = board.rows.find((r) => r.locality.id === target.localityId);
        expect(row?.cells.find((c) => c.band !== null && c.ytd === cell.ytd && c.target?.value === (cell.ytd ?? 0) * 2)).toBeDefined();
      }
    } finally {
      await saveTarget(admin, input(String(target.value)), db, NOW);
    }
    await expectScoresCurrent(db, [target.localityId]);
  });
});
