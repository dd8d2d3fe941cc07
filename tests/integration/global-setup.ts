// A fresh database per run, on a throw-away embedded PostgreSQL cluster of the run's own (or on the server of DATABASE_URL when set):
// migrated with the real migrations and seeded with the real seed. Dropped at the end.
import type { TestProject } from "vitest/node";
import { deployMigrations, seedDatabaseAt } from "../../scripts/lib/migrate";
import { createDatabaseIfMissing, dropDatabase, startEphemeralPostgres, withDatabase } from "../../scripts/lib/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
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
  project.provide("databaseUrl", url);
  return async () => {
    await dropDatabase(adminUrl, name);
    await server?.stop();
  };
}
