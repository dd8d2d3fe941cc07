import { readdirSync } from "node:fs";
import path from "node:path";
import { adminRows } from "./table-admin";
import { entryRows } from "./table-entry";
import { reviewRows } from "./table-review";
import { routeRows } from "./table-routes";
import { SESSION_CALLERS, TOKEN_CALLERS, type AuthzRow, type CallerName } from "./types";

/** The matrix: every server action and route handler method, each with the targets it is tried on. */
export const AUTHZ_ROWS: AuthzRow[] = [...entryRows, ...reviewRows, ...adminRows, ...routeRows];

export const callersOf = (row: AuthzRow): CallerName[] => [...SESSION_CALLERS, ...(row.tokenCallers ? TOKEN_CALLERS : [])];

export const isAllowed = (row: AuthzRow, caller: CallerName): boolean => row.allowed === "everyone" || row.allowed.includes(caller);

export const deferredToE2e = (row: AuthzRow, caller: CallerName): boolean =>
  row.e2e !== undefined && (row.e2e.callers === "everyone" || row.e2e.callers.includes(caller));

const ROOT = path.resolve(import.meta.dirname, "../../..");
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * What the app exposes, found on disk: every export ending in "Action" of lib/server/actions/*.ts, and every HTTP
 * method exported by an app/api/**\/route.ts — as the keys the rows use.
 */
export async function exposedEndpoints(): Promise<string[]> {
  const actions = readdirSync(path.join(ROOT, "lib/server/actions")).filter((f) => f.endsWith(".ts")).map((f) => `lib/server/actions/${f}`);
  const routes = (readdirSync(path.join(ROOT, "app/api"), { recursive: true }) as string[])
    .filter((f) => path.basename(f) === "route.ts")
    .map((f) => `app/api/${f.split(path.sep).join("/")}`);
  const keys: string[] = [];
  for (const file of [...actions, ...routes]) {
    const exports = Object.entries(await import(path.join(ROOT, file)) as Record<string, unknown>);
    const wanted = file.startsWith("app/") ? ([name]: [string, unknown]) => METHODS.has(name) : ([name, value]: [string, unknown]) => name.endsWith("Action") && typeof value === "function";
    keys.push(...exports.filter(wanted).map(([name]) => `${file}#${name}`));
  }
  return keys.sort();
}
