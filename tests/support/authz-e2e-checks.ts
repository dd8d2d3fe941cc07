// The authorisation checks that need a real server (a real request for cookies(), headers() and next-intl's
// request config), as data: tests/e2e/authz.spec.ts runs them, and the matrix (tests/integration/authz.test.ts)
// fails if one of its rows defers a caller to the browser tests without a check here. Pure: no server imports.

export type E2eSession = "anonymous" | "committee" | "admin";

export interface E2eCheck {
  /** The matrix row's key. */
  key: string;
  as: E2eSession;
  /** get: one GET, expecting `status`; sign-in: a credentials POST with a wrong password; language: the switcher. */
  kind: "get" | "sign-in" | "language";
  path: string;
  status: number;
}

const EXPORTS = ["overview", "localities", "tasks", "tracker"] as const;

export const AUTHZ_E2E_CHECKS: E2eCheck[] = [
  { key: "app/api/auth/[...nextauth]/route.ts#GET", as: "anonymous", kind: "get", path: "/api/auth/csrf", status: 200 },
  { key: "app/api/auth/[...nextauth]/route.ts#POST", as: "anonymous", kind: "sign-in", path: "/api/auth/callback/credentials", status: 200 },
  { key: "lib/server/actions/locale.ts#setLocaleAction", as: "anonymous", kind: "language", path: "/login", status: 200 },
  ...EXPORTS.flatMap((name): E2eCheck[] => (["committee", "admin", "anonymous"] as const).map((as) => ({
    key: `app/api/committee/export/${name}/route.ts#GET`, as, kind: "get", path: `/api/committee/export/${name}`, status: as === "anonymous" ? 403 : 200,
  }))),
];
