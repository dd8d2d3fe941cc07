// An officer saves a whole quarter: sixty changed values of one commune's 2026-Q4 draft, with their audit rows,
// through saveActuals (the server function behind the entry grid's save action) beside the same writes as one
// hand-written transaction on a bare pg connection. The two alternate on the same rows (A, B, A, B…), each
// starting from the versions the other left, so both pay for the same table and index pages. The commune's
// rows, its submission and the audit rows written are put back afterwards, so the data set stays as generated.
import pg from "pg";
import { createPrismaClient } from "../../../lib/server/prisma-client";
import { saveActuals } from "../../../lib/server/services/reporting";
import type { Viewer } from "../../../lib/server/viewer";
import { BENCH_TODAY } from "./bench-db";
import { benchResult, summariseSamples, type BenchContext, type BenchResult, type BenchSection } from "./result";
import { restoreQuarter, snapshotQuarter } from "./writes-fixture";

export interface QuarterFixture {
  localityId: number;
  code: string;
  periodId: number;
  viewer: Viewer;
  indicators: { id: number; unit: string }[];
}

/** The first post-reform commune (by code) with sixty due targets in 2026-Q4 and no report sent for it. */
async function findFixture(client: pg.Client): Promise<QuarterFixture> {
  const { rows: [period] } = await client.query<{ id: number }>(`SELECT id FROM "ReportingPeriod" WHERE year = 2026 AND quarter = 4`);
  if (!period) throw new Error("writes: the data set has no 2026-Q4 period");
  const { rows: [unit] } = await client.query<{ id: number; code: string }>(`
    SELECT l.id, l.code FROM "Locality" l
    LEFT JOIN "Submission" s ON s."localityId" = l.id AND s."periodId" = $1
    WHERE l.level = 'COMMUNE' AND l."validTo" IS NULL AND (s.id IS NULL OR s.status = 'DRAFT')
      AND (SELECT count(*) FROM "Target" t JOIN "Indicator" i ON i.id = t."indicatorId"
           WHERE t."localityId" = l.id AND t.year = 2026 AND i.active AND i.frequency IN ('QUARTERLY', 'ANNUAL')) = 60
    ORDER BY l.code LIMIT 1`, [period.id]);
  if (!unit) throw new Error("writes: no commune with 60 due targets and an editable 2026-Q4 report");
  const { rows: [officer] } = await client.query<{ id: number; name: string; email: string }>(
    `SELECT id, name, email FROM "User" WHERE "localityId" = $1 AND role = 'OFFICER' AND active ORDER BY id LIMIT 1`, [unit.id]);
  if (!officer) throw new Error(`writes: commune ${unit.code} has no officer`);
  const { rows: indicators } = await client.query<{ id: number; unit: string }>(`
    SELECT i.id, i.unit FROM "Target" t JOIN "Indicator" i ON i.id = t."indicatorId"
    WHERE t."localityId" = $1 AND t.year = 2026 AND i.active AND i.frequency IN ('QUARTERLY', 'ANNUAL') ORDER BY i.id`, [unit.id]);
  const viewer: Viewer = { userId: officer.id, name: officer.name, email: officer.email, role: "OFFICER", localityId: unit.id, agencyId: null };
  return { localityId: unit.id, code: unit.code, periodId: period.id, viewer, indicators };
}

/** A value for step `k` that differs from step k − 1's for every indicator (percentages stay within 0–100). */
const valueAt = (unit: string, k: number, i: number): number => (unit === "PERCENT" ? 5 + ((7 * k + i) % 90) : 100 + 3 * k + i);

interface Stored { id: number; indicatorId: number; version: number }
async function storedRows(client: pg.Client, fx: QuarterFixture): Promise<Map<number, Stored>> {
  const { rows } = await client.query<Stored>(`SELECT id, "indicatorId", version FROM "Actual" WHERE "localityId" = $1 AND "periodId" = $2`, [fx.localityId, fx.periodId]);
  return new Map(rows.map((r) => [r.indicatorId, r]));
}

/**
 * The same save by hand: upsert the submission, then one statement that updates the sixty rows (version-checked,
 * version + 1, counts cleared because the value changed) and inserts their audit rows with before/after JSON.
 */
async function bareSave(client: pg.Client, fx: QuarterFixture, stored: Map<number, Stored>, k: number): Promise<void> {
  const rows = fx.indicators.map((ind, i) => ({ ...stored.get(ind.id), value: valueAt(ind.unit, k, i) }));
  await client.query("BEGIN");
  try {
    const { rows: [submission] } = await client.query<{ status: string }>(`
      INSERT INTO "Submission" ("periodId", "localityId", "updatedAt") VALUES ($1, $2, now())
      ON CONFLICT ("periodId", "localityId") DO UPDATE SET "periodId" = EXCLUDED."periodId" RETURNING status`, [fx.periodId, fx.localityId]);
    if (submission?.status !== "DRAFT" && submission?.status !== "RETURNED") throw new Error("writes: the report is no longer editable");
    const written = await client.query(`
      WITH v AS (SELECT * FROM unnest($1::int[], $2::int[], $3::numeric[]) AS v(id, version, value)),
      changed AS (
        UPDATE "Actual" a SET "value" = v.value, "numerator" = NULL, "denominator" = NULL, "updatedById" = $4, "updatedAt" = $5, "version" = a."version" + 1
        FROM v JOIN "Actual" o ON o.id = v.id
        WHERE a.id = v.id AND a."version" = v.version
        RETURNING a.id, o."value" AS before_value, o."numerator" AS before_numerator, o."denominator" AS before_denominator, a."value" AS after_value, a."note", a."evidenceUrl"
      )
      INSERT INTO "AuditEvent" ("at", "actorId", "action", "entity", "entityId", "before", "after")
      SELECT $5, $4, 'actual.save', 'Actual', c.id::text,
        jsonb_build_object('value', c.before_value::float8, 'numerator', c.before_numerator::float8, 'denominator', c.before_denominator::float8, 'note', c."note", 'evidenceUrl', c."evidenceUrl"),
        jsonb_build_object('value', c.after_value::float8, 'numerator', NULL, 'denominator', NULL, 'note', c."note", 'evidenceUrl', c."evidenceUrl")
      FROM changed c`,
    [rows.map((r) => r.id ?? -1), rows.map((r) => r.version ?? -1), rows.map((r) => String(r.value)), fx.viewer.userId, new Date().toISOString()]);
    if (written.rowCount !== rows.length) throw new Error(`writes: the hand-written save wrote ${written.rowCount} of ${rows.length} rows`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

function appInput(fx: QuarterFixture, stored: Map<number, Stored>, k: number) {
  return {
    periodId: fx.periodId,
    reporter: { localityId: fx.localityId, agencyId: null },
    items: fx.indicators.map((ind, i) => ({ indicatorId: ind.id, version: stored.get(ind.id)?.version ?? 0, value: String(valueAt(ind.unit, k, i)) })),
  };
}

/** Times saveActuals against the hand-written transaction, interleaved; the first `warmup` rounds are not kept. */
async function timeSaveQuarter(ctx: BenchContext, rounds: { warmup: number; iterations: number }): Promise<{ app: number[]; hand: number[]; fixture: QuarterFixture }> {
  const client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
  const db = createPrismaClient(ctx.databaseUrl);
  const today = new Date(`${BENCH_TODAY}T00:00:00Z`);
  try {
    const fixture = await findFixture(client);
    ctx.log(`commune ${fixture.code}: ${fixture.indicators.length} values per save, officer ${fixture.viewer.email}`);
    const snapshot = await snapshotQuarter(client, fixture);
    const app: number[] = [];
    const hand: number[] = [];
    let k = 0;
    try {
      // The first save creates the rows a draft still lacks; every later one updates all sixty.
      await saveActuals(fixture.viewer, appInput(fixture, await storedRows(client, fixture), k++), db, today);
      for (let round = 0; round < rounds.warmup + rounds.iterations; round++) {
        const appStored = await storedRows(client, fixture);
        let started = performance.now();
        const result = await saveActuals(fixture.viewer, appInput(fixture, appStored, k++), db, today);
        const appMs = performance.now() - started;
        if (result.changed !== fixture.indicators.length) throw new Error(`writes: saveActuals changed ${result.changed} values, not ${fixture.indicators.length}`);
        const handStored = await storedRows(client, fixture);
        started = performance.now();
        await bareSave(client, fixture, handStored, k++);
        const handMs = performance.now() - started;
        if (round >= rounds.warmup) { app.push(appMs); hand.push(handMs); }
      }
    } finally {
      await restoreQuarter(client, fixture, snapshot);
    }
    return { app, hand, fixture };
  } finally {
    await db.$disconnect();
    await client.end();
  }
}

export const writesSection: BenchSection = async (ctx) => {
  // A long warm-up: the figure is a running server's, with Prisma's and V8's code already compiled and optimised.
  const { app, hand, fixture } = await timeSaveQuarter(ctx, { warmup: ctx.ci ? 10 : 30, iterations: ctx.ci ? 10 : 40 });
  const a = summariseSamples(app);
  const b = summariseSamples(hand);
  ctx.log(`saveActuals p50 ${a.p50.toFixed(1)} ms, p95 ${a.p95.toFixed(1)} ms; hand-written p50 ${b.p50.toFixed(1)} ms, p95 ${b.p95.toFixed(1)} ms`);
  const detail = `${app.length} saves each, interleaved, of ${fixture.indicators.length} values + ${fixture.indicators.length} audit rows (commune ${fixture.code}, 2026-Q4 draft)`;
  const baselineLabel = "the same writes as one hand-written SQL transaction (pg)";
  const results: BenchResult[] = [
    benchResult({ id: "write.save-quarter.p95", title: "Save a quarter (60 values + audit) through saveActuals, p95", unit: "ms", figure: a.p95, baseline: b.p95, baselineLabel, goal: { maxRatio: 3 }, detail }),
    benchResult({ id: "write.save-quarter.p50", title: "Save a quarter (60 values + audit) through saveActuals, p50", unit: "ms", figure: a.p50, baseline: b.p50, baselineLabel, goal: {}, detail }),
  ];
  return results;
};
