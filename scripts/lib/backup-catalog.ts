// What a backup covers, read from PostgreSQL's catalog rather than listed by hand: every table of the public
// schema except Prisma's _prisma_migrations, with its columns, primary key and foreign keys. A table added by a
// future migration is therefore backed up and restored without touching this code.
import type pg from "pg";
import { quoteIdent } from "./backup-format";

export const MIGRATIONS_TABLE = "_prisma_migrations";

type ColumnKind = "json" | "array" | "exact-number" | "exact-number-array" | "plain";

export interface CatalogColumn {
  name: string;
  /** As format_type prints it, e.g. `numeric(20,4)`, `"LocalityLevel"[]`: also the cast used on restore. */
  type: string;
  kind: ColumnKind;
  collatable: boolean;
}

export interface CatalogTable {
  name: string;
  columns: CatalogColumn[];
  primaryKey: string[];
  /** Some column is GENERATED ALWAYS AS IDENTITY: inserting its saved values needs OVERRIDING SYSTEM VALUE. */
  alwaysIdentity: boolean;
}

export interface ForeignKey { table: string; name: string; references: string; definition: string }
export interface OwnedSequence { key: string; table: string; column: string; sequence: string }

export interface Catalog {
  /** Parents before children (foreign keys within a table, and cycles, do not constrain the order). */
  tables: CatalogTable[];
  foreignKeys: ForeignKey[];
  sequences: OwnedSequence[];
}

const EXACT_NUMBERS = new Set(["numeric", "int8", "money"]);

function columnKind(typname: string, category: string, element: string | null): ColumnKind {
  if (typname === "json" || typname === "jsonb") return "json";
  if (category === "A") return element && EXACT_NUMBERS.has(element) ? "exact-number-array" : "array";
  return EXACT_NUMBERS.has(typname) ? "exact-number" : "plain";
}

export async function readCatalog(client: pg.ClientBase): Promise<Catalog> {
  const columns = await client.query<{ table: string; name: string; type: string; typname: string; category: string; element: string | null; identity: string; collatable: boolean }>(
    `SELECT c.relname AS "table", a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, t.typname,
            t.typcategory AS category, e.typname AS element, a.attidentity AS identity, a.attcollation <> 0 AS collatable
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A'
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $1
      ORDER BY c.relname, a.attnum`,
    [MIGRATIONS_TABLE],
  );
  const keys = await client.query<{ table: string; column: string }>(
    `SELECT c.relname AS "table", a.attname AS "column"
       FROM pg_constraint p
       JOIN pg_class c ON c.oid = p.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       CROSS JOIN LATERAL unnest(p.conkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE p.contype = 'p' AND n.nspname = 'public'
      ORDER BY c.relname, k.ord`,
  );
  const foreignKeys = await client.query<ForeignKey>(
    `SELECT c.relname AS "table", p.conname AS name, r.relname AS "references", pg_get_constraintdef(p.oid) AS definition
       FROM pg_constraint p
       JOIN pg_class c ON c.oid = p.conrelid
       JOIN pg_class r ON r.oid = p.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE p.contype = 'f' AND n.nspname = 'public' AND c.relname <> $1
      ORDER BY c.relname, p.conname`,
    [MIGRATIONS_TABLE],
  );
  const sequences = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT c.relname AS "table", a.attname AS "column", format('%I.%I', sn.nspname, s.relname) AS sequence
       FROM pg_depend d
       JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
       JOIN pg_namespace sn ON sn.oid = s.relnamespace
       JOIN pg_class c ON c.oid = d.refobjid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid
      WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
        AND n.nspname = 'public' AND c.relname <> $1
      ORDER BY c.relname, a.attname`,
    [MIGRATIONS_TABLE],
  );

  const byName = new Map<string, CatalogTable>();
  for (const row of columns.rows) {
    let table = byName.get(row.table);
    if (!table) byName.set(row.table, (table = { name: row.table, columns: [], primaryKey: [], alwaysIdentity: false }));
    table.columns.push({ name: row.name, type: row.type, kind: columnKind(row.typname, row.category, row.element), collatable: row.collatable });
    if (row.identity === "a") table.alwaysIdentity = true;
  }
  for (const key of keys.rows) byName.get(key.table)?.primaryKey.push(key.column);
  return {
    tables: dependencyOrder([...byName.values()], foreignKeys.rows),
    foreignKeys: foreignKeys.rows,
    sequences: sequences.rows.map((s) => ({ ...s, key: `${s.table}.${s.column}` })),
  };
}

/** Kahn's algorithm, alphabetical among the ready ones so the order is stable; whatever is left in a cycle goes last. */
function dependencyOrder(tables: CatalogTable[], foreignKeys: ForeignKey[]): CatalogTable[] {
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const fk of foreignKeys) if (fk.table !== fk.references && parents.has(fk.references)) parents.get(fk.table)?.add(fk.references);
  const ordered: CatalogTable[] = [];
  const remaining = [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  while (remaining.length > 0) {
    const done = new Set(ordered.map((t) => t.name));
    const index = remaining.findIndex((t) => [...(parents.get(t.name) ?? [])].every((p) => done.has(p)));
    ordered.push(...remaining.splice(index === -1 ? 0 : index, 1));
  }
  return ordered;
}

export interface MigrationState { latest: string | null; unfinished: string[] }

/** The schema version is the latest migration applied; a failed or half-applied one is reported apart. */
export async function readMigrationState(client: pg.ClientBase): Promise<MigrationState | null> {
  const { rows } = await client.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${MIGRATIONS_TABLE}`]);
  if (!rows[0]?.present) return null;
  const applied = await client.query<{ migration_name: string; finished: boolean }>(
    `SELECT migration_name, finished_at IS NOT NULL AS finished FROM public.${MIGRATIONS_TABLE} WHERE rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const finished = applied.rows.filter((r) => r.finished).map((r) => r.migration_name);
  return { latest: finished.at(-1) ?? null, unfinished: applied.rows.filter((r) => !r.finished).map((r) => r.migration_name) };
}

export function qualified(table: string): string {
  return `public.${quoteIdent(table)}`;
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * One JSON text per row, built by PostgreSQL (exact numbers, ISO dates), ordered by primary key with a fixed
 * collation so a restored copy exports byte for byte the same lines.
 */
export function exportQuery(table: CatalogTable): string {
  const values = table.columns.map((c) => {
    const ref = `t.${quoteIdent(c.name)}`;
    const value = c.kind === "exact-number" ? `${ref}::text` : c.kind === "exact-number-array" ? `${ref}::text[]` : ref;
    return `${value} AS ${quoteIdent(c.name)}`;
  });
  const sqlNullJson = table.columns.filter((c) => c.kind === "json").map((c) => `CASE WHEN t.${quoteIdent(c.name)} IS NULL THEN ${literal(c.name)} END`);
  const row = sqlNullJson.length > 0 ? `(to_jsonb(x) - ARRAY[${sqlNullJson.join(", ")}]::text[])` : "to_jsonb(x)";
  const order = table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((c) => c.name);
  const orderBy = order.map((name) => {
    const column = table.columns.find((c) => c.name === name);
    return `t.${quoteIdent(name)}${column?.collatable ? ' COLLATE "C"' : ""}`;
  });
  return `SELECT ${row}::text AS line FROM ${qualified(table.name)} t CROSS JOIN LATERAL (SELECT ${values.join(", ")}) x ORDER BY ${orderBy.join(", ")}`;
}

/** Inserts a JSON array of exported rows ($1) into the table, each value cast back to its column's type. */
export function insertQuery(table: CatalogTable): string {
  const names = table.columns.map((c) => quoteIdent(c.name)).join(", ");
  const values = table.columns.map((c) => {
    const key = literal(c.name);
    if (c.kind === "json") return `CASE WHEN r ? ${key} THEN (r -> ${key})::${c.type} END`;
    if (c.kind === "array" || c.kind === "exact-number-array") {
      return `CASE WHEN jsonb_typeof(r -> ${key}) = 'array' THEN ARRAY(SELECT v FROM jsonb_array_elements_text(r -> ${key}) WITH ORDINALITY AS a(v, i) ORDER BY i)::${c.type} END`;
    }
    return `(r ->> ${key})::${c.type}`;
  });
  const overriding = table.alwaysIdentity ? " OVERRIDING SYSTEM VALUE" : "";
  return `INSERT INTO ${qualified(table.name)} (${names})${overriding} SELECT ${values.join(", ")} FROM jsonb_array_elements($1::jsonb) AS e(r)`;
}

/** The table's export lines in batches, through a cursor (call inside a transaction) so memory stays flat. */
export async function* exportLines(client: pg.ClientBase, table: CatalogTable, batchRows = 5000): AsyncGenerator<string[]> {
  const cursor = quoteIdent(`export_${table.name}`);
  await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${exportQuery(table)}`);
  for (;;) {
    const { rows } = await client.query<{ line: string }>(`FETCH ${batchRows} FROM ${cursor}`);
    if (rows.length === 0) break;
    yield rows.map((r) => r.line);
  }
  await client.query(`CLOSE ${cursor}`);
}
