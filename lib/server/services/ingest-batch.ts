import "server-only";
import { quarterKey } from "@/lib/quarters";
import type { RollupResult } from "@/lib/rollup";
import type { RowError } from "@/lib/schemas/ingest";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { cellId, computeCells, decimalText, rollUpCells, timestampText, type CellKey } from "./ingest-rollup";
import { isoDay, type ResolvedRow } from "./ingest-rows";

// Writing an accepted batch (its rows, the roll-up of every cell it touched, one audit row) and answering a
// replay of it with the figures it produced.

type Tx = Prisma.TransactionClient;

export interface IngestQuarter { indicator: string; locality: string; period: string; value: number | null; measurementCount: number }
export type IngestBody =
  | { batchId: number; accepted: number; replayed: boolean; quarters: IngestQuarter[] }
  | { error: string; message: string; rows?: RowError[] };

export interface BatchMeta { tokenId: number; tokenPrefix: string; sourceSystemId: number; idempotencyKey: string; requestHash: string }

/** One transaction: the batch, its measurements, the roll-up of every touched cell, one audit row. */
export async function writeBatch(db: Db, meta: BatchMeta, rows: ResolvedRow[], now: Date): Promise<IngestBody> {
  return db.$transaction(async (tx) => {
    const batch = await tx.ingestBatch.create({
      data: { tokenId: meta.tokenId, idempotencyKey: meta.idempotencyKey, requestHash: meta.requestHash, rowCount: rows.length, createdAt: now },
    });
    await insertMeasurements(tx, rows, { sourceSystemId: meta.sourceSystemId, batchId: batch.id, receivedAt: now });
    const cells = uniqueCells(rows);
    const results = await rollUpCells(tx, cells);
    const quarters = cells.map((c) => quarterAnswer(c, results.get(cellId(c))));
    await writeAudit(tx, [{
      actorId: null, action: "ingest.batch", entity: "IngestBatch", entityId: batch.id,
      after: {
        sourceSystemId: meta.sourceSystemId, tokenPrefix: meta.tokenPrefix, accepted: rows.length, cells: cells.length,
        pendingAgain: [...results.values()].filter((r) => r.change === "changed").length,
        created: [...results.values()].filter((r) => r.change === "created").length,
      },
    }], now);
    return { batchId: batch.id, accepted: rows.length, replayed: false, quarters };
  }, { maxWait: 10_000, timeout: 60_000 });
}

/**
 * The rows in one INSERT over parallel arrays (a VALUES list would need ten parameters a row), in the batch's
 * order: ids break ties between measurements received together, the later row winning.
 */
async function insertMeasurements(tx: Tx, rows: ResolvedRow[], batch: { sourceSystemId: number; batchId: number; receivedAt: Date }): Promise<void> {
  const column = <T>(pick: (row: ResolvedRow) => T): T[] => rows.map(pick);
  await tx.$executeRaw`
    INSERT INTO "Measurement" ("indicatorId", "localityId", "periodId", "measuredOn", "value", "numerator", "denominator", "sourceSystemId", "batchId", "receivedAt")
    SELECT r."indicatorId", r."localityId", r."periodId", r."measuredOn", r."value", r."numerator", r."denominator",
      ${batch.sourceSystemId}::int, ${batch.batchId}::int, ${timestampText(batch.receivedAt)}::timestamp(3)
    FROM unnest(
      ${column((r) => r.indicatorId)}::int[], ${column((r) => r.localityId)}::int[], ${column((r) => r.periodId)}::int[],
      ${column((r) => (r.measuredOn ? isoDay(r.measuredOn) : null))}::date[], ${column((r) => decimalText(r.value))}::numeric[],
      ${column((r) => decimalText(r.numerator))}::numeric[], ${column((r) => decimalText(r.denominator))}::numeric[]
    ) WITH ORDINALITY AS r("indicatorId", "localityId", "periodId", "measuredOn", "value", "numerator", "denominator", n)
    ORDER BY r.n`;
}

interface NamedCell extends CellKey { indicator: string; locality: string; period: string }

function uniqueCells(rows: ResolvedRow[]): NamedCell[] {
  const cells = rows.map((r) => ({ indicatorId: r.indicatorId, localityId: r.localityId, periodId: r.periodId, indicator: r.indicatorCode, locality: r.localityCodeOut, period: quarterKey(r.quarter) }));
  return [...new Map(cells.map((c) => [cellId(c), c])).values()];
}

const quarterAnswer = (c: NamedCell, r: RollupResult | undefined): IngestQuarter =>
  ({ indicator: c.indicator, locality: c.locality, period: c.period, value: r?.value ?? null, measurementCount: r?.measurementCount ?? 0 });

/** The figures the batch produced when it was accepted: its cells rolled up from measurements up to it. */
export async function replayQuarters(db: Db, batchId: number): Promise<IngestQuarter[]> {
  const rows = await db.measurement.findMany({
    where: { batchId }, orderBy: { id: "asc" },
    select: { indicatorId: true, localityId: true, periodId: true, indicator: { select: { code: true } }, locality: { select: { code: true } }, period: { select: { year: true, quarter: true } } },
  });
  const cells = [...new Map(rows.map((r) => [cellId(r), {
    indicatorId: r.indicatorId, localityId: r.localityId, periodId: r.periodId, indicator: r.indicator.code, locality: r.locality.code,
    period: `${r.period.year}-Q${r.period.quarter}`,
  }])).values()];
  const results = await computeCells(db, cells, batchId);
  return cells.map((c) => quarterAnswer(c, results.get(cellId(c))));
}
