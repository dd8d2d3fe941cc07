// What makes a bulk load fast, and puts everything back exactly as the migrations left it. Secondary indexes
// and foreign keys of the loaded tables are dropped before the load and recreated after it from the
// definitions PostgreSQL itself reports (pg_indexes, pg_get_constraintdef), then compared: the schema after the
// load is identical to the migrated one. Re-adding a foreign key validates every row in one join, which is
// far cheaper than a per-row check (with a row lock on the parent) for millions of rows.
import type pg from "pg";
import { quoteIdent } from "./copy";

interface SavedIndex { table: string; name: string; definition: string }
interface SavedForeignKey { table: string; name: string; definition: string }
export interface SavedSchema { indexes: SavedIndex[]; foreignKeys: SavedForeignKey[] }

/**
 * Settings applied with ALTER SYSTEM on the bench cluster, once: all take effect on pg_reload_conf(), without a
 * restart. Larger WAL between checkpoints keeps a multi-gigabyte load from checkpointing every minute.
 * (shared_buffers would need a restart, which the embedded server's reuse-if-running start does not do.)
 */
const CLUSTER_SETTINGS: Record<string, string> = { max_wal_size: "8GB", checkpoint_timeout: "30min" };

/** Returns the settings it changed; a second run finds them in place and changes nothing. */
export async function tuneCluster(client: pg.Client): Promise<string[]> {
  const changed: string[] = [];
  for (const [name, value] of Object.entries(CLUSTER_SETTINGS)) {
    const { rows } = await client.query<Record<string, string>>(`SHOW ${name}`);
    if (rows[0]?.[name] === value) continue;
    await client.query(`ALTER SYSTEM SET ${name} = '${value}'`);
    changed.push(`${name}=${value}`);
  }
  if (changed.length > 0) await client.query("SELECT pg_reload_conf()");
  return changed;
}

/** Session settings for the loading connection: bench data can be regenerated, so an fsync per commit is waste. */
export async function prepareLoadSession(client: pg.Client): Promise<void> {
  await client.query("SET synchronous_commit = off");
  await client.query("SET maintenance_work_mem = '1GB'");
  await client.query("SET work_mem = '256MB'");
}

async function readSchema(client: pg.Client, tables: readonly string[]): Promise<SavedSchema> {
  const indexes = await client.query<SavedIndex>(
    `SELECT i.tablename AS "table", i.indexname AS name, i.indexdef AS definition
       FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
      ORDER BY 1, 2`,
    [tables],
  );
  const foreignKeys = await client.query<SavedForeignKey>(
    `SELECT t.relname AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE c.contype = 'f' AND n.nspname = current_schema() AND t.relname = ANY($1)
      ORDER BY 1, 2`,
    [tables],
  );
  return { indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

export async function dropSecondary(client: pg.Client, tables: readonly string[]): Promise<SavedSchema> {
  const saved = await readSchema(client, tables);
  for (const fk of saved.foreignKeys) await client.query(`ALTER TABLE ${quoteIdent(fk.table)} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
  for (const index of saved.indexes) await client.query(`DROP INDEX ${quoteIdent(index.name)}`);
  return saved;
}

/**
 * Rebuilds the indexes on two connections at once (index builds sort, and this machine has two cores), then
 * re-adds the foreign keys one by one: two of them taking their lock on the same parent table would wait anyway.
 */
export async function restoreSecondary(clients: [pg.Client, pg.Client], tables: readonly string[], saved: SavedSchema, log: (m: string) => void): Promise<void> {
  const queue = [...saved.indexes].sort((a, b) => a.table.localeCompare(b.table));
  const worker = async (client: pg.Client) => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const started = Date.now();
      await client.query(next.definition);
      if (Date.now() - started >= 500) log(`index ${next.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  };
  await Promise.all(clients.map(worker));
  const [client] = clients;
  for (const fk of saved.foreignKeys) {
    const started = Date.now();
    await client.query(`ALTER TABLE ${quoteIdent(fk.table)} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.definition}`);
    if (Date.now() - started >= 500) log(`foreign key ${fk.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const after = await readSchema(client, tables);
  const same = (a: { name: string; definition: string }[], b: { name: string; definition: string }[]) =>
    JSON.stringify(a.map((x) => [x.name, x.definition])) === JSON.stringify(b.map((x) => [x.name, x.definition]));
  if (!same(after.indexes, saved.indexes) || !same(after.foreignKeys, saved.foreignKeys)) {
    throw new Error("The restored indexes or foreign keys differ from the migrated schema");
  }
}

/** Ids were written explicitly, so each serial sequence must continue after the largest one. */
export async function resetSequences(client: pg.Client, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    const { rows } = await client.query<{ seq: string | null }>("SELECT pg_get_serial_sequence($1, 'id') AS seq", [quoteIdent(table)]);
    const seq = rows[0]?.seq;
    if (!seq) continue;
    await client.query(`SELECT setval($1, COALESCE((SELECT max(id) FROM ${quoteIdent(table)}), 0) + 1, false)`, [seq]);
  }
}
