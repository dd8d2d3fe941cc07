// Sign-in throttling, through the credentials provider's real authorize() against the real database. A test
// supplies only who is calling (the request headers a reverse proxy would set) and what time it is.
import { hash } from "@node-rs/argon2";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { loginErrorMessage, parseLoginError } from "../../lib/login-errors";
import type { PrismaClient } from "../../lib/server/prisma-client";
import { connectTestDb } from "./support";

process.env.DATABASE_URL = inject("databaseUrl");
const { authOptions } = await import("../../lib/server/auth");

const PASSWORD = "Đúng-mật-khẩu-2025";
const RUN = Date.now();
const email = (name: string) => `rl-${name}-${RUN}@test.cds.vn`;
const ACCOUNTS = ["locked", "other", "reset", "spray-1", "spray-2", "spray-3", "spray-4", "spray-5", "window", "inactive"];
const LABELS = { invalid: "sai", failed: "lỗi", rateLimited: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút." };

let db: PrismaClient;

/** next-auth keeps the options given to CredentialsProvider under `options` and calls that authorize. */
function authorize(): CredentialsConfig["authorize"] {
  const provider = authOptions.providers.find((p) => p.id === "credentials");
  const fn: unknown = provider?.options?.authorize;
  if (typeof fn !== "function") throw new Error("credentials provider has no authorize");
  return fn as CredentialsConfig["authorize"];
}

/** Who is calling: only the headers the reverse proxy sets. */
function from(headers: Record<string, string>) {
  return { headers, body: {}, query: {}, method: "POST" };
}

async function signIn(account: string, password: string, headers: Record<string, string>): Promise<"ok" | "refused" | string> {
  try {
    const user = await authorize()({ email: account, password }, from(headers));
    return user ? "ok" : "refused";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const ip = (n: number) => ({ "x-forwarded-for": `198.51.100.${n}, 10.0.0.1` });

beforeAll(async () => {
  db = connectTestDb();
  const passwordHash = await hash(PASSWORD);
  await db.user.createMany({
    data: ACCOUNTS.map((name) => ({ email: email(name), name: `Thử ${name}`, passwordHash, role: "COMMITTEE" as const, active: name !== "inactive" })),
  });
});

afterAll(async () => {
  vi.useRealTimers();
  await db.user.deleteMany({ where: { email: { in: ACCOUNTS.map(email) } } });
  await db.$disconnect();
});

describe("sign-in rate limit", () => {
  it("locks an account after 5 failures, from any address, with a Vietnamese message; other accounts go on", async () => {
    for (let i = 0; i < 5; i += 1) expect(await signIn(email("locked"), "sai", ip(1))).toBe("refused");
    const code = await signIn(email("locked"), PASSWORD, ip(1));
    expect(code).toBe("LoginRateLimited-15");
    expect(loginErrorMessage(parseLoginError(code) ?? { kind: "failed" }, LABELS)).toBe("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.");
    // Another address does not help the guesser, and the right password is not even checked.
    expect(await signIn(email("locked"), PASSWORD, ip(2))).toBe("LoginRateLimited-15");
    expect(await signIn(email("other"), PASSWORD, ip(1))).toBe("ok");
  });

  it("counts an unknown e-mail like a real one, so the limiter does not reveal which accounts exist", async () => {
    const ghost = email("nobody");
    for (let i = 0; i < 5; i += 1) expect(await signIn(ghost, "sai", ip(3))).toBe("refused");
    expect(await signIn(ghost, "sai", ip(3))).toMatch(/^LoginRateLimited-/);
  });

  it("clears an account's failures when it signs in, and counts an inactive account's right password as a failure", async () => {
    for (let i = 0; i < 4; i += 1) await signIn(email("reset"), "sai", ip(4));
    expect(await signIn(email("reset"), PASSWORD, ip(4))).toBe("ok");
    for (let i = 0; i < 5; i += 1) expect(await signIn(email("reset"), "sai", ip(4))).toBe("refused");
    expect(await signIn(email("reset"), PASSWORD, ip(4))).toMatch(/^LoginRateLimited-/);

    for (let i = 0; i < 5; i += 1) expect(await signIn(email("inactive"), PASSWORD, ip(5))).toBe("refused");
    expect(await signIn(email("inactive"), PASSWORD, ip(5))).toMatch(/^LoginRateLimited-/);
  });

  it("stops an address after 20 failures spread over accounts; a success from it does not clear them", async () => {
    const spray = [1, 2, 3, 4, 5].map((n) => email(`spray-${n}`));
    expect(await signIn(spray[0] ?? "", PASSWORD, ip(6))).toBe("ok");
    for (const account of spray) {
      for (let i = 0; i < 4; i += 1) expect(await signIn(account, "sai", ip(6))).toBe("refused");
    }
    // 20 failures, none of the accounts at its own limit: the address is refused, even with a right password.
    expect(await signIn(spray[0] ?? "", PASSWORD, ip(6))).toBe("LoginRateLimited-15");
    // The first X-Forwarded-For entry is the client; X-Real-IP is used when it is absent.
    expect(await signIn(spray[0] ?? "", PASSWORD, { "x-forwarded-for": "198.51.100.6" })).toMatch(/^LoginRateLimited-/);
    expect(await signIn(spray[0] ?? "", PASSWORD, { "x-real-ip": "198.51.100.6" })).toMatch(/^LoginRateLimited-/);
    expect(await signIn(spray[0] ?? "", PASSWORD, { "x-forwarded-for": "198.51.100.7, 198.51.100.6" })).toBe("ok");
  });

  it("lets the account in again once its failures have left the 15-minute window", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
    for (let i = 0; i < 5; i += 1) await signIn(email("window"), "sai", ip(8));
    vi.setSystemTime(Date.now() + 10 * 60_000);
    expect(await signIn(email("window"), PASSWORD, ip(8))).toBe("LoginRateLimited-5");
    vi.setSystemTime(Date.now() + 5 * 60_000 + 1_000);
    expect(await signIn(email("window"), PASSWORD, ip(8))).toBe("ok");
    vi.useRealTimers();
  });

  it("stores every account's password as argon2id (m=19 MiB, t=2, p=1), never in clear", async () => {
    const users = await db.user.findMany({ select: { passwordHash: true } });
    expect(users.length).toBeGreaterThan(10);
    for (const { passwordHash } of users) expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("records the sign-in time only on success", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: email("other") } });
    expect(user.lastLoginAt).not.toBeNull();
    const locked = await db.user.findUniqueOrThrow({ where: { email: email("locked") } });
    expect(locked.lastLoginAt).toBeNull();
  });
});
