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
