// The server's log line: one JSON object per line, { time, level, msg, ...fields }. Pure (no I/O), so the
// startup checks, which run before the app's modules, can use it too; lib/server/log.ts writes the lines.
//
// Personal data: people are named by user id only. Whatever a caller passes, e-mail addresses in any text
// are masked and fields that carry secrets (passwords, tokens, cookies, session data) are dropped.

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

const RESERVED = new Set(["time", "level", "msg"]);
// Keys naming a secret or an address (password, passwordHash, apiToken, Authorization, userEmail…) are dropped;
// ids and counts of them (tokenId, sessionId, emailCount) are not secrets and stay.
const SECRET_KEY = /pass(word|wd)|secret|token|authori[sz]ation|cookie|session|e-?mail/i;
const HARMLESS_SUFFIX = /(Id|Ids|Count)$/;
const EMAIL = /[^\s@<>()"',;:/]+@[^\s@<>()"',;:/]+\.[a-z]{2,}/gi;
const MAX_DEPTH = 6;
const MAX_STRING = 4000;

export function maskText(text: string): string {
  const masked = text.replace(EMAIL, "[email]");
  return masked.length > MAX_STRING ? `${masked.slice(0, MAX_STRING)}…` : masked;
}

function describeError(error: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const extra = error as Error & { code?: unknown; meta?: unknown; cause?: unknown };
  const out: Record<string, unknown> = { name: error.name, message: maskText(error.message) };
  if (typeof extra.code === "string" || typeof extra.code === "number") out.code = extra.code;
  if (extra.meta !== undefined) out.meta = sanitize(extra.meta, depth + 1, seen);
  if (extra.cause !== undefined) out.cause = sanitize(extra.cause, depth + 1, seen);
  if (error.stack) out.stack = maskText(error.stack);
  return out;
}

/** A JSON-safe copy: bigint and dates as text, errors as plain objects, cycles and deep nesting cut short. */
export function sanitize(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "string") return maskText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value !== "object") return undefined; // functions, symbols, undefined
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (seen.has(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[…]";
  seen.add(value);
  try {
    if (value instanceof Error) return describeError(value, depth, seen);
    if (Array.isArray(value)) return value.map((item) => sanitize(item, depth + 1, seen) ?? null);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (SECRET_KEY.test(key) && !HARMLESS_SUFFIX.test(key)) continue;
      const clean = sanitize(item, depth + 1, seen);
      if (clean !== undefined) out[key] = clean;
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

export function formatLogLine(level: LogLevel, msg: string, fields: LogFields = {}, now: Date = new Date()): string {
  const line: Record<string, unknown> = { time: now.toISOString(), level, msg: maskText(msg) };
  const clean = sanitize(fields);
  if (clean && typeof clean === "object" && !Array.isArray(clean)) {
    for (const [key, value] of Object.entries(clean)) line[RESERVED.has(key) ? `field_${key}` : key] = value;
  }
  return JSON.stringify(line);
}
