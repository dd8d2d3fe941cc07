// npm run db:restore -- <file> [--replace]: restores a db:backup file into DATABASE_URL (or the embedded
// development database). The target must be migrated to the backup's schema version (npm run db:deploy) and
// empty, unless --replace: then its data is replaced. Validated first; loaded in one transaction.
import { parseArgs } from "node:util";
import { BackupError } from "./lib/backup-format";
import { restoreBackup } from "./lib/backup-restore";
import { ensureDevDatabase } from "./lib/dev-database";

function readArgs(): { file: string; replace: boolean } {
  const usage = "Cách dùng / usage: npm run db:restore -- <tệp.ndjson.gz> [--replace]";
  try {
    const { values, positionals } = parseArgs({ allowPositionals: true, options: { replace: { type: "boolean", default: false } } });
    if (positionals.length === 1 && positionals[0]) return { file: positionals[0], replace: values.replace };
  } catch {
    // An unknown option: the usage below says what is accepted.
  }
  console.error(usage);
  process.exit(2);
}

const { file, replace } = readArgs();
const database = await ensureDevDatabase();
let code = 0;
try {
  const summary = await restoreBackup(database.url, file, { replace });
  const tables = Object.keys(summary.tables).length;
  if (summary.replaced.length > 0) console.log(`Đã thay dữ liệu cũ của ${summary.replaced.length} bảng.`);
  console.log(`Đã khôi phục ${summary.rows.toLocaleString("vi-VN")} dòng của ${tables} bảng từ bản sao lưu lúc ${summary.createdAt} (phiên bản cấu trúc ${summary.schemaVersion}).`);
  console.log(`Restored ${summary.rows} rows of ${tables} tables in ${summary.seconds.toFixed(1)} s.`);
} catch (error) {
  code = 1;
  if (error instanceof BackupError) console.error(`Lỗi: ${error.vi}\nError: ${error.en}`);
  else console.error("Khôi phục thất bại. (restore failed)", error);
} finally {
  await database.stop();
}
process.exit(code);
