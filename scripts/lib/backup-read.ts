// Reads a backup file line by line (gzip or plain NDJSON) and checks its structure as it goes: the header
// first, then each table of the header in order with exactly its row count, then the footer, whose checksums
// must match the rows read. Anything else — a truncated or corrupted file included — throws a BackupError.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  backupFooterSchema,
  backupHeaderSchema,
  tableSectionSchema,
  TableChecksum,
  type BackupFooter,
  type BackupHeader,
  type TableSection,
} from "./backup-format";

export type BackupEvent =
  | { kind: "header"; header: BackupHeader }
  | { kind: "table"; section: TableSection }
  | { kind: "row"; table: string; line: string; lineNumber: number }
  | { kind: "end"; footer: BackupFooter };

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, "r").catch(() => {
    throw new BackupError(`Không mở được tệp sao lưu ${file}.`, `cannot open backup file ${file}`);
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

const corrupted = (vi: string, en: string) =>
  new BackupError(`Tệp sao lưu bị hỏng hoặc không đầy đủ (${vi}).`, `the backup file is corrupted or truncated: ${en}`);

async function* readLines(file: string): AsyncGenerator<string> {
  const gzip = await isGzip(file);
  const raw = createReadStream(file);
  const source: Readable = gzip ? raw.pipe(createGunzip()) : raw;
  // pipe() does not forward errors: a broken gzip stream must end the loop too.
  raw.on("error", (error) => source.destroy(error));
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code.startsWith("Z_") || code === "ERR_ZLIB") throw corrupted(`không giải nén được: ${(error as Error).message}`, `gunzip failed: ${(error as Error).message}`);
    throw error;
  } finally {
    lines.close();
    raw.destroy();
  }
}

function parseJson(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw corrupted(`dòng ${lineNumber} không phải JSON hợp lệ`, `line ${lineNumber} is not valid JSON`);
  }
}

function readHeader(value: unknown): BackupHeader {
  const claimed = (value ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (claimed.format !== BACKUP_FORMAT) {
    throw new BackupError("Tệp này không phải bản sao lưu của CĐS Scoreboard.", "not a CĐS Scoreboard backup file");
  }
  if (claimed.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `Định dạng sao lưu phiên bản ${String(claimed.formatVersion)} không được hỗ trợ (phiên bản này đọc được định dạng ${BACKUP_FORMAT_VERSION}).`,
      `unsupported backup format version ${String(claimed.formatVersion)}`,
    );
  }
  const parsed = backupHeaderSchema.safeParse(value);
  if (!parsed.success) throw corrupted("phần đầu tệp không hợp lệ", "invalid header");
  return parsed.data;
}

/** Every event of the file, in order; throws as soon as the structure or a checksum is wrong. */
export async function* readBackup(file: string): AsyncGenerator<BackupEvent> {
  let header: BackupHeader | null = null;
  let lineNumber = 0;
  let tableIndex = 0;
  let current: { section: TableSection; left: number; checksum: TableChecksum } | null = null;
  const checksums: Record<string, string> = {};
  let ended = false;

  for await (const line of readLines(file)) {
    lineNumber += 1;
    if (ended) throw corrupted(`có dữ liệu thừa sau dòng kết thúc, dòng ${lineNumber}`, `data after the end line, line ${lineNumber}`);
    if (!header) {
      header = readHeader(parseJson(line, lineNumber));
      yield { kind: "header", header };
      continue;
    }
    if (current && current.left > 0) {
      current.left -= 1;
      current.checksum.add(line);
      yield { kind: "row", table: current.section.table, line, lineNumber };
      continue;
    }
    if (current) checksums[current.section.table] = current.checksum.hex();
    current = null;
    const value = parseJson(line, lineNumber);
    const expected = Object.keys(header.tables)[tableIndex];
    if (expected === undefined) {
      const footer = backupFooterSchema.safeParse(value);
      if (!footer.success) throw corrupted(`dòng ${lineNumber} phải là dòng kết thúc`, `line ${lineNumber} should be the end line`);
      for (const [table, hex] of Object.entries(checksums)) {
        if (footer.data.sha256[table] !== hex) throw corrupted(`mã kiểm tra của bảng ${table} không khớp`, `checksum mismatch in table ${table}`);
      }
      if (Object.keys(footer.data.sha256).length !== Object.keys(checksums).length) throw corrupted("danh sách mã kiểm tra không khớp", "the checksum list does not match the tables");
      ended = true;
      yield { kind: "end", footer: footer.data };
      continue;
    }
    const section = tableSectionSchema.safeParse(value);
    if (!section.success || section.data.table !== expected) throw corrupted(`dòng ${lineNumber} phải mở đầu bảng ${expected}`, `line ${lineNumber} should start table ${expected}`);
    if (section.data.rows !== header.tables[expected]) {
      const counts = `${section.data.rows} / ${header.tables[expected]}`;
      throw corrupted(`số dòng của bảng ${expected} không khớp phần đầu tệp: ${counts}`, `row count of ${expected} differs from the header: ${counts}`);
    }
    tableIndex += 1;
    current = { section: section.data, left: section.data.rows, checksum: new TableChecksum() };
    yield { kind: "table", section: section.data };
  }
  if (!header) throw corrupted("tệp rỗng", "empty file");
  if (!ended) throw corrupted("thiếu phần cuối — tệp bị cắt ngắn", "no end line: the file was cut short");
}
