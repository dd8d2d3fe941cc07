import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { quarterKey, quarterStart } from "@/lib/quarters";
import { rollUp, type RollupResult } from "@/lib/rollup";
import { IDEMPOTENCY_KEY_PATTERN, parseIngestBody, type IngestRow, type RowError } from "@/lib/schemas/ingest";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { toNumber } from "../decimal";
import { SlidingWindowRateLimiter } from "../rate-limit";
import { hashApiToken } from "./source-systems";

// Machine ingestion (POST /api/ingest/v1/measurements): a source system's token, its scope, an idempotent
// all-or-nothing batch, and the roll-up of every touched cell into MeasuredValue. The answer is a plain
// { status, body, headers } so the route stays a wrapper and tests call this with a real database.

type Tx = Prisma.TransactionClient;

export interface IngestQuarter { indicator: string; locality: string; period: string; value: number | null; measurementCount: number }
export type IngestBody =
  | { batchId: number; accepted: number; replayed: boolean; quarters: IngestQuarter[] }
  | { error: string; message: string; rows?: RowError[] };
export interface IngestAnswer { status: number; body: IngestBody; headers: Record<string, string> }

/** 60 batches per token per minute; one process-wide limiter, replaced in tests by one with its own clock. */
const defaultLimiter = new SlidingWindowRateLimiter({ limit: 60, windowMs: 60_000 });

const TOKEN_SHAPE = /^cds_[A-Za-z0-9_-]{40}$/;
const fail = (status: number, error: string, message: string, extra: { rows?: RowError[]; headers?: Record<string, string> } = {}): IngestAnswer =>
  ({ status, body: extra.rows ? { error, message, rows: extra.rows } : { error, message }, headers: extra.headers ?? {} });
const UNAUTHORIZED = "Mã truy cập không hợp lệ, đã bị thu hồi, hoặc hệ thống nguồn đang bị tạm dừng. Gửi tiêu đề Authorization: Bearer <mã truy cập>.";

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1] ?? null;
}

/** A stable hash of a JSON body: key order does not matter, so a re-serialised retry still matches. */
export function hashBody(body: unknown): string {
  return createHash("sha256").update(JSON.stringify(canonical(body)) ?? "").digest("hex");
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item)]));
}

/**
 * One batch from a source system, in this order: the token (401), its rate (429), the Idempotency-Key (400),
 * the body's envelope (422), a retry of an earlier batch (200 replayed, or 409 for another body), every row
 * (422 naming each bad row; nothing written), then the batch in one transaction (201).
 * `options.limiter` lets a test use its own limit and clock.
 */
export async function ingestMeasurements(
  auth: { token: string | null }, idempotencyKey: string | null, rawBody: unknown, db: Db, now: Date,
  options: { limiter?: SlidingWindowRateLimiter } = {},
): Promise<IngestAnswer> {
  const token = auth.token !== null && TOKEN_SHAPE.test(auth.token)
    ? await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(auth.token) }, include: { sourceSystem: { select: { active: true } } } })
    : null;
  if (!token || token.revokedAt !== null || !token.sourceSystem.active) {
    return fail(401, "unauthorized", UNAUTHORIZED, { headers: { "www-authenticate": 'Bearer realm="ingest"' } });
  }
  const limiter = options.limiter ?? defaultLimiter;
  const decision = limiter.take(`token:${token.id}`);
  if (!decision.allowed) {
    return fail(429, "rate_limited", `Mã truy cập này gửi quá ${limiter.limit} lô trong ${Math.round(limiter.windowMs / 1000)} giây. Vui lòng thử lại sau ${decision.retryAfterSeconds} giây.`,
      { headers: { "retry-after": String(decision.retryAfterSeconds) } });
  }
  await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  if (idempotencyKey === null || !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
    return fail(400, "idempotency_key_invalid", "Thiếu hoặc sai tiêu đề Idempotency-Key: 1–100 ký tự chữ, số, gạch ngang hoặc gạch dưới, khác nhau cho mỗi lô.");
  }
  const parsed = parseIngestBody(rawBody);
  if (!parsed.ok) return fail(422, "invalid_body", parsed.message, { rows: [] });
  const requestHash = hashBody(rawBody);
  const earlier = await answerRetry(db, token.id, idempotencyKey, requestHash);
  if (earlier) return earlier;

  const { resolved, rowErrors } = await resolveRows(db, token, parsed.rows, now);
  const allErrors = [...parsed.rowErrors, ...rowErrors].sort((a, b) => a.index - b.index);
  if (allErrors.length > 0) {
    const message = `Lô bị từ chối: ${allErrors.length} dòng chưa hợp lệ nên chưa dòng nào được ghi. Sửa các dòng được nêu rồi gửi lại cả lô.`;
    return fail(422, "invalid_rows", message, { rows: allErrors });
  }
  try {
    const body = await writeBatch(db, { tokenId: token.id, tokenPrefix: token.tokenPrefix, sourceSystemId: token.sourceSystemId, idempotencyKey, requestHash }, resolved, now);
    return { status: 201, body, headers: {} };
  } catch (error) {
    // Two deliveries of one batch raced: the loser answers like a retry.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await answerRetry(db, token.id, idempotencyKey, requestHash);
      if (raced) return raced;
    }
    throw error;
  }
}

/** A key already used by this token: the same body gets the original answer, another body a 409. */
async function answerRetry(db: Db, tokenId: number, idempotencyKey: string, requestHash: string): Promise<IngestAnswer | null> {
  const batch = await db.ingestBatch.findUnique({ where: { tokenId_idempotencyKey: { tokenId, idempotencyKey } } });
  if (!batch) return null;
  if (batch.requestHash !== requestHash) {
    return fail(409, "idempotency_conflict", "Idempotency-Key này đã được dùng cho một lô có nội dung khác. Mỗi lô mới cần một khoá mới.");
  }
  return { status: 200, body: { batchId: batch.id, accepted: batch.rowCount, replayed: true, quarters: await replayQuarters(db, batch.id) }, headers: {} };
}

interface ResolvedRow extends IngestRow { indicatorId: number; localityId: number; periodId: number; localityCodeOut: string }

/** Database checks of shape-valid rows: codes, the token's scope, the unit valid on the day, the period. */
async function resolveRows(db: Db, token: { indicatorIds: number[]; localityIds: number[] }, rows: IngestRow[], now: Date) {
  const [indicators, localities, periods] = await Promise.all([
    db.indicator.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.indicatorCode))] } }, select: { id: true, code: true, active: true, levels: true, unit: true } }),
    db.locality.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.localityCode))] } }, select: { id: true, code: true, level: true, validFrom: true, validTo: true } }),
    db.reportingPeriod.findMany({ where: { year: { in: [...new Set(rows.map((r) => r.quarter.year))] } }, select: { id: true, year: true, quarter: true, status: true } }),
  ]);
  const today = vietnamDay(now);
  const resolved: ResolvedRow[] = [];
  const rowErrors: RowError[] = [];
  for (const row of rows) {
    const errors: string[] = [];
    const key = quarterKey(row.quarter);
    const indicator = indicators.find((i) => i.code === row.indicatorCode);
    const unit = localities.find((l) => l.code === row.localityCode && l.validFrom <= row.asOf && (l.validTo === null || row.asOf < l.validTo));
    const period = periods.find((p) => p.year === row.quarter.year && p.quarter === row.quarter.quarter);
    if (!indicator) errors.push(`Không có chỉ tiêu mã ${row.indicatorCode}.`);
    else if (!token.indicatorIds.includes(indicator.id)) errors.push(`Mã truy cập không được phép ghi chỉ tiêu ${indicator.code}.`);
    else if (!indicator.active) errors.push(`Chỉ tiêu ${indicator.code} đã ngừng theo dõi.`);
    if (!unit) errors.push(`Không có đơn vị hành chính mã ${row.localityCode} có hiệu lực vào ngày ${isoDay(row.asOf)}.`);
    else if (!token.localityIds.includes(unit.id)) errors.push(`Mã truy cập không được phép ghi cho địa phương mã ${unit.code}.`);
    if (indicator && unit && !indicator.levels.includes(unit.level)) errors.push(`Chỉ tiêu ${indicator.code} không báo cáo ở cấp ${LEVEL_NAMES[unit.level]}.`);
    if (row.measuredOn && row.measuredOn > today) errors.push(`Ngày đo ${isoDay(row.measuredOn)} nằm trong tương lai.`);
    if (!row.measuredOn && quarterStart(row.quarter) > today) errors.push(`Quý ${key} chưa bắt đầu.`);
    if (!period) errors.push(`Chưa có kỳ báo cáo ${key}.`);
    else if (period.status === "LOCKED") errors.push(`Kỳ báo cáo ${key} đã khoá; không nhận thêm số đo.`);
    if (indicator?.unit === "PERCENT" && row.value !== null && row.value > 100) errors.push("Tỷ lệ phải nằm trong khoảng từ 0 đến 100.");
    if (errors.length > 0 || !indicator || !unit || !period) rowErrors.push({ index: row.index, errors });
    else resolved.push({ ...row, indicatorId: indicator.id, localityId: unit.id, periodId: period.id, localityCodeOut: unit.code });
  }
  return { resolved, rowErrors };
}

const LEVEL_NAMES = { PROVINCE: "tỉnh", DISTRICT: "huyện", COMMUNE: "xã" } as const;
const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
/** The calendar day in Vietnam (UTC+7) at UTC midnight: a measurement dated today is not in the future. */
const vietnamDay = (now: Date): Date => new Date(`${isoDay(new Date(now.getTime() + 7 * 3_600_000))}T00:00:00Z`);

interface BatchMeta { tokenId: number; tokenPrefix: string; sourceSystemId: number; idempotencyKey: string; requestHash: string }

/** One transaction: the batch, its measurements, the roll-up of every touched cell, one audit row. */
async function writeBatch(db: Db, meta: BatchMeta, rows: ResolvedRow[], now: Date): Promise<IngestBody> {
  return db.$transaction(async (tx) => {
    const batch = await tx.ingestBatch.create({
      data: { tokenId: meta.tokenId, idempotencyKey: meta.idempotencyKey, requestHash: meta.requestHash, rowCount: rows.length, createdAt: now },
    });
    await tx.measurement.createMany({
      data: rows.map((r) => ({
        indicatorId: r.indicatorId, localityId: r.localityId, periodId: r.periodId, measuredOn: r.measuredOn, value: r.value,
        numerator: r.numerator, denominator: r.denominator, sourceSystemId: meta.sourceSystemId, batchId: batch.id, receivedAt: now,
      })),
    });
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

interface NamedCell extends CellKey { indicator: string; locality: string; period: string }

function uniqueCells(rows: ResolvedRow[]): NamedCell[] {
  const cells = rows.map((r) => ({ indicatorId: r.indicatorId, localityId: r.localityId, periodId: r.periodId, indicator: r.indicatorCode, locality: r.localityCodeOut, period: quarterKey(r.quarter) }));
  return [...new Map(cells.map((c) => [cellId(c), c])).values()];
}

const quarterAnswer = (c: NamedCell, r: RollupResult | undefined): IngestQuarter =>
  ({ indicator: c.indicator, locality: c.locality, period: c.period, value: r?.value ?? null, measurementCount: r?.measurementCount ?? 0 });

/** The figures the batch produced when it was accepted: its cells rolled up from measurements up to it. */
async function replayQuarters(db: Db, batchId: number): Promise<IngestQuarter[]> {
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

export interface CellKey { indicatorId: number; localityId: number; periodId: number }
export type CellRollup = RollupResult & { change: "created" | "changed" | "unchanged" };

const cellId = (c: CellKey): string => `${c.indicatorId}|${c.localityId}|${c.periodId}`;

/** Roll-ups of the cells from their measurements (those of batches up to `upToBatchId` when given); no writes. */
async function computeCells(tx: Tx | Db, cells: CellKey[], upToBatchId?: number): Promise<Map<string, RollupResult>> {
  const results = new Map<string, RollupResult>();
  if (cells.length === 0) return results;
  const [indicators, periods, rows] = await Promise.all([
    tx.indicator.findMany({ where: { id: { in: [...new Set(cells.map((c) => c.indicatorId))] } }, select: { id: true, kind: true } }),
    tx.reportingPeriod.findMany({ where: { id: { in: [...new Set(cells.map((c) => c.periodId))] } }, select: { id: true, year: true, quarter: true } }),
    tx.measurement.findMany({
      where: {
        OR: cells.map((c) => ({ indicatorId: c.indicatorId, localityId: c.localityId, periodId: c.periodId })),
        ...(upToBatchId === undefined ? {} : { batchId: { lte: upToBatchId } }),
      },
      select: { id: true, indicatorId: true, localityId: true, periodId: true, measuredOn: true, value: true, numerator: true, denominator: true, sourceSystemId: true, receivedAt: true },
    }),
  ]);
  const kindOf = new Map(indicators.map((i) => [i.id, i.kind]));
  const quarterOfPeriod = new Map(periods.map((p) => [p.id, { year: p.year, quarter: p.quarter as 1 | 2 | 3 | 4 }]));
  const byCell = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byCell.get(cellId(row));
    if (list) list.push(row); else byCell.set(cellId(row), [row]);
  }
  for (const cell of cells) {
    const kind = kindOf.get(cell.indicatorId);
    const quarter = quarterOfPeriod.get(cell.periodId);
    const measurements = byCell.get(cellId(cell)) ?? [];
    if (!kind || !quarter || measurements.length === 0) continue;
    results.set(cellId(cell), rollUp(kind, quarter, measurements.map((m) => ({
      ...m, value: toNumber(m.value), numerator: toNumber(m.numerator), denominator: toNumber(m.denominator),
    }))));
  }
  return results;
}

/**
 * Re-computes the MeasuredValue of each cell from ALL its measurements and stores it (see rollUpCell). Cells
 * are locked (transaction-scoped advisory locks, in a fixed order) before reading, so two batches touching the
 * same cell cannot each store a roll-up that misses the other's measurements.
 */
export async function rollUpCells(tx: Tx, cells: CellKey[]): Promise<Map<string, CellRollup>> {
  // Only the key's three fields: callers may pass richer objects, which Prisma's unique `where` would refuse.
  const unique = [...new Map(cells.map((c) => [cellId(c), { indicatorId: c.indicatorId, localityId: c.localityId, periodId: c.periodId }])).values()];
  const keys = unique.map((c) => `measured-value:${cellId(c)}`).sort();
  if (keys.length > 0) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(${keys}::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n`;
  const computed = await computeCells(tx, unique);
  const stored = new Map<string, CellRollup>();
  for (const cell of unique) {
    const result = computed.get(cellId(cell));
    if (result) stored.set(cellId(cell), { ...result, change: await storeMeasuredValue(tx, cell, result) });
  }
  return stored;
}

const sameFigure = (stored: { toString(): string } | null, next: number | null): boolean => toNumber(stored) === next;

async function storeMeasuredValue(tx: Tx, cell: CellKey, result: RollupResult): Promise<CellRollup["change"]> {
  if (result.sourceSystemId === null || result.lastMeasuredAt === null) return "unchanged";
  const figure = { value: result.value, numerator: result.numerator, denominator: result.denominator };
  const where = { indicatorId_localityId_periodId: cell };
  const existing = await tx.measuredValue.findUnique({ where, select: { value: true, numerator: true, denominator: true } });
  const common = { ...figure, measurementCount: result.measurementCount, sourceSystemId: result.sourceSystemId, lastMeasuredAt: result.lastMeasuredAt };
  if (!existing) {
    await tx.measuredValue.create({ data: { ...cell, ...common } });
    return "created";
  }
  const unchanged = sameFigure(existing.value, figure.value) && sameFigure(existing.numerator, figure.numerator) && sameFigure(existing.denominator, figure.denominator);
  // The committee approved a different number: a changed figure needs approving again.
  await tx.measuredValue.update({ where, data: unchanged ? common : { ...common, status: "PENDING", approvedAt: null, approvedById: null } });
  return unchanged ? "unchanged" : "changed";
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
