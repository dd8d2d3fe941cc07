// Hostile input against every server action, called for real (FormData, as the caller a test chooses, so the role
// check passes and the payload reaches validation): random payloads from fast-check with one field the action
// must refuse and noise in others, then each field's "deep" refusals (values a naive check lets through to the
// database) on an otherwise valid form. Each answer must be a refusal in plain Vietnamese, no run may write,
// and a normal call still succeeds afterwards.
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { runAsCaller } from "../../lib/server/auth";
import type { PrismaClient } from "../../lib/server/prisma-client";
import { ACTION_TABLE, type ActionRow } from "../support/hostile-action-table";
import { APP_TODAY, createSourceSystem, loadHostileContext, type HostileContext } from "../support/hostile-context";
import { deepRefusedFor, describeValue, fieldNoise, refusedFor, toFormData, type Field, type FieldValue } from "../support/hostile-fields";
import { assertProperty, expectRefusal, privateEvidenceDir, setEnv, writeWatch } from "../support/hostile-harness";
import { connectTestDb } from "./support";

vi.mock("next/cache", () => import("../support/hostile-next-cache"));

type AnyAction = (...args: unknown[]) => Promise<unknown>;
const ACTIONS_DIR = path.join(import.meta.dirname, "../../lib/server/actions");

let db: PrismaClient;
let ctx: HostileContext;
let system: Awaited<ReturnType<typeof createSourceSystem>>;
const table: Record<string, ActionRow> = {};
const actions = new Map<string, { module: string; fn: AnyAction }>();
const evidence = privateEvidenceDir();
let restoreEnv = () => {};

beforeAll(async () => {
  restoreEnv = setEnv({ DATABASE_URL: inject("databaseUrl"), APP_TODAY });
  db = connectTestDb();
  system = await createSourceSystem(db, "hostile-actions");
  ctx = await loadHostileContext(db);
  for (const [name, row] of Object.entries(ACTION_TABLE)) table[name] = row(ctx);
  for (const file of readdirSync(ACTIONS_DIR).filter((f) => f.endsWith(".ts"))) {
    const mod = (await import(path.join(ACTIONS_DIR, file))) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      if (name.endsWith("Action") && typeof fn === "function") actions.set(name, { module: file.replace(/\.ts$/, ""), fn: fn as AnyAction });
    }
  }
});

afterAll(async () => {
  await system.remove();
  await db.$disconnect();
  evidence.remove();
  restoreEnv();
});

function call(name: string, row: ActionRow, form: FormData): Promise<unknown> {
  const action = actions.get(name);
  if (!action) throw new Error(`no action ${name}`);
  const userId = row.caller === "anonymous" ? null : ctx.users[row.caller];
  // A success that redirects (next/navigation throws for it) comes back as an answer, so the payload is reported.
  return runAsCaller(userId, () => (row.formOnly ? action.fn(form) : action.fn({ status: "idle" }, form))).catch((error: unknown) => {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { status: "redirected", to: digest };
    throw error;
  });
}

/** The base form with some fields replaced. */
function formOf(fields: Field[], changes: [string, FieldValue][]): { form: FormData; label: string } {
  const values = new Map<string, FieldValue>(fields.map((f) => [f.name, f.base]));
  for (const [name, value] of changes) values.set(name, value);
  return { form: toFormData(values), label: changes.map(([n, v]) => `${n}=${describeValue(v)}`).join(" ") };
}

/** One field the action must refuse, plus up to three fields of noise (applied first, so the refusal stands). */
function payloads(fields: Field[]): fc.Arbitrary<[string, FieldValue][]> {
  const refusable = fields.flatMap((f) => {
    const refused = refusedFor(f.kind);
    return refused ? [fc.tuple(fc.constant(f.name), refused)] : [];
  });
  const noisy = fields.filter((f) => f.kind.type !== "fixed" && !f.steering).map((f) => f.name);
  const noise = noisy.length > 0 ? fc.array(fc.tuple(fc.constantFrom(...noisy), fieldNoise), { maxLength: 3 }) : fc.constant([]);
  return fc.tuple(fc.oneof(...refusable), noise).map(([refused, others]) => [...others, refused]);
}

/** The app still answers a normal request: the officer saves their grid unchanged (no write). */
async function expectStillServing() {
  const officer = table.saveActualsAction;
  if (!officer) throw new Error("no saveActualsAction row");
  const result = await call("saveActualsAction", officer, formOf(officer.fields, []).form);
  expect(result).toEqual({ status: "ok", message: "Không có thay đổi nào cần lưu." });
}

describe("every server action has a hostile-input row", () => {
  it("and every row names an exported action", () => {
    const exported = [...actions.keys()].sort();
    expect(exported.length).toBeGreaterThan(30);
    expect(exported.filter((name) => !(name in table)), "actions without a row in tests/support/hostile-action-table.ts").toEqual([]);
    expect(Object.keys(table).filter((name) => !actions.has(name)), "rows naming no exported action").toEqual([]);
    for (const [name, row] of Object.entries(table)) expect(actions.get(name)?.module, name).toBe(row.module);
  });

  it("and the normal call used as a health check succeeds before the runs", async () => {
    await expectStillServing();
  });
});

describe.each(Object.keys(ACTION_TABLE))("%s", (name) => {
  it("refuses random hostile payloads in Vietnamese, writes nothing, keeps serving", async () => {
    const row = table[name];
    if (!row) throw new Error(`no row for ${name}`);
    if (row.noInput) {
      expect(row.fields).toEqual([]);
      return;
    }
    const watch = writeWatch(db);
    await watch.start();
    await assertProperty(payloads(row.fields), async (changes) => {
      const { form, label } = formOf(row.fields, changes);
      const result = await call(name, row, form);
      if (row.formOnly) expect(result, label).toBeUndefined();
      else expectRefusal(result, `${name} ${label}`);
      await watch.expectNoAudit(`${name} ${label}`);
    });
    for (const field of row.fields) {
      for (const value of deepRefusedFor(field.kind)) {
        const { form, label } = formOf(row.fields, [[field.name, value]]);
        const result = await call(name, row, form);
        if (row.formOnly) expect(result, label).toBeUndefined();
        else expectRefusal(result, `${name} ${label}`);
      }
    }
    await watch.expectUnchanged();
    expect(evidence.files()).toEqual([]);
    await expectStillServing();
  });
});
