// npm run db:backup: every application table, read in one REPEATABLE READ READ ONLY transaction (one snapshot,
// so the file is consistent even while the app writes), streamed through a cursor into gzip-compressed NDJSON.
// The file appears under its name only when complete; it holds personal data and password hashes, so it is
// created readable by its owner only.
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { exportLines, qualified, readCatalog, readMigrationState, type Catalog, type CatalogTable } from "./backup-catalog";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupError, TableChecksum, type BackupHeader } from "./backup-format";

export interface BackupSummary {
  file: string;
  schemaVersion: string;
  tables: Record<string, number>;
  rows: number;
  bytes: number;
  seconds: number;
}

async function readHeader(client: pg.Client, catalog: Catalog, schemaVersion: string, now: Date): Promise<BackupHeader> {
  const tables: Record<string, number> = {};
  for (const table of catalog.tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(table.name)}`);
    tables[table.name] = Number(rows[0]?.n ?? 0);
  }
  const sequences: Record<string, string> = {};
  for (const s of catalog.sequences) {
    // Sequences are outside the snapshot: the value read now is at least every id the snapshot can see.
    const { rows } = await client.query<{ next: string }>(`SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END AS next FROM ${s.sequence}`);
    sequences[s.key] = String(rows[0]?.next ?? "1");
  }
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion, createdAt: now.toISOString(), tables, sequences };
}

async function* tableLines(client: pg.Client, table: CatalogTable, expected: number, checksums: Record<string, string>): AsyncGenerator<string> {
  const columns = table.columns.map((c) => ({ name: c.name, type: c.type }));
  yield `${JSON.stringify({ table: table.name, rows: expected, columns })}\n`;
  const checksum = new TableChecksum();
  let written = 0;
  for await (const lines of exportLines(client, table)) {
    let chunk = "";
    for (const line of lines) {
      checksum.add(line);
      chunk += `${line}\n`;
    }
    written += lines.length;
    yield chunk;
  }
  if (written !== expected) throw new Error(`${table.name}: counted ${expected} rows but read ${written} in the same snapshot`);
  checksums[table.name] = checksum.hex();
}

async function* backupLines(client: pg.Client, catalog: Catalog, header: BackupHeader): AsyncGenerator<string> {
  yield `${JSON.stringify(header)}\n`;
  const checksums: Record<string, string> = {};
  for (const table of catalog.tables) yield* tableLines(client, table, header.tables[table.name] ?? 0, checksums);
  yield `${JSON.stringify({ end: BACKUP_FORMAT, sha256: checksums })}\n`;
}

export async function writeBackup(databaseUrl: string, file: string, options: { now?: Date } = {}): Promise<BackupSummary> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "cds-backup" });
  await client.connect();
  const partial = `${file}.${randomUUID().slice(0, 8)}.partial`;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const state = await readMigrationState(client);
    if (!state?.latest) {
      throw new BackupError(
        "Cơ sở dữ liệu này chưa có cấu trúc của CĐS Scoreboard (không thấy migration nào đã chạy).",
        "no applied Prisma migration found: not a CĐS Scoreboard database",
      );
    }
    const catalog = await readCatalog(client);
    const header = await readHeader(client, catalog, state.latest, options.now ?? new Date());
    await mkdir(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
    await pipeline(Readable.from(backupLines(client, catalog, header)), createGzip(), createWriteStream(partial, { mode: 0o600, flags: "wx" }));
    await client.query("COMMIT");
    await rename(partial, file);
    const rows = Object.values(header.tables).reduce((a, b) => a + b, 0);
    return { file, schemaVersion: header.schemaVersion, tables: header.tables, rows, bytes: (await stat(file)).size, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
