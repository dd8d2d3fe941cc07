import { describe, expect, it } from "vitest";
import { loginErrorMessage, parseLoginError, rateLimitedCode } from "../../lib/login-errors";
import { createNonce, nonceContentSecurityPolicy, usesSecureCookies } from "../../lib/security-headers";
import { LoginThrottle, SlidingWindowRateLimiter } from "../../lib/server/rate-limit";

const MINUTE = 60_000;

function throttleAt(start: number) {
  const clock = { now: start };
  const limiter = (limit: number) => new SlidingWindowRateLimiter({ limit, windowMs: 15 * MINUTE, clock: () => clock.now });
  return { clock, throttle: new LoginThrottle(limiter(5), limiter(20)) };
}

function fail(throttle: LoginThrottle, account: string, address: string) {
  const attempt = throttle.begin(account, address);
  if (attempt.allowed) attempt.settle("failure");
  return attempt;
}

describe("LoginThrottle", () => {
  it("refuses the 6th attempt on an account within 15 minutes, with the wait", () => {
    const { clock, throttle } = throttleAt(0);
    for (let i = 0; i < 5; i += 1) expect(fail(throttle, "a", `ip${i}`).allowed).toBe(true);
    clock.now = 3 * MINUTE;
    expect(throttle.begin("a", "ip9")).toEqual({ allowed: false, retryAfterSeconds: 12 * 60 });
    clock.now = 15 * MINUTE;
    expect(throttle.begin("a", "ip9").allowed).toBe(true);
  });

  it("counts attempts before the check, so parallel guesses cannot pass the limit", () => {
    const { throttle } = throttleAt(0);
    const inFlight = Array.from({ length: 8 }, () => throttle.begin("a", "ip"));
    expect(inFlight.filter((a) => a.allowed)).toHaveLength(5);
  });

  it("a success clears the account but gives back only its own hit on the address", () => {
    const { throttle } = throttleAt(0);
    for (let i = 0; i < 4; i += 1) fail(throttle, "a", "ip");
    const ok = throttle.begin("a", "ip");
    if (ok.allowed) ok.settle("success");
    expect(throttle.perAccount.take("a")).toEqual({ allowed: true, remaining: 4 });
    expect(throttle.perAddress.take("ip")).toEqual({ allowed: true, remaining: 15 });
  });

  it("an aborted check (database down) counts for nothing; settling twice changes nothing", () => {
    const { throttle } = throttleAt(0);
    const attempt = throttle.begin("a", "ip");
    if (!attempt.allowed) throw new Error("allowed expected");
    attempt.settle("aborted");
    attempt.settle("aborted");
    expect(throttle.perAccount.take("a")).toEqual({ allowed: true, remaining: 4 });
    expect(throttle.perAddress.take("ip")).toEqual({ allowed: true, remaining: 19 });
  });

  it("refuses an address after 20 failures over many accounts, without counting the refused tries", () => {
    const { throttle } = throttleAt(0);
    for (let i = 0; i < 20; i += 1) fail(throttle, `acct${i % 5}`, "ip");
    expect(throttle.begin("new", "ip").allowed).toBe(false);
    expect(throttle.begin("new", "other-ip").allowed).toBe(true);
  });
});

describe("login error codes", () => {
  const labels = { invalid: "INVALID", failed: "FAILED", rateLimited: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút." };

  it("round-trips the wait in whole minutes, at least one", () => {
    expect(rateLimitedCode(14 * 60 + 1)).toBe("LoginRateLimited-15");
    expect(rateLimitedCode(0)).toBe("LoginRateLimited-1");
    expect(loginErrorMessage(parseLoginError(rateLimitedCode(600)) ?? { kind: "failed" }, labels))
      .toBe("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 10 phút.");
  });

  it("shows only its own words, whatever a crafted ?error= says", () => {
    expect(parseLoginError(null)).toBeNull();
    expect(parseLoginError("CredentialsSignin")).toEqual({ kind: "invalid" });
    expect(parseLoginError("Gọi ngay 0900 000 000")).toEqual({ kind: "failed" });
    expect(parseLoginError("LoginRateLimited-15<script>")).toEqual({ kind: "failed" });
  });
});

describe("cookie and CSP policies", () => {
  it("makes session cookies Secure only in production over HTTPS", () => {
    expect(usesSecureCookies({ NODE_ENV: "production", NEXTAUTH_URL: "https://cds.example.vn" })).toBe(true);
    expect(usesSecureCookies({ NODE_ENV: "production", NEXTAUTH_URL: "http://127.0.0.1:3100" })).toBe(false);
    expect(usesSecureCookies({ NODE_ENV: "development", NEXTAUTH_URL: "https://localhost" })).toBe(false);
  });

  it("gives every response a fresh 128-bit nonce, and allows eval only in development", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
    const production = nonceContentSecurityPolicy("abc", false);
    expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(production).not.toContain("unsafe-eval");
    expect(production).toContain("frame-ancestors 'none'");
    expect(production).toContain("object-src 'none'");
    expect(nonceContentSecurityPolicy("abc", true)).toContain("'strict-dynamic' 'unsafe-eval'");
  });
});
