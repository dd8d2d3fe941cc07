// npm run bench:data [-- --size small|full]
//
// Generates a national-scale data set in its own database (cds_bench on the bench cluster, port 54339):
// 34 provinces, 3,321 communes before and after the 2025 reform with their lineage, 60 indicators and 24
// quarters — about 4.8 million values — or a small one of the same shape for CI. Rows are built in JS with a
// seeded generator (the same size always gives the same rows) and streamed with COPY, never inserted one by one.
import { parseArgs } from "node:util";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { rebuildAllScores } from "../../lib/server/services/score-summary";
import { deployMigrations } from "../lib/migrate";
import { createDatabaseIfMissing, dropDatabase } from "../lib/postgres";
import { BENCH_DATABASE, BENCH_TODAY, startBenchDatabase } from "./lib/bench-db";
import { copyTable, quoteIdent } from "./lib/copy";
import type { CopyJob } from "./lib/copy";
import { dropSecondary, prepareLoadSession, resetSequences, restoreSecondary, tuneCluster } from "./lib/copy-constraints";
import { startTableProgress } from "./lib/copy-progress";
import { actualJob, revisionJob } from "./lib/generate-actuals";
import { buildWorld, referenceJobs } from "./lib/generate-reference";
import { BENCH_SHAPES } from "./lib/generate-shape";
import { auditJob, planSubmissions, submissionJob } from "./lib/generate-submissions";
import { targetJob } from "./lib/generate-targets";
import { BENCH_PASSWORD, BENCH_PASSWORD_SALT } from "./lib/generate-users";
import type { BenchSize } from "./lib/result";

/** Parents before children; every table here has its ids written explicitly. */
const LOADED_TABLES = [
  "Locality", "Agency", "Pillar", "Indicator", "ReportingPeriod", "User", "LocalityChange", "LocalityLink",
  "Target", "Submission", "Actual", "ActualRevision", "AuditEvent",
] as const;

const log = (message: string) => console.error(`[bench:data] ${message}`);
const seconds = (since: number) => (Date.now() - since) / 1000;

function readSize(): BenchSize {
  const { values } = parseArgs({ options: { size: { type: "string", default: "full" } } });
  if (values.size !== "small" && values.size !== "full") {
    console.error(`bench:data: --size must be small or full, not ${values.size}\nusage: npm run bench:data -- [--size small|full]`);
    process.exit(2);
  }
  return values.size;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

async function timed<T>(timings: Record<string, number>, name: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await step();
  timings[name] = Number(seconds(started).toFixed(1));
  log(`${name}: ${timings[name]} s`);
  return result;
}

async function main(): Promise<void> {
  const size = readSize();
  const shape = BENCH_SHAPES[size];
  const started = Date.now();
  const timings: Record<string, number> = {};
  const database = await startBenchDatabase(log);
  const clients: pg.Client[] = [];
  try {
    await timed(timings, "database", async () => {
      const admin = await connect(database.adminUrl);
      try {
        const changed = await tuneCluster(admin);
        if (changed.length > 0) log(`cluster settings applied (ALTER SYSTEM + reload): ${changed.join(", ")}`);
      } finally {
        await admin.end();
      }
      await dropDatabase(database.adminUrl, BENCH_DATABASE);
      await createDatabaseIfMissing(database.adminUrl, BENCH_DATABASE);
      await deployMigrations(database.url, true);
    });

    const { world, submissions, passwordHash } = await timed(timings, "plan", async () => {
      const world = buildWorld(shape);
      return { world, submissions: planSubmissions(world), passwordHash: await hash(BENCH_PASSWORD, { salt: BENCH_PASSWORD_SALT }) };
    });
    log(`${size}: ${shape.provinces} provinces, ${world.map.districts.length} districts, ${world.map.oldCommunes.length} → ${world.map.newCommunes.length} communes, `
      + `${world.indicators.length} indicators, ${submissions.length.toLocaleString("en-US")} submissions`);

    const [loader, helper] = [await connect(database.url), await connect(database.url)];
    clients.push(loader, helper);
    for (const client of clients) await prepareLoadSession(client);
    const saved = await dropSecondary(loader, LOADED_TABLES);

    const jobs: CopyJob[] = [
      ...referenceJobs(world, passwordHash),
      targetJob(world),
      submissionJob(submissions),
      actualJob(world, submissions),
      revisionJob(world, submissions),
      auditJob(submissions),
    ];
    await timed(timings, "copy", async () => {
      for (const job of jobs) {
        const progress = startTableProgress(job.table, job.total);
        const rows = await copyTable(loader, job, progress.update);
        progress.finish(rows);
      }
    });
    await timed(timings, "indexes and foreign keys", () => restoreSecondary([loader, helper], LOADED_TABLES, saved, (m) => log(`  ${m}`)));
    await resetSequences(loader, LOADED_TABLES);

    // The score summary is built by the application's own code (the same the seed and every approval use).
    await timed(timings, "score summary", async () => {
      const summaryDb = createPrismaClient(database.url);
      const { rows } = await loader.query<{ n: number }>('SELECT count(*)::int AS n FROM "Locality"');
      const progress = startTableProgress("score summary (localities)", rows[0]?.n ?? 0);
      try {
        const built = await rebuildAllScores(summaryDb, (done) => progress.update(done));
        progress.finish(rows[0]?.n ?? 0);
        log(`  score summary: ${built.cells.toLocaleString("en-US")} cells, ${built.localities.toLocaleString("en-US")} locality-quarters`);
      } finally {
        await summaryDb.$disconnect();
      }
    });

    // VACUUM as well as ANALYZE: the rows are already frozen, so it costs a second or two, and it resets the
    // insert counters that would otherwise start an autovacuum of the big tables in the middle of a benchmark.
    await timed(timings, "vacuum analyze", () => loader.query("VACUUM (ANALYZE)"));

    const counts: Record<string, number> = {};
    for (const table of LOADED_TABLES) {
      const { rows } = await loader.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
      counts[table] = Number(rows[0]?.n ?? 0);
    }
    const total = seconds(started);
    await loader.query(`CREATE TABLE IF NOT EXISTS "_BenchMeta" (key text PRIMARY KEY, value jsonb NOT NULL)`);
    const meta: Record<string, unknown> = {
      size, shape, today: BENCH_TODAY, rowCounts: counts, generatedAt: new Date().toISOString(), seconds: Number(total.toFixed(1)), timings,
    };
    for (const [key, value] of Object.entries(meta)) {
      await loader.query(`INSERT INTO "_BenchMeta" (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [key, JSON.stringify(value)]);
    }

    const width = Math.max(...LOADED_TABLES.map((t) => t.length));
    console.log(`\nBench data set "${size}" in database ${BENCH_DATABASE}:`);
    for (const table of LOADED_TABLES) console.log(`  ${table.padEnd(width)}  ${(counts[table] ?? 0).toLocaleString("en-US").padStart(11)}`);
    const all = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`  ${"total".padEnd(width)}  ${all.toLocaleString("en-US").padStart(11)} rows in ${total.toFixed(1)} s`);
  } finally {
    for (const client of clients) await client.end().catch(() => undefined);
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
