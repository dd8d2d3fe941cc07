import pg from "pg";
import { getDb } from "../../../lib/server/db";
import type { PrismaClient } from "../../../lib/server/prisma-client";
import { withDatabase } from "../../../scripts/lib/postgres";
import { applicationTables } from "../../support/hostile-fingerprint";

// The matrix runs in a database of its own on the run's PostgreSQL server, copied once from the run's seeded
// database, so the seed the other test files use is never touched. Once its fixtures are in, every table is copied
// into a schema of its own: an allowed call that writes is undone by putting back the tables it changed, and the
// database's fingerprint must then be what it was before the call (checked after every restore).

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const OBJECT_IN_USE = "55006";
const PRISTINE = "authz_pristine";

/** A copy of the given database — the run's untouched seed copy — on the same server. */
export async function createScratchDatabase(testDatabaseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new pg.Client({ connectionString: withDatabase(testDatabaseUrl, "postgres") });
  await admin.connect();
  const source = new URL(testDatabaseUrl).pathname.slice(1);
  const name = `cds_authz_${Date.now().toString(36)}`;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await admin.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(source)}`);
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt >= 100) throw error;
      await sleep(100);
    }
  }
  await admin.end();
  const drop = async () => {
    const client = new pg.Client({ connectionString: withDatabase(testDatabaseUrl, "postgres") });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`).finally(() => client.end());
  };
  return { url: withDatabase(testDatabaseUrl, name), drop };
}

export async function keepPristine(db: PrismaClient): Promise<void> {
  await db.$executeRawUnsafe(`CREATE SCHEMA ${PRISTINE}`);
  for (const table of await applicationTables(db)) {
    await db.$executeRawUnsafe(`CREATE TABLE ${PRISTINE}.${quote(table)} AS TABLE public.${quote(table)}`);
  }
}

/**
 * Puts the tables back as they were kept, in one transaction. Foreign keys are enforced by triggers, which the
 * replica role skips while rows are swapped (the schema has no other triggers); the test server's user is a
 * superuser. Sequences are left as they are: a new row simply gets a new id.
 */
export async function restoreTables(names: string[]): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
    for (const table of names) {
      await tx.$executeRawUnsafe(`DELETE FROM public.${quote(table)}`);
      await tx.$executeRawUnsafe(`INSERT INTO public.${quote(table)} SELECT * FROM ${PRISTINE}.${quote(table)}`);
    }
  });
}

const holder = globalThis as { cdsPrisma?: PrismaClient };

/**
 * Points the app (getDb, as actions and route handlers use it) at the scratch database: DATABASE_URL is what getDb
 * reads when it first builds its client, and lib/server/db.ts keeps that client on globalThis.cdsPrisma. The
 * check that follows fails loudly if that ever changes, rather than testing the wrong database.
 */
export async function pointAppAt(url: string): Promise<void> {
  const previous = holder.cdsPrisma;
  holder.cdsPrisma = undefined;
  process.env.DATABASE_URL = url;
  await previous?.$disconnect();
  const [row] = await getDb().$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  const wanted = new URL(url).pathname.slice(1);
  if (row?.name !== wanted) throw new Error(`getDb() reads ${row?.name ?? "nothing"}, expected ${wanted}: see lib/server/db.ts`);
}

export async function disconnectApp(): Promise<void> {
  await holder.cdsPrisma?.$disconnect();
  holder.cdsPrisma = undefined;
}

/**
 * Per application table, its row count and the sum of a hash of every row, read through the app's own client:
 * any insert, update or delete shows. Sequences are left out (a refused insert may use up an id, harmlessly).
 */
export async function fingerprint(): Promise<Record<string, string>> {
  const db = getDb();
  const parts = (await applicationTables(db)).map((t) => `SELECT '${t}' AS name, count(*) || ':' || coalesce(sum(hashtext(x::text)), 0) AS print FROM public.${quote(t)} x`);
  const rows = await db.$queryRawUnsafe<{ name: string; print: string }[]>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.name, r.print]));
}

/**
 * The next transaction id the server will hand out. Every write (and every lock taken to write) needs one, in any
 * database of the server, so while it stays put nothing was written anywhere: a cheap proof that spares hashing
 * every table after each refused call. When it moves, the fingerprint decides.
 */
export async function nextTransactionId(): Promise<string> {
  const [row] = await getDb().$queryRaw<{ xmax: string }[]>`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`;
  return row?.xmax ?? "";
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]).sort();
}
