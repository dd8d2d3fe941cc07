// What a failed sign-in reports, shared by the server (lib/server/auth.ts) and the login page. next-auth v4 passes
// a thrown error's message to the browser as `?error=` (and as `error` from signIn()), so the message is a short
// code, never text: the login page shows only words it wrote itself, whatever a crafted link carries.

const RATE_LIMITED = "LoginRateLimited";
const RATE_LIMITED_PATTERN = /^LoginRateLimited-(\d{1,4})$/;

export type LoginError = { kind: "invalid" } | { kind: "rateLimited"; minutes: number } | { kind: "failed" };

/** The code for "too many failed attempts", carrying the wait in whole minutes (at least 1). */
export function rateLimitedCode(retryAfterSeconds: number): string {
  return `${RATE_LIMITED}-${Math.max(1, Math.ceil(retryAfterSeconds / 60))}`;
}

/** null when there is no error; an unknown code reads as a generic failure. */
export function parseLoginError(code: string | null | undefined): LoginError | null {
  if (!code) return null;
  if (code === "CredentialsSignin") return { kind: "invalid" };
  const limited = RATE_LIMITED_PATTERN.exec(code);
  if (limited) return { kind: "rateLimited", minutes: Math.max(1, Number(limited[1])) };
  return { kind: "failed" };
}

export interface LoginErrorLabels {
  invalid: string;
  failed: string;
  /** Contains `{minutes}`. */
  rateLimited: string;
}

export function loginErrorMessage(error: LoginError, labels: LoginErrorLabels): string {
  if (error.kind === "rateLimited") return labels.rateLimited.replace("{minutes}", String(error.minutes));
  return error.kind === "invalid" ? labels.invalid : labels.failed;
}
