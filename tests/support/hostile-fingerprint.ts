import type { PrismaClient } from "../../lib/server/prisma-client";

/** Per application table: its row count and the sum of a hash of every row, so any insert, update or delete shows. */
export type Fingerprint = Record<string, { rows: string; hash: string }>;

/** Columns left out of the hash, e.g. ApiToken.lastUsedAt, which every authenticated ingest request stamps by design. */
export type IgnoredColumns = Record<string, string[]>;

let tables: string[] | null = null;

/** Every table of the application (the public schema without Prisma's migration log), read once per run. */
export async function applicationTables(db: PrismaClient): Promise<string[]> {
  tables ??= (await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`).map((t) => t.name);
  return tables;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** One statement over every table (a few milliseconds on the seed). */
export async function fingerprint(db: PrismaClient, ignore: IgnoredColumns = {}): Promise<Fingerprint> {
  const parts = (await applicationTables(db)).map((table) => {
    const dropped = ignore[table] ?? [];
    const row = dropped.length > 0 ? `(to_jsonb(t) - ARRAY[${dropped.map(quoteLiteral).join(", ")}]::text[])::text` : "t::text";
    return `SELECT ${quoteLiteral(table)} AS name, count(*)::text AS rows, coalesce(sum(hashtext(${row})::bigint), 0)::text AS hash FROM ${quoteIdent(table)} t`;
  });
  const rows = await db.$queryRawUnsafe<{ name: string; rows: string; hash: string }[]>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, hash: r.hash }]));
}

/** The tables whose content differs, as "Table: rows a → b" lines; empty when nothing was written. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after })
    .filter((name) => before[name]?.rows !== after[name]?.rows || before[name]?.hash !== after[name]?.hash)
    .map((name) => `${name}: rows ${before[name]?.rows ?? "-"} → ${after[name]?.rows ?? "-"}`);
}

/** The newest audit row's id: every write of the application is audited, so a per-run check costs one query. */
export async function auditHighWater(db: PrismaClient): Promise<bigint> {
  const { _max } = await db.auditEvent.aggregate({ _max: { id: true } });
  return _max.id ?? 0n;
}
