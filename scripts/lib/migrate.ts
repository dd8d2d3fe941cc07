import { spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./postgres";

/** Runs Prisma 6's migrate CLI (WASM engine) with prisma.migrate.config.ts; resolves to its exit code. */
export function runPrismaMigrate(databaseUrl: string, args: string[], quiet = false): Promise<number> {
  const cli = path.join(projectRoot, "node_modules", "prisma6", "build", "index.js");
  const child = spawn(
    process.execPath,
    [cli, "migrate", ...args, "--config", "prisma.migrate.config.ts"],
    { cwd: projectRoot, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit" },
  );
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

export async function deployMigrations(databaseUrl: string, quiet = false): Promise<void> {
  const code = await runPrismaMigrate(databaseUrl, ["deploy"], quiet);
  if (code !== 0) throw new Error(`prisma migrate deploy failed with exit code ${code}`);
  await buildMissingScoreSummary(databaseUrl);
}

/**
 * A database migrated from before the score summary existed has approved values but no summary: build it once, so
 * the ranking and heat map are right from the first request. Afterwards every approval keeps it current.
 */
async function buildMissingScoreSummary(databaseUrl: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ missing: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM "LocalityScore") AND EXISTS (SELECT 1 FROM "Actual" WHERE "publishedRevision" IS NOT NULL) AS missing`,
  ).finally(() => client.end());
  if (!rows[0]?.missing) return;
  const { createPrismaClient } = await import("../../lib/server/prisma-client");
  const { rebuildAllScores } = await import("../../lib/server/services/score-summary");
  const prisma = createPrismaClient(databaseUrl);
  try {
    const built = await rebuildAllScores(prisma);
    console.log(`[db] score summary built: ${built.localities} locality-quarters, ${built.cells} cells`);
  } finally {
    await prisma.$disconnect();
  }
}

export async function seedDatabaseAt(databaseUrl: string): Promise<void> {
  const { createPrismaClient } = await import("../../lib/server/prisma-client");
  const { seedDatabase } = await import("../../prisma/seed");
  const prisma = createPrismaClient(databaseUrl);
  try {
    await seedDatabase(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** Seeds when the database has no localities yet (or always with force); the seed itself is idempotent. */
export async function seedIfEmpty(databaseUrl: string, options: { force?: boolean } = {}): Promise<boolean> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM "Locality"').finally(() => client.end());
  if (!options.force && Number(rows[0]?.n) > 0) return false;
  await seedDatabaseAt(databaseUrl);
  return true;
}
