// A fresh database per run, on a throw-away embedded PostgreSQL cluster of the run's own (or on the server of DATABASE_URL when set):
// migrated with the real migrations and seeded with the real seed. Dropped at the end.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { deployMigrations, seedDatabaseAt } from "../../scripts/lib/migrate";
import { createDatabaseIfMissing, dropDatabase, startEphemeralPostgres, withDatabase } from "../../scripts/lib/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** An untouched copy of the seeded database, for files that must start from the seed whatever ran before them. */
    seedDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = process.env.DATABASE_URL ? null : await startEphemeralPostgres("test");
  const adminUrl = server?.adminUrl ?? withDatabase(process.env.DATABASE_URL ?? "", "postgres");
  const name = `cds_it_${Date.now()}`;
  await createDatabaseIfMissing(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  await deployMigrations(url, true);
  await seedDatabaseAt(url);
  // Copied before any test file runs: the order of the files changes with their recorded durations.
  const seedCopy = `${name}_seed`;
  await copyDatabase(adminUrl, name, seedCopy);
  project.provide("databaseUrl", url);
  project.provide("seedDatabaseUrl", withDatabase(adminUrl, seedCopy));
  return async () => {
    await dropDatabase(adminUrl, seedCopy);
    await dropDatabase(adminUrl, name);
    await server?.stop();
  };
}

async function copyDatabase(adminUrl: string, source: string, target: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${target}" TEMPLATE "${source}"`);
  } finally {
    await client.end();
  }
}
