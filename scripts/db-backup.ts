// npm run db:backup [-- <file>]: a complete, versioned export of the application's data (see
// scripts/lib/backup-format.ts), from DATABASE_URL or the embedded development database when it is unset.
// Default file: backups/cds-<UTC time>.ndjson.gz. It contains personal data and password hashes: keep it safe.
import { existsSync } from "node:fs";
import path from "node:path";
import { BackupError, defaultBackupName } from "./lib/backup-format";
import { writeBackup } from "./lib/backup-write";
import { ensureDevDatabase } from "./lib/dev-database";

const args = process.argv.slice(2);
if (args.length > 1 || args[0]?.startsWith("-")) {
  console.error("Cách dùng / usage: npm run db:backup [-- <tệp.ndjson.gz>]");
  process.exit(2);
}
const file = path.resolve(args[0] ?? path.join("backups", defaultBackupName(new Date())));
if (existsSync(file)) {
  console.error(`Tệp ${file} đã tồn tại; chọn tên khác. (file exists)`);
  process.exit(2);
}

const database = await ensureDevDatabase();
let code = 0;
try {
  const summary = await writeBackup(database.url, file);
  const tables = Object.keys(summary.tables).length;
  console.log(`Đã sao lưu ${summary.rows.toLocaleString("vi-VN")} dòng của ${tables} bảng (phiên bản cấu trúc ${summary.schemaVersion}).`);
  console.log(`Backed up ${summary.rows} rows of ${tables} tables in ${summary.seconds.toFixed(1)} s → ${summary.file} (${(summary.bytes / 1024).toFixed(0)} KiB)`);
} catch (error) {
  code = 1;
  if (error instanceof BackupError) console.error(`Lỗi: ${error.vi}\nError: ${error.en}`);
  else console.error("Sao lưu thất bại. (backup failed)", error);
} finally {
  await database.stop();
}
process.exit(code);
