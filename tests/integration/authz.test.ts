// The authorisation matrix (issue 11, part 1): every server action and route handler method × every kind of caller
// × the targets in tests/integration/authz/table*.ts. Each call is the real action or handler, under runAsCaller
// (the only thing supplied: who is calling, and APP_TODAY), against a real database of this file's own (see
// authz/scratch-db.ts). A refused call must answer in Vietnamese (or 401/403/404), write nothing and invalidate
// no cache; an allowed call must succeed and, if its row says it writes, change data — undone before the next
// call, so that every call starts from the same state.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { runAsCaller } from "../../lib/server/auth";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { AUTHZ_E2E_CHECKS } from "../support/authz-e2e-checks";
import { TODAY, buildFixtures, type Fixtures } from "./authz/fixtures";
import { revalidations } from "./authz/next-cache";
import { outcomeOf } from "./authz/outcome";
import { changedTables, createScratchDatabase, disconnectApp, fingerprint, keepPristine, nextTransactionId, pointAppAt, restoreTables } from "./authz/scratch-db";
import { AUTHZ_ROWS, callersOf, deferredToE2e, exposedEndpoints, isAllowed } from "./authz/table";
import { TOKEN_CALLERS, type AuthzRow, type Caller, type CallerName } from "./authz/types";

vi.mock("next/cache", () => import("./authz/next-cache"));

const ENV_KEYS = ["DATABASE_URL", "APP_TODAY", "EVIDENCE_DIR", "NEXTAUTH_URL", "SMTP_URL"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | null = null;
let fx: Fixtures;
/** The fingerprint every call starts from. */
let basePrint: Record<string, string> = {};
let evidenceDir = "";

beforeAll(async () => {
  evidenceDir = mkdtempSync(path.join(os.tmpdir(), "cds-authz-evidence-"));
  process.env.EVIDENCE_DIR = evidenceDir;
  // As in production, where next-auth requires it: the invitation actions build links from it, not from headers().
  process.env.NEXTAUTH_URL = "http://127.0.0.1:3100";
  delete process.env.SMTP_URL;
  // From the untouched seed: other files (e.g. reporting.test.ts submits the agency's draft) may have run first.
  scratch = await createScratchDatabase(inject("seedDatabaseUrl"));
  const db = createPrismaClient(scratch.url);
  try {
    fx = await buildFixtures(db);
    await keepPristine(db);
  } finally {
    await db.$disconnect();
  }
  await pointAppAt(scratch.url);
  basePrint = await fingerprint();
});

afterAll(async () => {
  await disconnectApp();
  await scratch?.drop();
  rmSync(evidenceDir, { recursive: true, force: true });
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

function callerNamed(name: CallerName): Caller {
  if (name === "validToken") return { name, userId: null, bearer: fx.tokens.valid };
  if (name === "revokedToken") return { name, userId: null, bearer: fx.tokens.revoked };
  if (name === "noToken") return { name, userId: null, bearer: null };
  return { name, userId: fx.users[name], bearer: null };
}

async function check(row: AuthzRow, name: CallerName): Promise<void> {
  const allowed = isAllowed(row, name);
  process.env.APP_TODAY = row.today ?? TODAY;
  revalidations.length = 0;
  const caller = callerNamed(name);
  const mark = await nextTransactionId();
  const outcome = await runAsCaller(caller.userId, () => outcomeOf(() => row.call(fx, caller)));
  const changed = (await nextTransactionId()) === mark ? [] : changedTables(basePrint, await fingerprint());
  if (changed.length > 0) {
    await restoreTables(changed);
    expect(changedTables(basePrint, await fingerprint()), "tables still changed after the restore").toEqual([]);
  }
  expect(outcome.kind, outcome.detail).toBe(allowed ? "allowed" : "refused");
  if (!allowed) {
    expect(changed, "tables written by a refused call").toEqual([]);
    expect(revalidations, "caches invalidated by a refused call").toEqual([]);
  } else if (row.writes) {
    expect(changed.length, "an allowed call of a writing row changed nothing").toBeGreaterThan(0);
  } else {
    expect(changed, "tables written by a read").toEqual([]);
  }
}

describe.each(AUTHZ_ROWS.map((row) => [`${row.key} — ${row.target}`, row] as const))("%s", (_title, row) => {
  const here = callersOf(row).filter((name) => !deferredToE2e(row, name));
  if (here.length > 0) it.each(here)("%s", (name) => check(row, name));
  else it("every caller: asserted in tests/e2e/authz.spec.ts", () => expect(AUTHZ_E2E_CHECKS.some((c) => c.key === row.key)).toBe(true));
});

describe("the matrix", () => {
  it("has a row for every exported server action and route handler method, and none for anything else", async () => {
    const exposed = await exposedEndpoints();
    const inTable = new Set(AUTHZ_ROWS.map((r) => r.key));
    expect(exposed.filter((key) => !inTable.has(key)), "exported, but no row in the matrix").toEqual([]);
    expect([...inTable].filter((key) => !exposed.includes(key)), "rows naming something that is not exported").toEqual([]);
  });

  it("asserts in the browser tests every caller it defers to them", () => {
    const missing = AUTHZ_ROWS.flatMap((row) => {
      if (!row.e2e) return [];
      const wanted = row.e2e.callers === "everyone" ? ["anonymous"] : row.e2e.callers;
      return wanted.filter((as) => !AUTHZ_E2E_CHECKS.some((c) => c.key === row.key && c.as === as)).map((as) => `${row.key} as ${as}`);
    });
    expect(missing).toEqual([]);
  });

  it("tries the ingestion tokens only where a token is the credential", () => {
    const withTokens = AUTHZ_ROWS.filter((row) => row.tokenCallers).map((row) => row.key);
    expect(withTokens).toEqual(["app/api/ingest/v1/measurements/route.ts#POST"]);
    expect(TOKEN_CALLERS).toHaveLength(3);
  });
});
