// A fresh database per run, on the embedded PostgreSQL (or on the server of DATABASE_URL when set):
// migrated with the real migrations and seeded with the real seed. Dropped at the end.
import type { TestProject } from "vitest/node";
import { deployMigrations, seedDatabaseAt } from "../../scripts/lib/migrate";
import { createDatabaseIfMissing, dropDatabase, startEmbeddedPostgres, withDatabase } from "../../scripts/lib/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = process.env.DATABASE_URL ? null : await startEmbeddedPostgres("test", Number(process.env.CDS_TEST_PG_PORT ?? 54330));
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
