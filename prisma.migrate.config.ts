// Migrations run through Prisma 6's CLI with its WASM schema engine, because Prisma 7's CLI downloads a
// native engine first and these machines are offline. Each workaround below is documented in
// shared/OFFLINE-STACK.md; the versions are pinned exactly because fix 3 touches adapter internals.
// Migration files are standard, so a Prisma 7 user with internet can switch to the normal CLI.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma6/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { patchCharColumns } from "./scripts/lib/adapter-char-patch";

// The npm scripts always run from the project root (c12 may load this file without import.meta support).
const root = process.cwd();
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL is required to run migrations (npm run db:* sets it).");

// 2. Prisma 6 would regenerate the client into Prisma 7's output and break it.
process.env.PRISMA_MIGRATE_SKIP_GENERATE = "1";

// 4. The WASM engine leaves 10 s and 60 s timers pending: let the process exit when the work is done.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((handler: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
  const timer = originalSetTimeout(handler, delay, ...args);
  if ((delay ?? 0) >= 5000) timer.unref?.();
  return timer;
}) as typeof setTimeout;

// 1. Prisma 6 demands a datasource url that Prisma 7 forbids: migrate from a git-ignored copy.
const schemaCopy = path.join(root, "generated", "migrate", "schema.prisma");
const schema = readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8")
  // Keep `engineType = "client"` (else v6 fetches a query engine) but point output away from the real client.
  .replace(/output\s*=\s*"[^"]*"/, 'output = "./unused-client"')
  .replace(/datasource\s+db\s*\{([^}]*)\}/, (_m, body: string) => `datasource db {${body}  url = env("DATABASE_URL")\n}`);
mkdirSync(path.dirname(schemaCopy), { recursive: true });
writeFileSync(schemaCopy, schema);

async function createDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } catch (error) {
    // 5. With an adapter Prisma does not create the database; 42P04 = it exists already.
    if ((error as { code?: string }).code !== "42P04") throw error;
  } finally {
    await client.end();
  }
}

class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url, allowExitOnIdle: true });
  }

  override async connect() {
    await createDatabase(this.url);
    const adapter = await super.connect();
    patchCharColumns(adapter);
    return adapter;
  }

  // 6. A shadow database of our own: created here, dropped only after its pool has closed.
  override async connectToShadowDb() {
    const shadowUrl = new URL(this.url);
    const name = `prisma_shadow_${Date.now()}`;
    shadowUrl.pathname = `/${name}`;
    await createDatabase(shadowUrl.toString());
    const adapter = await new PrismaPg({ connectionString: shadowUrl.toString(), allowExitOnIdle: true }).connect();
    patchCharColumns(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const admin = new URL(this.url);
      admin.pathname = "/postgres";
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => client.end());
    };
    return adapter;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: schemaCopy,
  migrations: { path: path.join(root, "prisma", "migrations") },
  adapter: async () => new MigrationAdapterFactory(databaseUrl),
});
