import { inject, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import pg from "pg";
import { runPrismaMigrate } from "../../scripts/lib/migrate";

// Covers the offline migration path (Prisma 6's WASM engine through the pg adapter, with the "char"
// column patch and our own shadow database): schema introspection must succeed and find no drift.
describe("migrations", () => {
  it("finds the migrated database in sync with the schema, and leaves no shadow database behind", async () => {
    const migrationsBefore = readdirSync("prisma/migrations");
    const code = await runPrismaMigrate(inject("databaseUrl"), ["dev", "--name", "should_not_exist"], true);
    expect(code).toBe(0);
    expect(readdirSync("prisma/migrations")).toEqual(migrationsBefore);
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    const { rows } = await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'");
    await client.end();
    expect(rows).toEqual([]);
  }, 120_000);
});
