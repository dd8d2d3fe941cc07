// The backup file: gzip-compressed NDJSON, one JSON value per line.
//
//   {"format":"cds-backup","formatVersion":1,"schemaVersion":"<latest migration>","createdAt":"…","tables":{"Locality":125,…},"sequences":{…}}
//   {"table":"Locality","rows":125,"columns":[{"name":"id","type":"integer"},…]}
//   {…one row…}                       ← exactly `rows` lines, ordered by primary key
//   {"table":"Agency",…}                ← the next table, parents before children
//   …
//   {"end":"cds-backup","sha256":{"Locality":"<hex>",…}}
//
// A row is a JSON object produced by PostgreSQL itself, so no value passes through a JavaScript number:
// numeric and bigint are strings ("12.3400"), dates and timestamps ISO strings, arrays JSON arrays, json/jsonb
// values as they are. In a json/jsonb column an SQL NULL omits the key, while a JSON null is `null`.
// A table's sha256 covers its row lines exactly as written, each followed by "\n".
import { createHash, type Hash } from "node:crypto";
import { z } from "zod";

export const BACKUP_FORMAT = "cds-backup";
export const BACKUP_FORMAT_VERSION = 1;

const count = z.number().int().nonnegative();

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.string().min(1),
  createdAt: z.iso.datetime(),
  tables: z.record(z.string(), count),
  /** Next value of each sequence ("Table.column" → bigint as a string): ids of deleted rows are never reused. */
  sequences: z.record(z.string(), z.string().regex(/^\d+$/)),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const columnSchema = z.object({ name: z.string().min(1), type: z.string().min(1) });
export type BackupColumn = z.infer<typeof columnSchema>;

export const tableSectionSchema = z.object({ table: z.string().min(1), rows: count, columns: z.array(columnSchema).min(1) });
export type TableSection = z.infer<typeof tableSectionSchema>;

export const backupFooterSchema = z.object({ end: z.literal(BACKUP_FORMAT), sha256: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)) });
export type BackupFooter = z.infer<typeof backupFooterSchema>;

/** What the admin reads (Vietnamese) and what an operator may search for (English). Nothing is written when one is thrown before loading. */
export class BackupError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi} (${en})`);
    this.name = "BackupError";
  }
}

export class TableChecksum {
  private readonly hash: Hash = createHash("sha256");

  add(line: string): void {
    this.hash.update(line);
    this.hash.update("\n");
  }

  hex(): string {
    return this.hash.digest("hex");
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** "cds-20261128-101507.ndjson.gz" in UTC, so names sort by time. */
export function defaultBackupName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `cds-${stamp}.ndjson.gz`;
}
