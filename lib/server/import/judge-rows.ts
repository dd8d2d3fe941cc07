import "server-only";
import type { ImportPreviewRow } from "@/lib/import-state";
import type { DueTarget } from "../queries/due-targets";
import { parseValueFor } from "../services/values";
import type { SheetRow } from "./parse-sheet";

export const ROW_REASONS = {
  otherUnit: (code: string) => `Không thuộc đơn vị của bạn (mã đơn vị ${code}).`,
  missingCode: "Thiếu mã chỉ tiêu.",
  unknownCode: "Mã chỉ tiêu không có trong báo cáo của đơn vị kỳ này.",
  duplicate: (rows: number[]) => `Mã chỉ tiêu bị lặp trong tệp (dòng ${rows.join(", ")}); hãy chỉ giữ một dòng.`,
  formula: "Ô giá trị chứa công thức; hãy nhập số trực tiếp (hệ thống không tính công thức).",
  emptyValue: "Chưa nhập giá trị.",
  noteTooLong: "Ghi chú quá dài (tối đa 1.000 ký tự).",
} as const;

const NOTE_MAX_LENGTH = 1_000;

export interface RowVerdict extends ImportPreviewRow {
  /** Set on accepted rows: what confirming writes. */
  write: { indicatorId: number; value: number; note: string | null } | null;
}

const codeKey = (code: string) => code.trim().toUpperCase();

/** Codes are compared as typed, except that all-digit codes ignore leading zeros Excel may have dropped. */
function sameUnitCode(typed: string, own: string): boolean {
  const a = codeKey(typed);
  const b = codeKey(own);
  return a === b || (/^\d+$/.test(a) && /^\d+$/.test(b) && Number(a) === Number(b));
}

/** A verdict for every row of the file against the reporter's due targets; writes nothing. */
export function judgeRows(rows: SheetRow[], due: DueTarget[], ownUnitCode: string): RowVerdict[] {
  const targets = new Map(due.map((t) => [codeKey(t.indicator.code), t]));
  const ours = rows.filter((r) => r.unitCode === null || sameUnitCode(r.unitCode, ownUnitCode));
  const rowsByCode = new Map<string, number[]>();
  for (const row of ours) {
    if (targets.has(codeKey(row.code))) rowsByCode.set(codeKey(row.code), [...(rowsByCode.get(codeKey(row.code)) ?? []), row.rowNumber]);
  }

  return rows.map((row) => {
    const target = targets.get(codeKey(row.code)) ?? null;
    const base = {
      rowNumber: row.rowNumber, code: row.code, rawValue: row.rawValue,
      indicatorName: target?.indicator.nameVi ?? null, indicatorNameEn: target?.indicator.nameEn ?? null, unit: target?.indicator.unit ?? null,
    };
    const reject = (reason: string): RowVerdict => ({ ...base, parsedValue: null, status: "rejected", reason, write: null });

    if (row.unitCode !== null && !sameUnitCode(row.unitCode, ownUnitCode)) return reject(ROW_REASONS.otherUnit(row.unitCode));
    if (row.problem !== null) return reject(row.problem);
    if (row.code === "") return reject(ROW_REASONS.missingCode);
    if (!target) return reject(ROW_REASONS.unknownCode);
    const sameCode = rowsByCode.get(codeKey(row.code)) ?? [];
    if (sameCode.length > 1) return reject(ROW_REASONS.duplicate(sameCode));
    if (row.rawValue.startsWith("=")) return reject(ROW_REASONS.formula);
    if (row.note !== null && row.note.length > NOTE_MAX_LENGTH) return reject(ROW_REASONS.noteTooLong);
    const parsed = parseValueFor(row.rawValue, target.indicator.unit);
    if ("error" in parsed) return reject(parsed.error);
    if (parsed.value === null) return reject(ROW_REASONS.emptyValue);
    return {
      ...base, parsedValue: parsed.value, status: "accepted", reason: null,
      write: { indicatorId: target.indicatorId, value: parsed.value, note: row.note },
    };
  });
}
