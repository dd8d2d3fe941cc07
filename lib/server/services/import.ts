import "server-only";
import { createHash } from "node:crypto";
import type { ImportPreview, ImportResult } from "@/lib/import-state";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { ConflictError, DomainValidationError } from "../errors";
import { judgeRows, type RowVerdict } from "../import/judge-rows";
import { parseSheet } from "../import/parse-sheet";
import type { Viewer } from "../viewer";
import { getDueTargets } from "../queries/due-targets";
import { reporterOf } from "../queries/entry";
import { EDITABLE_STATUSES, getWritablePeriod, upsertSubmission } from "./reporting";
import { writeValues, type ValueWrite } from "./values";

export interface ImportFileInput {
  periodId: number;
  fileName: string;
  bytes: Uint8Array;
}

const NOT_EDITABLE = "Báo cáo kỳ này đã được gửi hoặc phê duyệt nên không thể nhập số liệu.";
export const FILE_CHANGED = "Tệp đã thay đổi kể từ lúc xem trước. Vui lòng xem trước lại rồi xác nhận.";
const NOTHING_TO_IMPORT = "Tệp không có dòng hợp lệ nào để nhập.";

export function hashFile(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The reporter's unit and period, refused as a whole when the period is locked or the report already sent. */
async function judgeFile(viewer: Viewer, input: ImportFileInput, db: Db, today: Date) {
  const reporter = reporterOf(viewer);
  const period = await getWritablePeriod(db, input.periodId, today, reporter);
  const unitWhere = reporter.agencyId !== null ? { agencyId: reporter.agencyId } : { localityId: reporter.localityId ?? -1 };
  const [submission, unitCode, due] = await Promise.all([
    db.submission.findFirst({ where: { periodId: period.id, ...unitWhere }, select: { status: true } }),
    reporter.agencyId !== null
      ? db.agency.findUniqueOrThrow({ where: { id: reporter.agencyId }, select: { code: true } }).then((a) => a.code)
      : db.locality.findUniqueOrThrow({ where: { id: reporter.localityId ?? -1 }, select: { code: true } }).then((l) => l.code),
    getDueTargets(db, reporter, period),
  ]);
  if (submission && !EDITABLE_STATUSES.has(submission.status)) throw new ConflictError(NOT_EDITABLE);
  const rows = await parseSheet(input.fileName, input.bytes);
  return { reporter, period, due, verdicts: judgeRows(rows, due, unitCode) };
}

function summarise(fileHash: string, verdicts: RowVerdict[]): ImportPreview {
  const rows = verdicts.map((v) => ({
    rowNumber: v.rowNumber, code: v.code, indicatorName: v.indicatorName, indicatorNameEn: v.indicatorNameEn, rawValue: v.rawValue,
    parsedValue: v.parsedValue, unit: v.unit, status: v.status, reason: v.reason,
  }));
  const accepted = rows.filter((r) => r.status === "accepted").length;
  return { fileHash, rows, accepted, rejected: rows.length - accepted };
}

/** Every row of the file with its verdict, for the officer to check. Writes nothing. */
export async function previewImport(viewer: Viewer, input: ImportFileInput, db: Db, today: Date): Promise<ImportPreview> {
  const { verdicts } = await judgeFile(viewer, input, db, today);
  return summarise(hashFile(input.bytes), verdicts);
}

/**
 * Writes the accepted rows of the file the officer previewed — refused if the bytes differ — over the
 * current values, in one transaction with an audit row per value and one for the import itself.
 */
export async function confirmImport(
  viewer: Viewer, input: ImportFileInput & { fileHash: string }, db: Db, today: Date,
): Promise<ImportResult> {
  const fileHash = hashFile(input.bytes);
  if (fileHash !== input.fileHash.toLowerCase()) throw new ConflictError(FILE_CHANGED);
  const { reporter, period, due, verdicts } = await judgeFile(viewer, input, db, today);
  const { accepted, rejected } = summarise(fileHash, verdicts);
  const writes: ValueWrite[] = verdicts.flatMap((v) => (v.write
    ? [{ indicatorId: v.write.indicatorId, version: null, value: v.write.value, ...(v.write.note !== null ? { note: v.write.note } : {}) }]
    : []));
  if (writes.length === 0) throw new DomainValidationError(NOTHING_TO_IMPORT);

  return db.$transaction(async (tx) => {
    const submission = await upsertSubmission(tx, reporter, period.id);
    if (!EDITABLE_STATUSES.has(submission.status)) throw new ConflictError(NOT_EDITABLE);
    const dueById = new Map(due.map((t) => [t.indicatorId, t]));
    const { changed } = await writeValues(tx, { viewer, reporter, periodId: period.id, submissionId: submission.id, due: dueById, action: "actual.import" }, writes);
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "submission.import", entity: "Submission", entityId: submission.id,
      after: { fileName: input.fileName, fileHash, accepted, rejected, written: changed },
    }]);
    return { written: changed, unchanged: writes.length - changed };
  });
}
