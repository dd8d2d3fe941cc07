import { expect } from "vitest";
import type { PrismaClient } from "../../lib/server/prisma-client";
import { scoreOwnTargets, summarise, type Level } from "../../lib/server/queries/level-board";

/**
 * Asserts that the score summary (ScoreCell, LocalityScore) equals the live scoring (scoreOwnTargets, which reads the
 * approved revisions directly) for these localities — all of them when none are named — in every reporting period.
 */
export async function expectScoresCurrent(db: PrismaClient, localityIds?: number[]): Promise<number> {
  const [periods, localities] = await Promise.all([
    db.reportingPeriod.findMany({ select: { id: true, year: true, quarter: true }, orderBy: [{ year: "asc" }, { quarter: "asc" }] }),
    db.locality.findMany({ where: localityIds ? { id: { in: localityIds } } : {}, select: { id: true, level: true } }),
  ]);
  let compared = 0;
  for (const period of periods) {
    const quarter = { year: period.year, quarter: period.quarter as 1 | 2 | 3 | 4 };
    const [scores, cells] = await Promise.all([
      db.localityScore.findMany({ where: { periodId: period.id, localityId: { in: localities.map((l) => l.id) } } }),
      db.scoreCell.findMany({ where: { periodId: period.id, localityId: { in: localities.map((l) => l.id) }, targetId: { not: null } } }),
    ]);
    const approved = await db.actual.groupBy({ by: ["localityId"], where: { periodId: period.id, publishedRevision: { not: null } }, _count: { _all: true } });
    for (const level of ["PROVINCE", "DISTRICT", "COMMUNE"] as Level[]) {
      const ids = localities.filter((l) => l.level === level).map((l) => l.id);
      if (ids.length === 0) continue;
      const live = await scoreOwnTargets(db, ids, quarter, level);
      for (const id of ids) {
        const rows = live.get(id)?.rows ?? [];
        const stored = scores.find((s) => s.localityId === id);
        const expected = summarise(rows);
        const label = `locality ${id} ${period.year}-Q${period.quarter}`;
        expect(stored?.approvedValues ?? 0, `${label} approved values`).toBe(approved.find((a) => a.localityId === id)?._count._all ?? 0);
        if (rows.length === 0) expect(stored?.targets ?? 0, label).toBe(0);
        else {
          expect({ targets: stored?.targets, met: stored?.met, noData: stored?.noData, below: stored?.belowFifty }, label)
            .toEqual({ targets: expected.targets, met: expected.counts.MET, noData: expected.counts.NO_DATA, below: expected.counts.BELOW_50 });
          expect(stored?.averageProgress ?? null, label).toBeCloseTo(expected.averageProgress ?? 0, 9);
        }
        for (const row of rows) {
          const cell = cells.find((c) => c.localityId === id && c.targetId === row.targetId);
          expect({ band: cell?.band, ytd: cell?.ytd ?? null, progress: cell?.progress ?? null }, `${label} target ${row.targetId}`)
            .toEqual({ band: row.band, ytd: row.ytd, progress: row.progress });
          compared += 1;
        }
      }
    }
  }
  return compared;
}
