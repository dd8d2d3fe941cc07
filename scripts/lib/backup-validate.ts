// The checks made on a backup file before anything is written: its structure and checksums (readBackup), that
// it was taken at the target's schema version, and that every table and column matches the target's.
import type { Catalog } from "./backup-catalog";
import { BackupError, type BackupColumn, type BackupHeader } from "./backup-format";
import { readBackup } from "./backup-read";

function describe(columns: readonly BackupColumn[]): Map<string, string> {
  return new Map(columns.map((c) => [c.name, c.type]));
}

function checkTables(header: BackupHeader, catalog: Catalog): void {
  const inFile = new Set(Object.keys(header.tables));
  const inTarget = new Set(catalog.tables.map((t) => t.name));
  const unknown = [...inFile].filter((t) => !inTarget.has(t));
  const missing = [...inTarget].filter((t) => !inFile.has(t));
  if (unknown.length > 0 || missing.length > 0) {
    const parts = [
      unknown.length > 0 ? `bảng không có ở cơ sở dữ liệu đích: ${unknown.join(", ")}` : "",
      missing.length > 0 ? `bảng thiếu trong bản sao lưu: ${missing.join(", ")}` : "",
    ].filter(Boolean);
    throw new BackupError(`Bản sao lưu không khớp cấu trúc cơ sở dữ liệu đích (${parts.join("; ")}).`, "the backup's tables differ from the target's");
  }
}

function checkColumns(table: string, columns: readonly BackupColumn[], catalog: Catalog): void {
  const target = catalog.tables.find((t) => t.name === table);
  const want = describe(target?.columns ?? []);
  const have = describe(columns);
  const differences = [...new Set([...want.keys(), ...have.keys()])]
    .filter((name) => want.get(name) !== have.get(name))
    .map((name) => `${name}: tệp ${have.get(name) ?? "không có"}, đích ${want.get(name) ?? "không có"}`);
  if (differences.length > 0) {
    throw new BackupError(`Cột của bảng ${table} không khớp cơ sở dữ liệu đích (${differences.join("; ")}).`, `columns of ${table} differ from the target's`);
  }
}

/** Every key is a column of the table, and only a json column may be absent (its SQL NULL). */
function checkRow(table: string, line: string, lineNumber: number, columns: Map<string, boolean>): void {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    value = null;
  }
  const bad = (why: string) => new BackupError(`Tệp sao lưu bị hỏng: dòng ${lineNumber} (bảng ${table}) ${why}.`, `corrupted row at line ${lineNumber}`);
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw bad("không phải một bản ghi JSON");
  const keys = Object.keys(value);
  const unknown = keys.find((k) => !columns.has(k));
  if (unknown !== undefined) throw bad(`có cột lạ "${unknown}"`);
  for (const [name, isJson] of columns) if (!isJson && !(name in value)) throw bad(`thiếu cột "${name}"`);
}

/** Migration names start with their UTC timestamp, so they sort in the order they were written. */
function versionMismatch(backup: string, target: string): BackupError {
  const en = `schema version mismatch: the backup is at ${backup}, the target database at ${target}`;
  if (backup > target) {
    return new BackupError(
      `Cơ sở dữ liệu đích đang ở phiên bản cấu trúc ${target}, cũ hơn bản sao lưu (${backup}). ` +
        `Hãy chạy migration trước: npm run db:deploy (với mã nguồn phiên bản ${backup}), rồi khôi phục lại.`,
      `${en}; migrate the target first (npm run db:deploy)`,
    );
  }
  return new BackupError(
    `Bản sao lưu được tạo ở phiên bản cấu trúc ${backup}, cũ hơn cơ sở dữ liệu đích (${target}). ` +
      `Hãy tạo một cơ sở dữ liệu trống, chạy npm run db:deploy với mã nguồn phiên bản ${backup}, khôi phục vào đó, ` +
      "rồi cập nhật mã nguồn và chạy npm run db:deploy để nâng cấp.",
    `${en}; restore into an empty database migrated to the backup's version, then migrate it forward`,
  );
}

export interface ValidatedBackup { header: BackupHeader; rows: number; checksums: Record<string, string> }

/** Reads the whole file once; resolves only if every check passes. */
export async function validateBackup(file: string, catalog: Catalog, targetVersion: string): Promise<ValidatedBackup> {
  let header: BackupHeader | null = null;
  let rows = 0;
  let checksums: Record<string, string> = {};
  let columns = new Map<string, boolean>();
  for await (const event of readBackup(file)) {
    if (event.kind === "header") {
      header = event.header;
      if (header.schemaVersion !== targetVersion) throw versionMismatch(header.schemaVersion, targetVersion);
      checkTables(header, catalog);
    } else if (event.kind === "table") {
      checkColumns(event.section.table, event.section.columns, catalog);
      const table = catalog.tables.find((t) => t.name === event.section.table);
      columns = new Map((table?.columns ?? []).map((c) => [c.name, c.kind === "json"]));
    } else if (event.kind === "row") {
      checkRow(event.table, event.line, event.lineNumber, columns);
      rows += 1;
    } else {
      checksums = event.footer.sha256;
    }
  }
  if (!header) throw new BackupError("Tệp sao lưu rỗng.", "empty backup file");
  return { header, rows, checksums };
}
