// Bulk import: 100,000 measurements pushed through the ingestion path (ingestMeasurements — token, rate limit,
// idempotency, every row validated, the batch and the roll-up of every touched cell in one transaction with its
// audit row), in the API's 5,000-row batches, beside PostgreSQL COPY of the same rows into "Measurement" inside
// a transaction that is rolled back. The source system is registered and its token issued through the admin
// services; everything the run wrote is deleted afterwards, so it can run again on the same data set.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createPrismaClient, type PrismaClient } from "../../../lib/server/prisma-client";
import { SlidingWindowRateLimiter } from "../../../lib/server/rate-limit";
import { ingestMeasurements } from "../../../lib/server/services/ingest";
import { issueToken, registerSourceSystem } from "../../../lib/server/services/source-systems";
import type { Viewer } from "../../../lib/server/viewer";
import { BENCH_TODAY } from "./bench-db";
import { COPY_COLUMNS, IMPORT_ROWS, copyLines, planImport, type ImportPlan } from "./import-plan";
import { benchResult, type BenchContext, type BenchSection } from "./result";

const SYSTEM_NAME = "Hệ thống đo kiểm hiệu năng (benchmark nhập số đo)";
const NOW = new Date(`${BENCH_TODAY}T03:00:00Z`);

/** Removes what an earlier run (finished or not) of this benchmark left: its system, token, batches, rows, audit. */
async function removeBenchRows(client: pg.Client): Promise<number> {
  const { rows: systems } = await client.query<{ id: number }>(`SELECT id FROM "SourceSystem" WHERE name = $1`, [SYSTEM_NAME]);
  const ids = systems.map((s) => s.id);
  if (ids.length === 0) return 0;
  await client.query("BEGIN");
  try {
    const { rows: batches } = await client.query<{ id: number }>(`SELECT b.id FROM "IngestBatch" b JOIN "ApiToken" t ON t.id = b."tokenId" WHERE t."sourceSystemId" = ANY($1)`, [ids]);
    const { rows: tokens } = await client.query<{ id: number }>(`SELECT id FROM "ApiToken" WHERE "sourceSystemId" = ANY($1)`, [ids]);
    await client.query(`DELETE FROM "MeasuredValue" WHERE "sourceSystemId" = ANY($1)`, [ids]);
    const { rowCount } = await client.query(`DELETE FROM "Measurement" WHERE "sourceSystemId" = ANY($1)`, [ids]);
    await client.query(`DELETE FROM "IngestBatch" WHERE id = ANY($1)`, [batches.map((b) => b.id)]);
    await client.query(`DELETE FROM "ApiToken" WHERE "sourceSystemId" = ANY($1)`, [ids]);
    await client.query(`DELETE FROM "SourceSystem" WHERE id = ANY($1)`, [ids]);
    await client.query(`
      DELETE FROM "AuditEvent" WHERE (entity = 'IngestBatch' AND "entityId" = ANY($1::text[]))
        OR (entity = 'ApiToken' AND "entityId" = ANY($2::text[])) OR (entity = 'SourceSystem' AND "entityId" = ANY($3::text[]))`,
    [batches.map((b) => String(b.id)), tokens.map((t) => String(t.id)), ids.map(String)]);
    await client.query("COMMIT");
    return rowCount ?? 0;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function adminViewer(client: pg.Client): Promise<Viewer> {
  const { rows: [admin] } = await client.query<{ id: number; name: string; email: string }>(`SELECT id, name, email FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id LIMIT 1`);
  if (!admin) throw new Error("import: the data set has no active admin");
  return { userId: admin.id, name: admin.name, email: admin.email, role: "ADMIN", localityId: null, agencyId: null };
}

/** Seconds COPY takes to store the plan's rows in "Measurement"; rolled back, so the table is as before. */
async function timeCopy(client: pg.Client, plan: ImportPlan, token: { id: number; sourceSystemId: number }): Promise<number> {
  await client.query("BEGIN");
  try {
    const { rows: [batch] } = await client.query<{ id: number }>(`
      INSERT INTO "IngestBatch" ("tokenId", "idempotencyKey", "requestHash", "rowCount", "createdAt") VALUES ($1, $2, 'copy', $3, $4) RETURNING id`,
    [token.id, `bench-copy-${Date.now()}`, plan.rows.length, NOW.toISOString()]);
    if (!batch) throw new Error("import: no batch row for COPY");
    const text = copyLines(plan, { sourceSystemId: token.sourceSystemId, batchId: batch.id, receivedAt: NOW });
    const started = performance.now();
    const stream = client.query(copyFrom(`COPY "Measurement" (${COPY_COLUMNS.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
    await pipeline(Readable.from([text]), stream);
    const seconds = (performance.now() - started) / 1000;
    if (stream.rowCount !== plan.rows.length) throw new Error(`import: COPY stored ${stream.rowCount} of ${plan.rows.length} rows`);
    return seconds;
  } finally {
    await client.query("ROLLBACK");
  }
}

/** Seconds for all batches through the ingestion path, one after another as a source system sends them. */
async function timeIngest(db: PrismaClient, plan: ImportPlan, token: string, log: (m: string) => void): Promise<number> {
  const limiter = new SlidingWindowRateLimiter({ limit: 10_000, windowMs: 60_000 });
  const runId = Date.now().toString(36);
  let total = 0;
  for (const [i, body] of plan.batches.entries()) {
    const started = performance.now();
    const answer = await ingestMeasurements({ token }, `bench-${runId}-${i}`, body, db, NOW, { limiter });
    const ms = performance.now() - started;
    total += ms;
    if (answer.status !== 201) throw new Error(`import: batch ${i + 1} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`);
    if (i === 0 || (i + 1) % 5 === 0) log(`batch ${i + 1}/${plan.batches.length}: ${(ms / 1000).toFixed(2)} s`);
  }
  return total / 1000;
}

interface ImportTimings { ingestSeconds: number; copySeconds: number[]; plan: ImportPlan; measuredValues: number }

async function timeImport(ctx: BenchContext): Promise<ImportTimings> {
  const client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
  const db = createPrismaClient(ctx.databaseUrl);
  try {
    const leftover = await removeBenchRows(client);
    if (leftover > 0) ctx.log(`removed ${leftover} measurements an earlier run left`);
    const plan = await planImport(client);
    const { rows: [taken] } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "MeasuredValue" WHERE "periodId" = $1 AND "indicatorId" = ANY($2) AND "localityId" = ANY($3)`,
      [plan.periodId, plan.indicators.map((i) => i.id), plan.communes.map((c) => c.id)]);
    if ((taken?.n ?? 0) > 0) throw new Error(`import: ${taken?.n} of the cells already hold measured values; the benchmark needs them empty`);
    ctx.log(`${plan.rows.length} rows in ${plan.batches.length} batches: daily figures ${plan.days[0]}…${plan.days.at(-1)} for ${plan.indicators.length} indicators × ${plan.communes.length} communes`);

    const admin = await adminViewer(client);
    const { sourceSystemId } = await registerSourceSystem(admin, { name: SYSTEM_NAME, owner: "Sở Khoa học và Công nghệ", contact: "bench@example.vn" }, db, NOW);
    const issued = await issueToken(admin, { sourceSystemId, indicatorIds: plan.indicators.map((i) => i.id), localityIds: plan.communes.map((c) => c.id) }, db, NOW);
    const copySeconds: number[] = [];
    try {
      copySeconds.push(await timeCopy(client, plan, { id: issued.tokenId, sourceSystemId }));
      const ingestSeconds = await timeIngest(db, plan, issued.token, ctx.log);
      copySeconds.push(await timeCopy(client, plan, { id: issued.tokenId, sourceSystemId }));
      const { rows: [stored] } = await client.query<{ measurements: number; measured: number }>(`
        SELECT (SELECT count(*)::int FROM "Measurement" WHERE "sourceSystemId" = $1) AS measurements,
               (SELECT count(*)::int FROM "MeasuredValue" WHERE "sourceSystemId" = $1) AS measured`, [sourceSystemId]);
      if (stored?.measurements !== plan.rows.length) throw new Error(`import: ${stored?.measurements} measurements stored, ${plan.rows.length} sent`);
      return { ingestSeconds, copySeconds, plan, measuredValues: stored.measured };
    } finally {
      await removeBenchRows(client);
      await client.query(`VACUUM (ANALYZE) "Measurement", "MeasuredValue", "IngestBatch"`);
    }
  } finally {
    await db.$disconnect();
    await client.end();
  }
}

export const importSection: BenchSection = async (ctx) => {
  const { ingestSeconds, copySeconds, plan, measuredValues } = await timeImport(ctx);
  const copy = copySeconds.reduce((s, x) => s + x, 0) / copySeconds.length;
  ctx.log(`ingestion ${ingestSeconds.toFixed(2)} s; COPY ${copySeconds.map((s) => s.toFixed(2)).join(" s, ")} s`);
  return [benchResult({
    id: "import.ingest-100k",
    title: `Import ${IMPORT_ROWS.toLocaleString("en-US")} measurements through the ingestion API path (validation, roll-up, audit)`,
    unit: "s", figure: ingestSeconds, baseline: copy, baselineLabel: "COPY of the same rows into Measurement (mean of before and after)",
    goal: { maxRatio: 5 },
    detail: `${plan.batches.length} batches of ≤ 5,000 rows; daily figures ${plan.days[0]}…${plan.days.at(-1)} for ${plan.indicators.length} indicators × ${plan.communes.length} communes (${measuredValues} cells rolled up)`,
  })];
};
