import type { ActionResult } from "@/lib/action-result";
import { log } from "./log";

// Typed errors thrown by server functions; mapped to plain Vietnamese words in one place (toActionResult).

export class NotFoundError extends Error {
  constructor(message = "Không tìm thấy dữ liệu được yêu cầu.") { super(message); this.name = "NotFoundError"; }
}

export class ForbiddenError extends Error {
  constructor(message = "Bạn không có quyền thực hiện thao tác này.") { super(message); this.name = "ForbiddenError"; }
}

export class ConflictError extends Error {
  constructor(message = "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại trang rồi thử lại.") { super(message); this.name = "ConflictError"; }
}

/** Input that parsed but breaks a domain rule; fieldErrors name the form fields at fault. */
export class DomainValidationError extends Error {
  constructor(message: string, readonly fieldErrors: Record<string, string[]> = {}) { super(message); this.name = "DomainValidationError"; }
}

export const DATABASE_UNAVAILABLE_MESSAGE = "Không kết nối được cơ sở dữ liệu; dữ liệu chưa được lưu. Vui lòng thử lại sau ít phút.";
export const UNEXPECTED_ERROR_MESSAGE = "Đã có lỗi hệ thống, dữ liệu chưa được lưu. Vui lòng thử lại sau.";

// How a lost or refused database connection surfaces through Prisma and the pg driver adapter: Prisma's codes
// (cannot reach, timed out, server closed the connection, no pooled connection in time), the adapter's kinds,
// PostgreSQL's SQLSTATEs (class 08 connection exceptions; 57P01–57P03 shutdown, crash, starting up) and
// node's socket errors. Any of these means the statement did not commit — or, for a commit in flight, that
// its outcome is unknown: the user is told to retry, and the version checks make a retry safe.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SQLSTATES = /^(08\d{3}|08P01|57P0[123]|53300)$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
const MESSAGES = /Connection terminated|Connection ended|Client has encountered a connection error|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Can't reach database server|Server has closed the connection|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET/i;

/** True when the error (or anything it wraps) says the database could not be reached or dropped the connection. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const e = error as { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
  const codes = [e.code, e.originalCode].filter((c): c is string => typeof c === "string");
  if (codes.some((c) => PRISMA_CODES.has(c) || SQLSTATES.test(c) || SOCKET_CODES.has(c))) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

/** What a log line needs to tell an outage apart (Prisma's code, the driver's kind or SQLSTATE, the gist), without stacks. */
export function outageSummary(error: unknown): Record<string, unknown> {
  const e = (typeof error === "object" && error !== null ? error : { message: error }) as {
    name?: unknown; code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } };
  };
  const cause = e.meta?.driverAdapterError?.cause;
  const gist = String(e.message ?? error).split("\n").map((line) => line.trim()).filter(Boolean).at(-1);
  return { name: e.name, code: e.code, driver: cause ? { kind: cause.kind, code: cause.code } : undefined, message: gist };
}

export function toActionResult(error: unknown): Extract<ActionResult, { status: "error" }> {
  if (error instanceof DomainValidationError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof ConflictError) {
    return { status: "error", message: error.message, fieldErrors: {} };
  }
  if (isDatabaseUnavailable(error)) {
    log.warn("database unavailable; the action was refused", { error: outageSummary(error) });
    return { status: "error", message: DATABASE_UNAVAILABLE_MESSAGE, fieldErrors: {} };
  }
  log.error("unexpected error in a server action", { error });
  return { status: "error", message: UNEXPECTED_ERROR_MESSAGE, fieldErrors: {} };
}

export type { ActionResult };
