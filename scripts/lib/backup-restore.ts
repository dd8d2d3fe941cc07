// npm run db:restore -- <file> [--replace]. The whole file is validated first (backup-validate.ts); then, in ONE
// transaction with every table locked: foreign keys set aside, tables emptied and loaded, foreign keys re-added
// (which checks every row), sequences moved past the restored ids, and each table's count and content
// checked against the file. Any failure rolls everything back: the target is as it was.
import pg from "pg";
import { exportLines, insertQuery, qualified, readCatalog, readMigrationState, type Catalog, type CatalogTable } from "./backup-catalog";
import { BackupError, quoteIdent, TableChecksum, type BackupHeader } from "./backup-format";
import { readBackup } from "./backup-read";
import { validateBackup } from "./backup-validate";

const BATCH_ROWS = 2000;
const BATCH_CHARS = 4_000_000;

export interface RestoreSummary {
  schemaVersion: string;
  createdAt: string;
  tables: Record<string, number>;
  rows: number;
  replaced: string[];
  seconds: number;
}

async function targetVersion(client: pg.Client): Promise<string> {
  const state = await readMigrationState(client);
  if (!state?.latest) {
    throw new BackupError(
      "Cơ sở dữ liệu đích chưa có cấu trúc (chưa chạy migration). Hãy chạy npm run db:deploy trước rồi khôi phục lại.",
      "the target database has no schema: run npm run db:deploy first",
    );
  }
  if (state.unfinished.length > 0) {
    throw new BackupError(
      `Cơ sở dữ liệu đích có migration chưa hoàn tất (${state.unfinished.join(", ")}): hãy xử lý (npm run db:status) trước khi khôi phục.`,
      "the target has a failed or unfinished migration",
    );
  }
  return state.latest;
}

async function nonEmptyTables(client: pg.Client, catalog: Catalog): Promise<string[]> {
  const found: string[] = [];
  for (const table of catalog.tables) {
    const { rows } = await client.query(`SELECT 1 FROM ${qualified(table.name)} LIMIT 1`);
    if (rows.length > 0) found.push(table.name);
  }
  return found;
}

async function loadRows(client: pg.Client, file: string, catalog: Catalog): Promise<void> {
  const tables = new Map(catalog.tables.map((t) => [t.name, t]));
  let table: CatalogTable | undefined;
  let batch: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (table && batch.length > 0) await client.query(insertQuery(table), [`[${batch.join(",")}]`]);
    batch = [];
    chars = 0;
  };
  // The reader checks counts and checksums again: a file changed since validation fails here and rolls back.
  for await (const event of readBackup(file)) {
    if (event.kind === "table") {
      await flush();
      table = tables.get(event.section.table);
    } else if (event.kind === "row") {
      batch.push(event.line);
      chars += event.line.length;
      if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
    }
  }
  await flush();
}

async function resetSequences(client: pg.Client, catalog: Catalog, header: BackupHeader): Promise<void> {
  for (const s of catalog.sequences) {
    const { rows } = await client.query<{ used: string }>(`SELECT (COALESCE(max(${quoteIdent(s.column)}), 0) + 1)::text AS used FROM ${qualified(s.table)}`);
    const used = BigInt(rows[0]?.used ?? "1");
    const saved = BigInt(header.sequences[s.key] ?? "1");
    await client.query("SELECT setval($1::regclass, $2::bigint, false)", [s.sequence, String(saved > used ? saved : used)]);
  }
}

/** Re-reads every table exactly as a backup would and compares with the file's counts and checksums. */
async function verifyContent(client: pg.Client, catalog: Catalog, header: BackupHeader, expected: Record<string, string>): Promise<void> {
  for (const table of catalog.tables) {
    const checksum = new TableChecksum();
    let count = 0;
    for await (const lines of exportLines(client, table)) {
      for (const line of lines) checksum.add(line);
      count += lines.length;
    }
    if (count !== header.tables[table.name] || checksum.hex() !== expected[table.name]) {
      throw new BackupError(`Dữ liệu bảng ${table.name} sau khi nạp không khớp bản sao lưu; đã huỷ toàn bộ.`, `restored ${table.name} differs from the backup`);
    }
  }
}

export async function restoreBackup(databaseUrl: string, file: string, options: { replace?: boolean } = {}): Promise<RestoreSummary> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "cds-restore" });
  await client.connect();
  try {
    const version = await targetVersion(client);
    const catalog = await readCatalog(client);
    const { header, rows, checksums } = await validateBackup(file, catalog, version);
    const occupied = await nonEmptyTables(client, catalog);
    const refuseOccupied = (tables: string[]) =>
      new BackupError(
        `Cơ sở dữ liệu đích đã có dữ liệu (bảng ${tables.slice(0, 5).join(", ")}${tables.length > 5 ? ` và ${tables.length - 5} bảng khác` : ""}). ` +
          "Thêm --replace để xoá và thay bằng bản sao lưu.",
        "the target database is not empty; pass --replace to overwrite it",
      );
    if (occupied.length > 0 && !options.replace) throw refuseOccupied(occupied);

    await client.query("BEGIN");
    try {
      await client.query(`LOCK TABLE ${catalog.tables.map((t) => qualified(t.name)).join(", ")} IN ACCESS EXCLUSIVE MODE`);
      // Checked again under the locks: nothing may have migrated or written in between.
      if ((await targetVersion(client)) !== version) throw new BackupError("Cấu trúc cơ sở dữ liệu đích vừa thay đổi; hãy thử lại.", "the target schema changed meanwhile");
      const nowOccupied = await nonEmptyTables(client, catalog);
      if (nowOccupied.length > 0 && !options.replace) throw refuseOccupied(nowOccupied);
      for (const fk of catalog.foreignKeys) await client.query(`ALTER TABLE ${qualified(fk.table)} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
      await client.query(`TRUNCATE ${catalog.tables.map((t) => qualified(t.name)).join(", ")}`);
      await loadRows(client, file, catalog);
      for (const fk of catalog.foreignKeys) await client.query(`ALTER TABLE ${qualified(fk.table)} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.definition}`);
      const after = await readCatalog(client);
      if (JSON.stringify(after.foreignKeys) !== JSON.stringify(catalog.foreignKeys)) throw new Error("foreign keys differ after the restore");
      await resetSequences(client, catalog, header);
      await verifyContent(client, catalog, header, checksums);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      if (error instanceof BackupError) throw error;
      throw new BackupError(
        `Khôi phục thất bại, cơ sở dữ liệu đích không thay đổi: ${(error as Error).message}`,
        `restore failed and was rolled back: ${(error as Error).message}`,
      );
    }
    return { schemaVersion: header.schemaVersion, createdAt: header.createdAt, tables: header.tables, rows, replaced: occupied, seconds: (Date.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
