import { describe, expect, it } from "vitest";
import { SlidingWindowRateLimiter } from "../../lib/server/rate-limit";

function limiterAt(start: number, limit = 3, windowMs = 60_000) {
  const clock = { now: start };
  return { clock, limiter: new SlidingWindowRateLimiter({ limit, windowMs, clock: () => clock.now }) };
}

describe("SlidingWindowRateLimiter", () => {
  it("allows up to the limit within the window, then refuses with the wait in seconds", () => {
    const { clock, limiter } = limiterAt(1_000_000);
    expect(limiter.take("a")).toEqual({ allowed: true, remaining: 2 });
    clock.now += 10_000;
    limiter.take("a");
    clock.now += 10_000;
    expect(limiter.take("a")).toEqual({ allowed: true, remaining: 0 });
    // The first hit (at 0 s) leaves the window at 60 s; it is now 20 s.
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 40 });
  });

  it("slides: a hit leaving the window frees one place", () => {
    const { clock, limiter } = limiterAt(0);
    limiter.take("a");
    clock.now = 30_000;
    limiter.take("a");
    limiter.take("a");
    clock.now = 59_999;
    expect(limiter.take("a").allowed).toBe(false);
    clock.now = 60_000;
    expect(limiter.take("a")).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it("does not count refused hits, so retrying does not extend the wait", () => {
    const { clock, limiter } = limiterAt(0, 1);
    limiter.take("a");
    for (let i = 0; i < 5; i += 1) limiter.take("a");
    clock.now = 60_000;
    expect(limiter.take("a").allowed).toBe(true);
  });

  it("keeps keys apart", () => {
    const { limiter } = limiterAt(0, 1);
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("b").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
  });

  it("never asks to wait less than a second", () => {
    const { clock, limiter } = limiterAt(0, 1, 1_000);
    limiter.take("a");
    clock.now = 999;
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("rejects a meaningless configuration", () => {
    expect(() => new SlidingWindowRateLimiter({ limit: 0, windowMs: 1000 })).toThrow();
    expect(() => new SlidingWindowRateLimiter({ limit: 1, windowMs: 0 })).toThrow();
  });
});
