import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLogLine, sanitize } from "../../lib/log-line";
import { log } from "../../lib/server/log";

const at = new Date("2026-09-15T03:04:05.678Z");
const parse = (line: string) => JSON.parse(line) as Record<string, unknown>;

describe("formatLogLine", () => {
  it("writes one JSON object per line with time, level and msg first", () => {
    const line = formatLogLine("info", "đã lưu\nhai dòng", { userId: 7, changed: 3 }, at);
    expect(line).not.toContain("\n");
    expect(Object.keys(parse(line))).toEqual(["time", "level", "msg", "userId", "changed"]);
    expect(parse(line)).toEqual({ time: "2026-09-15T03:04:05.678Z", level: "info", msg: "đã lưu\nhai dòng", userId: 7, changed: 3 });
  });

  it("keeps the reserved keys for itself", () => {
    expect(parse(formatLogLine("warn", "m", { level: "fake", time: "x", msg: "y" }, at))).toMatchObject({ level: "warn", msg: "m", field_level: "fake", field_time: "x", field_msg: "y" });
  });

  it("serialises what JSON cannot: bigint, dates, non-finite numbers, errors with their cause and code", () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const error = Object.assign(new Error("Can't reach database server", { cause }), { code: "P1001", meta: { modelName: "Actual" } });
    const out = parse(formatLogLine("error", "failed", { auditId: 12n, at, ratio: Number.NaN, error, skip: undefined, fn: () => 1 }, at));
    expect(out).toMatchObject({ auditId: "12", at: "2026-09-15T03:04:05.678Z", ratio: "NaN" });
    expect(out).not.toHaveProperty("skip");
    expect(out).not.toHaveProperty("fn");
    expect(out.error).toMatchObject({ name: "Error", message: "Can't reach database server", code: "P1001", meta: { modelName: "Actual" }, cause: { message: "connect ECONNREFUSED 127.0.0.1:5432", code: "ECONNREFUSED" } });
    expect((out.error as { stack: string }).stack).toContain("log.test.ts");
  });

  it("cuts cycles and deep nesting instead of throwing", () => {
    const loop: Record<string, unknown> = { name: "a" };
    loop.self = loop;
    expect(sanitize(loop)).toEqual({ name: "a", self: "[circular]" });
    const shared = { n: 1 };
    expect(sanitize({ a: shared, b: shared })).toEqual({ a: { n: 1 }, b: { n: 1 } });
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 10; i++) deep = { deep };
    expect(JSON.stringify(sanitize(deep))).toContain("[…]");
  });

  it("keeps personal data and secrets out: e-mail addresses masked, secret fields dropped, ids kept", () => {
    const out = parse(formatLogLine("error", "không gửi được thư cho xa.van-tung@demo.cds.vn", {
      userId: 42, tokenId: 9, email: "a@b.vn", userEmail: "a@b.vn", password: "MinhSon@2025", apiToken: "abc", authorization: "Bearer abc",
      cookie: "next-auth.session-token=x", nested: { passwordHash: "$argon2id$…", note: "gửi tới Nguyễn Văn A <an.nguyen@example.com>" },
      error: new Error("550 mailbox an.nguyen@example.com unavailable"),
    }, at));
    expect(out.msg).toBe("không gửi được thư cho [email]");
    expect(out).toMatchObject({ userId: 42, tokenId: 9, nested: { note: "gửi tới Nguyễn Văn A <[email]>" } });
    expect(out.nested).not.toHaveProperty("passwordHash");
    for (const key of ["email", "userEmail", "password", "apiToken", "authorization", "cookie"]) expect(out).not.toHaveProperty(key);
    expect(JSON.stringify(out)).not.toMatch(/example\.com|demo\.cds\.vn|MinhSon|argon2/);
  });
});

describe("log", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete process.env.LOG_LEVEL;
  });

  it("sends info to stdout and warnings and errors to stderr, one line each", () => {
    const out = vi.spyOn(process.stdout, "write").mockReturnValue(true);
    const err = vi.spyOn(process.stderr, "write").mockReturnValue(true);
    log.info("started", { port: 3000 });
    log.warn("slow", { ms: 900 });
    log.error("failed", { userId: 1 });
    expect(out.mock.calls.map(([line]) => parse(String(line)))).toEqual([expect.objectContaining({ level: "info", msg: "started", port: 3000 })]);
    expect(err.mock.calls.map(([line]) => parse(String(line)).level)).toEqual(["warn", "error"]);
    for (const [line] of [...out.mock.calls, ...err.mock.calls]) expect(String(line)).toMatch(/^\{.*\}\n$/);
  });

  it("honours LOG_LEVEL", () => {
    const out = vi.spyOn(process.stdout, "write").mockReturnValue(true);
    const err = vi.spyOn(process.stderr, "write").mockReturnValue(true);
    log.debug("hidden by default");
    process.env.LOG_LEVEL = "debug";
    log.debug("shown");
    process.env.LOG_LEVEL = "error";
    log.info("hidden");
    log.warn("hidden");
    log.error("shown");
    expect(out.mock.calls.map(([line]) => parse(String(line)).msg)).toEqual(["shown"]);
    expect(err.mock.calls.map(([line]) => parse(String(line)).msg)).toEqual(["shown"]);
  });
});
