import "server-only";
import type { BandCounts, PublicTargetRow } from "@/lib/public-data";
import { quarterKey, quarterStart } from "@/lib/quarters";
import { getToday } from "@/lib/today";
import type { Db } from "../../db";
import { getLevelBoard, rankLevelBoard, scoreOwnTargets, summarise, validDuring, type LocalLevel } from "../level-board";
import { findLocalityByCode, isCurrent, type PublicLevel, type PublicLocalityType } from "./locality-ref";
import { localTargetRows } from "./locality-rows";
import { getPublicScoreboard } from "./scoreboard";

export interface PublicLocalityUnit {
  code: string;
  name: string;
  level: PublicLevel;
  type: PublicLocalityType;
  validTo: string | null;
  current: boolean;
}

export interface PublicLocality {
  code: string;
  name: string;
  level: PublicLevel;
  type: PublicLocalityType;
  population: number | null;
  validFrom: string;
  /** Exclusive end of validity (the first day the unit no longer exists); null while it exists. */
  validTo: string | null;
  current: boolean;
  parent: { code: string; name: string; level: PublicLevel } | null;
  /** Units below it, at every lower level (a district's communes; the province's districts and communes). */
  units: PublicLocalityUnit[];
  /** The latest approved quarter of its level (for a unit since abolished, the latest one it existed in). */
  period: string | null;
  rows: PublicTargetRow[];
  counts: BandCounts;
  summary: { targets: number; met: number; share: number | null; averageProgress: number | null };
  /** Its place among the units of its level in the same quarter, by the committee's rule; null for the province. */
  rank: { level: LocalLevel; rank: number | null; total: number } | null;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A locality as published: its own targets scored with approved values and its rank among its peers. The
 * province's own targets are the scoreboard's (getPublicScoreboard, same period and numbers), so the two
 * pages never disagree. Null for an unknown code.
 */
export async function getPublicLocality(db: Db, code: string, today: Date = getToday()): Promise<PublicLocality | null> {
  const locality = await findLocalityByCode(db, code, today);
  if (!locality) return null;
  const all = await db.locality.findMany({
    select: { id: true, code: true, name: true, level: true, type: true, parentId: true, validTo: true, validFrom: true },
    orderBy: [{ level: "asc" }, { code: "asc" }],
  });
  const units: PublicLocalityUnit[] = [];
  for (let frontier = [locality.id]; frontier.length > 0;) {
    const next = all.filter((l) => l.parentId !== null && frontier.includes(l.parentId));
    units.push(...next.map((l) => ({ code: l.code, name: l.name, level: l.level, type: l.type, validTo: l.validTo ? isoDay(l.validTo) : null, current: isCurrent(l, today) })));
    frontier = next.map((l) => l.id);
  }
  const base = {
    code: locality.code, name: locality.name, level: locality.level, type: locality.type, population: locality.population,
    validFrom: isoDay(locality.validFrom), validTo: locality.validTo ? isoDay(locality.validTo) : null, current: isCurrent(locality, today),
    parent: locality.parent, units,
  };

  if (locality.level === "PROVINCE") {
    const board = await getPublicScoreboard(db, null);
    const s = summarise(board.rows);
    return { ...base, period: board.period, rows: board.rows, counts: board.counts, summary: { targets: s.targets, met: s.met, share: s.share, averageProgress: s.averageProgress }, rank: null };
  }

  const level = locality.level;
  let board = await getLevelBoard(db, level, null, { indicatorCodes: [] });
  if (board.period && !validDuring(board.period)(locality)) {
    // An abolished unit is shown at the latest quarter it still existed in.
    const existed = board.periods.find((p) => validDuring(p)(locality));
    board = existed ? await getLevelBoard(db, level, quarterKey(existed), { indicatorCodes: [] }) : { ...board, period: null, rows: [] };
  }
  const period = board.period;
  if (!period) return { ...base, period: null, rows: [], counts: summarise([]).counts, summary: { targets: 0, met: 0, share: null, averageProgress: null }, rank: null };

  const ranked = rankLevelBoard(board);
  const mine = ranked.rows.find((r) => r.locality.id === locality.id);
  const scored = (await scoreOwnTargets(db, [locality.id], period, level)).get(locality.id)?.rows ?? [];
  const firstReported = board.periods.length > 0 ? quarterStart(board.periods[board.periods.length - 1] ?? period) : null;
  const rows = await localTargetRows(db, locality, scored, period, firstReported);
  const s = summarise(scored);
  return {
    ...base,
    period: quarterKey(period),
    rows,
    counts: s.counts,
    summary: { targets: s.targets, met: s.met, share: s.share, averageProgress: s.averageProgress },
    rank: { level, rank: mine?.rank ?? null, total: ranked.rows.length },
  };
}

/** Every unit of the map, current or not, for the open-data list. */
export async function getPublicLocalityList(db: Db, today: Date = getToday()) {
  const all = await db.locality.findMany({
    select: { code: true, name: true, level: true, type: true, population: true, validFrom: true, validTo: true, parent: { select: { code: true, name: true } } },
    orderBy: [{ level: "asc" }, { code: "asc" }, { validFrom: "asc" }],
  });
  return all.map((l) => ({
    code: l.code, name: l.name, level: l.level as PublicLevel, type: l.type as PublicLocalityType, population: l.population,
    parentCode: l.parent?.code ?? null, parentName: l.parent?.name ?? null,
    validFrom: isoDay(l.validFrom), validTo: l.validTo ? isoDay(l.validTo) : null, current: isCurrent(l, today),
  }));
}

export type PublicLocalityListItem = Awaited<ReturnType<typeof getPublicLocalityList>>[number];
