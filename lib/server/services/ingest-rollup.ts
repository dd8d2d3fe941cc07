import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { rollUp, type RollupResult } from "@/lib/rollup";
import type { Db } from "../db";

// The roll-up of ingested measurements into each cell's MeasuredValue (indicator × locality × period), set-based:
// a batch of thousands of cells costs a handful of statements, not a few per cell.

type Tx = Prisma.TransactionClient;

export interface CellKey { indicatorId: number; localityId: number; periodId: number }
export type CellRollup = RollupResult & { change: "created" | "changed" | "unchanged" };

export const cellId = (c: CellKey): string => `${c.indicatorId}|${c.localityId}|${c.periodId}`;

/** Only the key's three fields, once each: callers may pass richer objects, or a cell twice. */
const uniqueKeys = (cells: CellKey[]): CellKey[] =>
  [...new Map(cells.map((c) => [cellId(c), { indicatorId: c.indicatorId, localityId: c.localityId, periodId: c.periodId }])).values()];

/** A measurement as the roll-up reads it, with the position of its cell in the cells asked for. */
interface MeasurementRow { cell: number; id: number; measuredOn: Date | null; value: number | null; numerator: number | null; denominator: number | null; sourceSystemId: number; receivedAt: Date }

/**
 * Roll-ups of the cells from their measurements (those of batches up to `upToBatchId` when given); no writes.
 * A batch reads tens of thousands of measurements, so each row carries only what the roll-up uses: its cell's
 * position instead of the cell's key, and its figures as float8 (a DECIMAL(20, 4) gives the same number as
 * through its text, as toNumber does, without a Decimal object each).
 */
export async function computeCells(tx: Tx | Db, cells: CellKey[], upToBatchId?: number): Promise<Map<string, RollupResult>> {
  const results = new Map<string, RollupResult>();
  const keys = uniqueKeys(cells);
  if (keys.length === 0) return results;
  const [indicators, periods, rows] = await Promise.all([
    tx.indicator.findMany({ where: { id: { in: [...new Set(keys.map((c) => c.indicatorId))] } }, select: { id: true, kind: true } }),
    tx.reportingPeriod.findMany({ where: { id: { in: [...new Set(keys.map((c) => c.periodId))] } }, select: { id: true, year: true, quarter: true } }),
    tx.$queryRaw<MeasurementRow[]>`
      SELECT c.n::int AS "cell", m."id", m."measuredOn", m."sourceSystemId", m."receivedAt",
        m."value"::float8 AS "value", m."numerator"::float8 AS "numerator", m."denominator"::float8 AS "denominator"
      FROM unnest(${keys.map((c) => c.indicatorId)}::int[], ${keys.map((c) => c.localityId)}::int[], ${keys.map((c) => c.periodId)}::int[])
        WITH ORDINALITY AS c("indicatorId", "localityId", "periodId", n)
      JOIN "Measurement" m ON m."indicatorId" = c."indicatorId" AND m."localityId" = c."localityId" AND m."periodId" = c."periodId"
      ${upToBatchId === undefined ? Prisma.empty : Prisma.sql`WHERE m."batchId" <= ${upToBatchId}`}`,
  ]);
  const kindOf = new Map(indicators.map((i) => [i.id, i.kind]));
  const quarterOfPeriod = new Map(periods.map((p) => [p.id, { year: p.year, quarter: p.quarter as 1 | 2 | 3 | 4 }]));
  const byCell: MeasurementRow[][] = keys.map(() => []);
  for (const row of rows) byCell[row.cell - 1]?.push(row);
  keys.forEach((cell, i) => {
    const kind = kindOf.get(cell.indicatorId);
    const quarter = quarterOfPeriod.get(cell.periodId);
    const measurements = byCell[i] ?? [];
    if (kind && quarter && measurements.length > 0) results.set(cellId(cell), rollUp(kind, quarter, measurements));
  });
  return results;
}

/**
 * Re-computes the MeasuredValue of each cell from ALL its measurements and stores it (see rollUpCell). Cells
 * are locked (transaction-scoped advisory locks, in a fixed order) before reading, so two batches touching the
 * same cell cannot each store a roll-up that misses the other's measurements.
 */
export async function rollUpCells(tx: Tx, cells: CellKey[]): Promise<Map<string, CellRollup>> {
  const unique = uniqueKeys(cells);
  const keys = unique.map((c) => `measured-value:${cellId(c)}`).sort();
  if (keys.length > 0) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(${keys}::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n`;
  const computed = await computeCells(tx, unique);
  const changes = await storeMeasuredValues(tx, unique.flatMap((cell) => {
    const result = computed.get(cellId(cell));
    return result ? [{ cell, result }] : [];
  }));
  const stored = new Map<string, CellRollup>();
  for (const cell of unique) {
    const result = computed.get(cellId(cell));
    if (result) stored.set(cellId(cell), { ...result, change: changes.get(cellId(cell)) ?? "unchanged" });
  }
  return stored;
}

/** A number as numeric input text (values carry four decimals at most, so no precision is lost). */
export const decimalText = (n: number | null): string | null => (n === null ? null : String(n));
/** UTC wall-clock time, the way Prisma stores a DateTime in a `timestamp(3)` column. */
export const timestampText = (d: Date): string => d.toISOString().replace("T", " ").replace("Z", "");

/**
 * Upserts the cells' figures in one statement and tells, per cell, whether its MeasuredValue was created,
 * changed (value, numerator or denominator differ: the committee's approval no longer holds, so it is reset
 * to PENDING) or unchanged (status kept). `before` reads the rows as they were when the statement began.
 */
async function storeMeasuredValues(tx: Tx, entries: { cell: CellKey; result: RollupResult }[]): Promise<Map<string, CellRollup["change"]>> {
  const writable = entries.flatMap(({ cell, result }) =>
    (result.sourceSystemId === null || result.lastMeasuredAt === null ? [] : [{ cell, result, sourceSystemId: result.sourceSystemId, at: result.lastMeasuredAt }]));
  const changes = new Map<string, CellRollup["change"]>();
  if (writable.length === 0) return changes;
  const column = <T>(pick: (entry: (typeof writable)[number]) => T): T[] => writable.map(pick);
  const rows = await tx.$queryRaw<(CellKey & { created: boolean; changed: boolean })[]>`
    WITH v AS (
      SELECT * FROM unnest(
        ${column((e) => e.cell.indicatorId)}::int[], ${column((e) => e.cell.localityId)}::int[], ${column((e) => e.cell.periodId)}::int[],
        ${column((e) => decimalText(e.result.value))}::numeric(20,4)[], ${column((e) => decimalText(e.result.numerator))}::numeric(20,4)[],
        ${column((e) => decimalText(e.result.denominator))}::numeric(20,4)[], ${column((e) => e.result.measurementCount)}::int[],
        ${column((e) => e.sourceSystemId)}::int[], ${column((e) => timestampText(e.at))}::timestamp(3)[]
      ) AS v("indicatorId", "localityId", "periodId", "value", "numerator", "denominator", "measurementCount", "sourceSystemId", "lastMeasuredAt")
    ),
    before AS (
      SELECT mv."indicatorId", mv."localityId", mv."periodId", mv."value", mv."numerator", mv."denominator"
      FROM "MeasuredValue" mv JOIN v USING ("indicatorId", "localityId", "periodId")
    ),
    upserted AS (
      INSERT INTO "MeasuredValue" ("indicatorId", "localityId", "periodId", "value", "numerator", "denominator", "measurementCount", "sourceSystemId", "lastMeasuredAt")
      SELECT * FROM v
      ON CONFLICT ("indicatorId", "localityId", "periodId") DO UPDATE SET
        "value" = EXCLUDED."value", "numerator" = EXCLUDED."numerator", "denominator" = EXCLUDED."denominator",
        "measurementCount" = EXCLUDED."measurementCount", "sourceSystemId" = EXCLUDED."sourceSystemId", "lastMeasuredAt" = EXCLUDED."lastMeasuredAt",
        ${resetWhenChanged("status", Prisma.sql`'PENDING'::"MeasuredStatus"`)},
        ${resetWhenChanged("approvedAt", Prisma.sql`NULL`)}, ${resetWhenChanged("approvedById", Prisma.sql`NULL`)}
      RETURNING 1
    )
    SELECT v."indicatorId", v."localityId", v."periodId", before."indicatorId" IS NULL AS created,
      (before."value", before."numerator", before."denominator") IS DISTINCT FROM (v."value", v."numerator", v."denominator") AS changed
    FROM v LEFT JOIN before USING ("indicatorId", "localityId", "periodId")`;
  for (const row of rows) changes.set(cellId(row), row.created ? "created" : row.changed ? "changed" : "unchanged");
  return changes;
}

/** The committee approved a different number: a changed figure needs approving again. */
function resetWhenChanged(column: string, reset: Prisma.Sql): Prisma.Sql {
  const own = Prisma.raw(`"MeasuredValue"."${column}"`);
  return Prisma.sql`${Prisma.raw(`"${column}"`)} = CASE
    WHEN ("MeasuredValue"."value", "MeasuredValue"."numerator", "MeasuredValue"."denominator")
      IS DISTINCT FROM (EXCLUDED."value", EXCLUDED."numerator", EXCLUDED."denominator") THEN ${reset} ELSE ${own} END`;
}

/**
 * The measured figure of one cell (indicator × locality × reporting period), re-computed from all its
 * measurements (lib/rollup.ts rules) and stored in MeasuredValue; returns the roll-up (value, method,
 * measurementCount, change) or null when the cell has no measurement (then nothing is written).
 * - Call it with a transaction client, inside the transaction that changed the cell's measurements.
 * - A changed figure (value, numerator or denominator) resets the MeasuredValue to PENDING and clears its
 *   approval; an unchanged figure keeps its status.
 * - It never writes ActualRevision and never approves: publication is the committee's step.
 */
export async function rollUpCell(tx: Tx, indicatorId: number, localityId: number, periodId: number): Promise<CellRollup | null> {
  const cell = { indicatorId, localityId, periodId };
  return (await rollUpCells(tx, [cell])).get(cellId(cell)) ?? null;
}
