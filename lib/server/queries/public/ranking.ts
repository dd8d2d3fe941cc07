import "server-only";
import type { BandCounts } from "@/lib/public-data";
import { quarterKey } from "@/lib/quarters";
import type { Db } from "../../db";
import { getLevelBoard, rankLevelBoard, type LocalLevel } from "../level-board";

export interface PublicRankingRow {
  /** Shared by ties ("1, 2, 2, 4"); null for a unit without targets, listed last. */
  rank: number | null;
  code: string;
  name: string;
  parentCode: string | null;
  parentName: string | null;
  targets: number;
  met: number;
  /** Share of its own targets met, 0..1. */
  share: number | null;
  /** Mean progress with each target capped at 100%, 0..1: the tie-breaker. */
  averageProgress: number | null;
  counts: BandCounts;
}

export interface PublicLevelRanking {
  level: LocalLevel;
  /** Quarters with approved values at this level, newest first. */
  periods: string[];
  period: string | null;
  rows: PublicRankingRow[];
}

export interface PublicRanking { levels: PublicLevelRanking[] }

/** One level ranked by the committee's rule (level-board.ts), so public and committee ranks are identical. */
export async function getPublicLevelRanking(db: Db, level: LocalLevel, periodKey: string | null): Promise<PublicLevelRanking> {
  const ranked = rankLevelBoard(await getLevelBoard(db, level, periodKey, { indicatorCodes: [] }));
  return {
    level,
    periods: ranked.periods.map(quarterKey),
    period: ranked.period ? quarterKey(ranked.period) : null,
    rows: ranked.rows.map((r) => ({
      rank: r.rank,
      code: r.locality.code,
      name: r.locality.name,
      parentCode: r.locality.parentCode,
      parentName: r.locality.parentName,
      targets: r.targets,
      met: r.met,
      share: r.share,
      averageProgress: r.averageProgress,
      counts: r.counts,
    })),
  };
}

/**
 * The public ranking: communes, and districts while they existed (their last approved quarter precedes the
 * abolition of 1 July 2025, so they drop out on their own once no approved district quarter remains), each at
 * the latest approved quarter of its level. With `only`, one level at one quarter.
 */
export async function getPublicRanking(db: Db, only: { level: LocalLevel; period: string } | null = null): Promise<PublicRanking> {
  if (only) return { levels: [await getPublicLevelRanking(db, only.level, only.period)] };
  const levels = await Promise.all((["COMMUNE", "DISTRICT"] as const).map((level) => getPublicLevelRanking(db, level, null)));
  return { levels: levels.filter((l) => l.period !== null && l.rows.length > 0) };
}
