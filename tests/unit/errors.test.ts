import net from "node:net";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Prisma } from "../../generated/prisma/client";
import {
  ConflictError, DATABASE_UNAVAILABLE_MESSAGE, DomainValidationError, ForbiddenError, NotFoundError, UNEXPECTED_ERROR_MESSAGE, isDatabaseUnavailable, toActionResult,
} from "../../lib/server/errors";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { findFreePort } from "../../scripts/lib/postgres";

// The shapes below are the ones a PostgreSQL restart produced through the app's client (see
// tests/integration/db-restart.test.ts, which checks the mapping end to end against a real server).
const adapterError = (cause: Record<string, unknown>) => ({ driverAdapterError: { name: "DriverAdapterError", cause } });
const known = (code: string, meta: Record<string, unknown>, message = "Invalid invocation") =>
  new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "7.10.0", meta });

const shutdown = { originalCode: "57P01", originalMessage: "terminating connection due to administrator command", kind: "postgres", code: "57P01", severity: "FATAL", message: "terminating connection due to administrator command" };
const startingUp = { originalCode: "57P03", originalMessage: "the database system is starting up", kind: "postgres", code: "57P03", severity: "FATAL", message: "the database system is starting up" };

afterEach(() => vi.restoreAllMocks());

describe("database-unavailable errors", () => {
  it("recognises a real refused connection, from Prisma's client and from the pg driver", async () => {
    const url = `postgresql://nobody:none@127.0.0.1:${await findFreePort()}/none`;
    const prisma = createPrismaClient(url);
    const prismaError = await prisma.user.findFirst().then(() => null, (error: unknown) => error);
    const rawError = await prisma.$queryRaw`SELECT 1`.then(() => null, (error: unknown) => error);
    await prisma.$disconnect();
    expect(prismaError).toMatchObject({ code: "P1001" });
    expect(rawError).toMatchObject({ code: "P2010", meta: adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1" }) });
    const client = new pg.Client({ connectionString: url });
    const pgError = await client.connect().then(() => null, (error: unknown) => error);
    expect(pgError).toMatchObject({ code: "ECONNREFUSED" });
    for (const error of [prismaError, rawError, pgError]) expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("fails, rather than hangs, on a server that accepts connections and never answers", { timeout: 15_000 }, async () => {
    vi.spyOn(process.stderr, "write").mockReturnValue(true);
    const held: net.Socket[] = [];
    const silent = net.createServer((socket) => { held.push(socket); });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const prisma = createPrismaClient(`postgresql://nobody:none@127.0.0.1:${(silent.address() as net.AddressInfo).port}/none`);
    const started = Date.now();
    const error = await prisma.user.findFirst().then(() => null, (e: unknown) => e);
    const waited = Date.now() - started;
    await prisma.$disconnect();
    for (const socket of held) socket.destroy();
    silent.close();
    expect(waited).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(Error);
    expect(toActionResult(error).message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
  });

  it.each([
    ["a query cut by a fast shutdown (57P01)", known("P2010", adapterError(shutdown), "Raw query failed. Code: `57P01`.")],
    ["a model query cut by a fast shutdown", known("P2039", { modelName: "Actual", ...adapterError(shutdown) })],
    ["a connection made while the server starts up (57P03)", known("P2039", adapterError(startingUp))],
    ["the server closing the connection (P1017)", known("P1017", adapterError({ kind: "ConnectionClosed" }))],
    ["the server unreachable (P1001)", known("P1001", adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))],
    ["no pooled connection in time (P2024)", known("P2024", {})],
    ["the pg driver's terminated connection", new Error("Connection terminated unexpectedly")],
    ["a wrapped socket reset", new Error("transaction failed", { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET", syscall: "read", errno: -104 }) })],
    ["a connection exception (SQLSTATE 08006)", Object.assign(new Error("connection failure"), { code: "08006" })],
  ])("maps %s to the retry message", (_label, error) => {
    const stderr = vi.spyOn(process.stderr, "write").mockReturnValue(true);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(toActionResult(error)).toEqual({ status: "error", message: DATABASE_UNAVAILABLE_MESSAGE, fieldErrors: {} });
    const line = JSON.parse(String(stderr.mock.calls[0]?.[0])) as { level: string; msg: string; error: object };
    expect(line).toMatchObject({ level: "warn", msg: "database unavailable; the action was refused" });
  });

  it("leaves other database errors to the generic message, logged as errors", () => {
    const stderr = vi.spyOn(process.stderr, "write").mockReturnValue(true);
    const others = [
      known("P2002", { modelName: "Actual", target: ["indicatorId", "localityId", "periodId"] }, "Unique constraint failed"),
      known("P2010", adapterError({ kind: "postgres", code: "23505", originalCode: "23505", severity: "ERROR", message: "duplicate key value violates unique constraint" })),
      new Error("boom"),
      "a thrown string",
      null,
    ];
    for (const error of others) {
      expect(isDatabaseUnavailable(error)).toBe(false);
      expect(toActionResult(error)).toEqual({ status: "error", message: UNEXPECTED_ERROR_MESSAGE, fieldErrors: {} });
    }
    expect(stderr.mock.calls.map(([line]) => JSON.parse(String(line)) as { level: string })).toHaveLength(others.length);
    expect(stderr.mock.calls.every(([line]) => (JSON.parse(String(line)) as { level: string }).level === "error")).toBe(true);
  });
});

describe("typed errors", () => {
  it("keep their own Vietnamese messages and are not logged", () => {
    const stderr = vi.spyOn(process.stderr, "write").mockReturnValue(true);
    expect(toActionResult(new ConflictError())).toEqual({ status: "error", message: "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại trang rồi thử lại.", fieldErrors: {} });
    expect(toActionResult(new NotFoundError()).message).toBe("Không tìm thấy dữ liệu được yêu cầu.");
    expect(toActionResult(new ForbiddenError()).message).toBe("Bạn không có quyền thực hiện thao tác này.");
    expect(toActionResult(new DomainValidationError("Sai.", { v: ["Không hợp lệ."] }))).toEqual({ status: "error", message: "Sai.", fieldErrors: { v: ["Không hợp lệ."] } });
    expect(stderr).not.toHaveBeenCalled();
  });
});
