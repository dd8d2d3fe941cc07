import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { IDEMPOTENCY_KEY_PATTERN, parseIngestBody, type RowError } from "@/lib/schemas/ingest";
import type { Db } from "../db";
import { SlidingWindowRateLimiter } from "../rate-limit";
import { replayQuarters, writeBatch, type IngestBody } from "./ingest-batch";
import { resolveRows } from "./ingest-rows";
import { hashApiToken } from "./source-systems";

// Machine ingestion (POST /api/ingest/v1/measurements): a source system's token, its scope, an idempotent
// all-or-nothing batch, and the roll-up of every touched cell into MeasuredValue. The answer is a plain
// { status, body, headers } so the route stays a wrapper and tests call this with a real database.
// The row checks live in ingest-rows.ts, the write in ingest-batch.ts, the roll-up in ingest-rollup.ts.

export type { IngestBody, IngestQuarter } from "./ingest-batch";
export { rollUpCell, rollUpCells, type CellKey, type CellRollup } from "./ingest-rollup";

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
