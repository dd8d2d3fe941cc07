import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { expect } from "vitest";
import type { PrismaClient } from "../../lib/server/prisma-client";
import { auditHighWater, changedTables, fingerprint, type IgnoredColumns } from "./hostile-fingerprint";
import { GENERIC_FAILURE, HOSTILE_SEED, RUNS, VIETNAMESE } from "./hostile-payloads";

// What every hostile run asserts: a refusal in plain Vietnamese (not the "system error" fallback, which means an
// exception escaped validation), no write, and — after the property — a database identical to before.

/** The answer of a server action that refused its input, or a thrown error naming what came back instead. */
export function expectRefusal(result: unknown, what: string): void {
  const answer = result as { status?: unknown; message?: unknown } | null | undefined;
  const message = typeof answer?.message === "string" ? answer.message : "";
  const ok = answer?.status === "error" && message.trim() !== "" && VIETNAMESE.test(message) && !GENERIC_FAILURE.test(message);
  if (!ok) throw new Error(`${what}: expected a Vietnamese refusal, got ${JSON.stringify(result)?.slice(0, 400)}`);
}

/** A route's answer to hostile input: a 4xx JSON body with a Vietnamese message. */
export async function expectRouteRefusal(response: Response, what: string, statuses: number[] = [400, 401, 403, 404, 409, 413, 422, 429]): Promise<void> {
  const body = await response.text();
  let message = "";
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed !== null && typeof parsed === "object" && "message" in parsed && typeof parsed.message === "string") message = parsed.message;
  } catch {
    // Not JSON: reported below with the body.
  }
  const ok = statuses.includes(response.status) && VIETNAMESE.test(message) && !GENERIC_FAILURE.test(message);
  if (!ok) throw new Error(`${what}: expected a 4xx with a Vietnamese message, got ${response.status} ${body.slice(0, 300)}`);
}

/** Runs a property with the file's seed; on failure the message says how to replay it. */
export async function assertProperty<T>(arb: fc.Arbitrary<T>, run: (value: T) => Promise<void>, numRuns = RUNS): Promise<void> {
  try {
    await fc.assert(fc.asyncProperty(arb, run), { seed: HOSTILE_SEED, numRuns, endOnFailure: true });
  } catch (error) {
    // fast-check prints the counterexample in full; a 100 kB payload would bury the report.
    const message = error instanceof Error ? error.message : String(error);
    const short = message.split("\n").map((line) => (line.length > 600 ? `${line.slice(0, 600)}… (${line.length} chars)` : line)).join("\n");
    throw new Error(`[hostile] property failed; replay with HOSTILE_SEED=${HOSTILE_SEED}\n${short}`, { cause: error });
  }
}

/** Per run: the audit log did not grow. Around the property: every table is as it was. */
export function writeWatch(db: PrismaClient, ignore: IgnoredColumns = {}) {
  let audit = 0n;
  let before: Awaited<ReturnType<typeof fingerprint>> = {};
  return {
    async start() {
      before = await fingerprint(db, ignore);
      audit = await auditHighWater(db);
    },
    async expectNoAudit(what: string) {
      const now = await auditHighWater(db);
      if (now !== audit) throw new Error(`${what}: wrote ${now - audit} audit row(s)`);
    },
    async expectUnchanged() {
      expect(changedTables(before, await fingerprint(db, ignore))).toEqual([]);
    },
  };
}

/** Sets environment variables for a file's run; the returned function puts the previous values back. */
export function setEnv(values: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/** A private evidence folder for the run, so a stray write of bytes shows as a new file; `remove` deletes it. */
export function privateEvidenceDir(): { dir: string; files: () => string[]; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "cds-hostile-evidence-"));
  const restore = setEnv({ EVIDENCE_DIR: dir });
  return { dir, files: () => readdirSync(dir), remove: () => { restore(); rmSync(dir, { recursive: true, force: true }); } };
}
