import type { Fixtures } from "./fixtures";

/** Who may be calling. Officers are named by their relation to the rows' targets (see fixtures.ts for who they are). */
export const SESSION_CALLERS = [
  "anonymous",
  "localOfficer",
  "otherOfficer",
  "agencyOfficer",
  "abolishedOfficer",
  "deactivatedOfficer",
  "deactivatedAdmin",
  "committee",
  "admin",
] as const;

/** For the ingest route only: what comes in the Authorization header (the caller's session is ignored there). */
export const TOKEN_CALLERS = ["validToken", "revokedToken", "noToken"] as const;

export type SessionCallerName = (typeof SESSION_CALLERS)[number];
export type TokenCallerName = (typeof TOKEN_CALLERS)[number];
export type CallerName = SessionCallerName | TokenCallerName;

export interface Caller {
  name: CallerName;
  /** The session's user id (null: no session). */
  userId: number | null;
  /** The bearer token sent (null: none). */
  bearer: string | null;
}

/**
 * One row of the matrix: one server action or route handler method, acting on one target. `allowed` lists the callers
 * expected to succeed; every other caller is expected to be refused and to write nothing.
 */
export interface AuthzRow {
  /** `lib/server/actions/<file>.ts#<name>Action` or `app/api/<path>/route.ts#<METHOD>`. */
  key: string;
  /** What it acts on, in words. */
  target: string;
  allowed: readonly CallerName[] | "everyone";
  /** Whether an allowed call changes data (asserted both ways: a row that says false must change nothing). */
  writes: boolean;
  /** The app's date for the call (APP_TODAY); the matrix's default otherwise. */
  today?: string;
  /** Adds the ingestion-token callers (valid, revoked, none) to the session callers. */
  tokenCallers?: true;
  /**
   * Callers whose outcome the Playwright spec asserts instead (tests/e2e/authz.spec.ts), because the call needs a
   * real request (cookies(), next-intl's request config). The others still run here.
   */
  e2e?: { callers: readonly CallerName[] | "everyone"; why: string };
  /** Invokes the real action or handler for the target; runs inside runAsCaller(caller.userId, …). */
  call: (fx: Fixtures, caller: Caller) => Promise<unknown>;
}
