// npm run bench [-- --size small|full] [--ci] [--only http,first-load] [--reuse-build]
//
// Runs the benchmark sections one after another (never concurrently: the machine has 2 cores) against the bench
// database that `npm run bench:data` generated, prints every figure beside a baseline measured in the same run,
// and writes bench-results/latest.json and latest.md. A section that throws is a failed row and makes the run
// exit 1; a missed goal shows in the table only (under --ci too: CI checks that the benchmark runs end to end).
import { parseArgs } from "node:util";
import pg from "pg";
import { startBenchDatabase, type BenchDatabase } from "./lib/bench-db";
import { firstLoadSection } from "./lib/first-load";
import { httpSection } from "./lib/http";
import { importSection } from "./lib/import";
import { queriesSection } from "./lib/queries";
import { writesSection } from "./lib/writes";
import { ensureProductionBuild, stopSharedNextServer } from "./lib/next-server";
import { SectionError, describeMachine, printReport, writeReport, type BenchReport, type SectionFailure } from "./lib/report";
import type { BenchContext, BenchResult, BenchSection, BenchSize } from "./lib/result";

interface SectionEntry { id: string; section: BenchSection; needsNextBuild?: boolean }

// Sections that only use the database come first; those that need `next start` run last,
// so a section that writes cannot leave the server's caches holding data it has since changed.
const SECTIONS: SectionEntry[] = [
  { id: "queries", section: queriesSection },
  { id: "writes", section: writesSection },
  { id: "import", section: importSection },
  { id: "http", section: httpSection, needsNextBuild: true },
  { id: "first-load", section: firstLoadSection, needsNextBuild: true },
];

const USAGE = `usage: npm run bench -- [--size small|full] [--ci] [--only ${SECTIONS.map((s) => s.id).join(",")}] [--reuse-build]`;

function usage(message: string): never {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(2);
}

interface Options { size: BenchSize | null; ci: boolean; only: SectionEntry[]; reuseBuild: boolean }

function readOptions(): Options {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        size: { type: "string" },
        ci: { type: "boolean", default: false },
        only: { type: "string" },
        "reuse-build": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.size !== undefined && values.size !== "small" && values.size !== "full") usage(`--size must be small or full, not ${values.size}`);
  let only = SECTIONS;
  if (values.only !== undefined) {
    const ids = values.only.split(",").map((s) => s.trim()).filter(Boolean);
    const unknown = ids.filter((id) => !SECTIONS.some((s) => s.id === id));
    if (unknown.length > 0 || ids.length === 0) usage(`unknown section(s) ${unknown.join(", ") || "(none given)"}`);
    only = SECTIONS.filter((s) => ids.includes(s.id));
  }
  return { size: values.size ?? null, ci: values.ci, only, reuseBuild: values["reuse-build"] };
}

/** The size the data set was generated at, or null when the bench database holds no data set. */
async function generatedSize(databaseUrl: string): Promise<BenchSize | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ value: unknown }>(`SELECT value FROM "_BenchMeta" WHERE key = 'size'`);
    const value = rows[0]?.value;
    return value === "small" || value === "full" ? value : null;
  } catch (error) {
    // 3D000: no such database; 42P01: no such table — both mean bench:data has not run.
    const code = (error as { code?: string }).code;
    if (code === "3D000" || code === "42P01") return null;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function main(): Promise<number> {
  const options = readOptions();
  const startedAt = new Date().toISOString();
  let database: BenchDatabase | null = null;
  const cleanUp = async () => {
    await stopSharedNextServer();
    await database?.stop();
    database = null;
  };
  // Ctrl-C: stop the server and the database, and write no report (the sections it cut short would fail).
  let interrupted = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`bench: ${signal}, stopping`);
      void cleanUp().finally(() => process.exit(130));
    });
  }

  try {
    database = await startBenchDatabase((m) => console.log(`[bench] ${m}`));
    const size = await generatedSize(database.url);
    if (!size) {
      console.error("bench: the bench database holds no data set — run npm run bench:data first "
        + `(npm run bench:data -- --size ${options.size ?? "small"}).`);
      return 1;
    }
    if (options.size && options.size !== size) {
      console.error(`bench: the bench database holds the ${size} data set, not ${options.size} — `
        + `run npm run bench:data -- --size ${options.size} first, or drop --size.`);
      return 1;
    }
    const ctxBase = { size, databaseUrl: database.url, adminUrl: database.adminUrl, ci: options.ci };
    const results: BenchResult[] = [];
    const failures: SectionFailure[] = [];
    console.log(`[bench] data set "${size}"${options.ci ? ", CI run" : ""}; sections: ${options.only.map((s) => s.id).join(", ")}`);

    if (options.only.some((s) => s.needsNextBuild)) {
      try {
        await ensureProductionBuild(options.reuseBuild, (m) => console.log(`[bench] ${m}`));
      } catch (error) {
        failures.push({ section: "next build", error: errorText(error) });
      }
    }
    for (const entry of options.only) {
      if (entry.needsNextBuild && failures.some((f) => f.section === "next build")) continue;
      if (interrupted) break;
      const ctx: BenchContext = { ...ctxBase, log: (m) => console.log(`[${entry.id}] ${m}`) };
      const started = Date.now();
      try {
        results.push(...(await entry.section(ctx)));
        ctx.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      } catch (error) {
        ctx.log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        if (error instanceof SectionError) results.push(...error.partialResults);
        failures.push({ section: entry.id, error: errorText(error) });
      }
    }
    await stopSharedNextServer();
    if (interrupted) return 130;

    const report: BenchReport = { startedAt, finishedAt: new Date().toISOString(), machine: describeMachine(size, options.ci), results, failures };
    printReport(report);
    const written = await writeReport(report);
    console.log(`Written: ${written.json}, ${written.markdown}`);
    return failures.length > 0 ? 1 : 0;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
