import "server-only";

// An in-process sliding-window limiter: at most `limit` hits per key within any `windowMs`. It lives in the
// server process's memory, so with several processes each enforces its own window — enough to stop a source
// system looping on retries, not a distributed quota.

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  /** Milliseconds since the epoch; tests pass a clock they move by hand. */
  clock?: () => number;
}

export class SlidingWindowRateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  private readonly clock: () => number;
  private readonly hits = new Map<string, number[]>();

  constructor(options: RateLimiterOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1) throw new Error("limit must be a positive integer");
    if (!(options.windowMs > 0)) throw new Error("windowMs must be positive");
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    // Read through Date each time, so a test that sets the system time moves this clock too.
    this.clock = options.clock ?? (() => Date.now());
  }

  /** Counts a hit for the key when allowed; a refused hit is not counted, so retrying cannot extend the wait. */
  take(key: string): RateDecision {
    const at = this.clock();
    const recent = (this.hits.get(key) ?? []).filter((t) => t > at - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      // The oldest hit in the window leaves it first; the client may retry once it has.
      const oldest = recent[0] ?? at;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - at) / 1000)) };
    }
    recent.push(at);
    this.hits.set(key, recent);
    this.forgetIdleKeys(at);
    return { allowed: true, remaining: this.limit - recent.length };
  }

  /** Gives back the key's newest hit, e.g. an attempt counted up front that turned out not to be a failure. */
  refund(key: string): void {
    const times = this.hits.get(key);
    times?.pop();
    if (times && times.length === 0) this.hits.delete(key);
  }

  /** Forgets every hit of the key. */
  reset(key: string): void {
    this.hits.delete(key);
  }

  /** Keys whose hits have all left the window are dropped, so memory follows the active keys only. */
  private forgetIdleKeys(at: number): void {
    if (this.hits.size < 1000) return;
    for (const [key, times] of this.hits) {
      if ((times[times.length - 1] ?? 0) <= at - this.windowMs) this.hits.delete(key);
    }
  }
}

export type LoginOutcome = "success" | "failure" | "aborted";

export type LoginAttempt =
  | { allowed: true; settle(outcome: LoginOutcome): void }
  | { allowed: false; retryAfterSeconds: number };

/**
 * Failed sign-ins per account and per client address. An attempt is counted before the password is checked, so
 * parallel guesses cannot slip past the limit while the slow hash runs. Settling gives the count back when it was
 * not a failure: a success also clears the account's failures, an aborted check (e.g. the database was down)
 * only gives its own hit back. A success never clears the address's failures, or one valid account would let an
 * address go on guessing others'.
 */
export class LoginThrottle {
  constructor(
    readonly perAccount: SlidingWindowRateLimiter,
    readonly perAddress: SlidingWindowRateLimiter,
  ) {}

  begin(account: string, address: string): LoginAttempt {
    const byAddress = this.perAddress.take(address);
    if (!byAddress.allowed) return byAddress;
    const byAccount = this.perAccount.take(account);
    if (!byAccount.allowed) {
      this.perAddress.refund(address);
      return byAccount;
    }
    let settled = false;
    return {
      allowed: true,
      settle: (outcome) => {
        if (settled) return;
        settled = true;
        if (outcome === "failure") return;
        this.perAddress.refund(address);
        if (outcome === "success") this.perAccount.reset(account);
        else this.perAccount.refund(account);
      },
    };
  }
}
