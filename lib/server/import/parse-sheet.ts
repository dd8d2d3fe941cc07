import "server-only";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/import-state";
import { isPlainText } from "@/lib/schemas/common";
import { DomainValidationError } from "../errors";
import type { Grid, GridRow } from "./grid";
import { decodeCsv, readCsvGrids } from "./read-csv";
import { readXlsxGrids, type SheetGrid } from "./read-xlsx";
import { checkZipArchive } from "./zip-guard";

/** One data row of an uploaded sheet, as the officer typed it; judging it is the import service's job. */
export interface SheetRow {
  rowNumber: number;
  code: string;
  /** The "Mã đơn vị" cell; null when the column is absent or the cell empty. */
  unitCode: string | null;
  /** As the cell shows it; a formula without a cached result comes as its text, starting with "=". */
  rawValue: string;
  note: string | null;
  /** Set when the row cannot be read reliably (the import rejects it with this reason). */
  problem: string | null;
}

export const SHEET_ERRORS = {
  empty: "Tệp trống (0 byte). Hãy chọn tệp số liệu đã điền.",
  tooLarge: "Tệp quá lớn: tối đa 2 MB.",
  legacyExcel: "Tệp Excel 97–2003 (.xls) chưa được hỗ trợ. Hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx.",
  wrongType: "Tệp không phải bảng tính .xlsx hoặc .csv. Hãy dùng tệp mẫu tải về từ trang này.",
  unreadableXlsx: "Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx.",
  inflatesTooMuch: "Tệp Excel quá lớn khi giải nén. Hãy chỉ giữ lại bảng số liệu rồi lưu lại.",
  notUtf8: "Không đọc được tệp CSV: hãy lưu tệp với bảng mã UTF-8 (trong Excel chọn “CSV UTF-8”).",
  noHeader: "Không tìm thấy dòng tiêu đề có cột “Mã chỉ tiêu” và “Giá trị”. Hãy dùng tệp mẫu tải về từ trang này.",
  noRows: "Tệp không có dòng số liệu nào.",
  tooManyRows: `Tệp có quá nhiều dòng: tối đa ${IMPORT_MAX_ROWS.toLocaleString("vi-VN")} dòng số liệu.`,
  controlCharacters: "Dòng có ký tự không hợp lệ (ký tự điều khiển hoặc lỗi mã hoá). Hãy gõ lại các ô của dòng này.",
  extraCells: "Dòng có nhiều ô hơn dòng tiêu đề: có thể giá trị dùng dấu phẩy thập phân mà không đặt trong ngoặc kép. Hãy lưu tệp CSV với dấu chấm phẩy (;) hoặc dùng tệp .xlsx.",
} as const;

const fail = (message: string) => new DomainValidationError(message, { file: [message] });

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

// Header names, compared without case, accents or extra spaces, so "Ma chi tieu" and "MÃ CHỈ TIÊU" match.
const COLUMN_NAMES = {
  code: ["ma chi tieu", "code", "indicator code"],
  value: ["gia tri", "value"],
  unitCode: ["ma don vi", "unit code"],
  note: ["ghi chu", "note", "notes"],
} as const;
const HEADER_SEARCH_ROWS = 20;

type Column = keyof typeof COLUMN_NAMES;
interface Header { rowNumber: number; width: number; columns: Partial<Record<Column, number>> }

/**
 * Reads an uploaded .xlsx (recognised by its bytes, whatever its name) or UTF-8 CSV (`,` `;` or tab) into
 * rows. The header row, within the first rows of the first sheet that has one, names the columns.
 */
export async function parseSheet(fileName: string, bytes: Uint8Array): Promise<SheetRow[]> {
  if (bytes.byteLength === 0) throw fail(SHEET_ERRORS.empty);
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw fail(SHEET_ERRORS.tooLarge);
  const xlsx = startsWith(bytes, ZIP_MAGIC);
  const grids = xlsx ? await readXlsx(bytes) : readCsv(fileName, bytes).map((grid) => ({ grid, oversized: false }));
  // The first sheet with the header is the data; other sheets (lists, workings) may be of any size.
  for (const { grid, oversized } of grids) {
    const header = findHeader(grid);
    if (!header) continue;
    if (oversized) throw fail(SHEET_ERRORS.tooManyRows);
    // In a CSV, cells past the header are a value's decimal comma read as a delimiter ("97,5" → 97 | 5);
    // in a workbook they are the officer's own working columns.
    return extractRows(grid, header, !xlsx);
  }
  throw fail(SHEET_ERRORS.noHeader);
}

async function readXlsx(bytes: Uint8Array): Promise<SheetGrid[]> {
  const zip = checkZipArchive(bytes);
  if (zip === "too-large") throw fail(SHEET_ERRORS.inflatesTooMuch);
  if (zip === "unreadable") throw fail(SHEET_ERRORS.unreadableXlsx);
  // Rows above the header are allowed on top of the data rows.
  const grids = await readXlsxGrids(bytes, IMPORT_MAX_ROWS + HEADER_SEARCH_ROWS, HEADER_SEARCH_ROWS).catch(() => null);
  if (grids === null || grids.length === 0) throw fail(SHEET_ERRORS.unreadableXlsx);
  return grids;
}

function readCsv(fileName: string, bytes: Uint8Array): Grid[] {
  if (startsWith(bytes, OLE_MAGIC)) throw fail(SHEET_ERRORS.legacyExcel);
  if (/\.xlsx$/i.test(fileName)) throw fail(SHEET_ERRORS.unreadableXlsx);
  // UTF-16 ("Unicode text") starts with a byte-order mark; other binaries show NUL bytes early on.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw fail(SHEET_ERRORS.notUtf8);
  if (bytes.subarray(0, 8192).includes(0)) throw fail(SHEET_ERRORS.wrongType);
  const text = decodeCsv(bytes);
  if (text === null) throw fail(SHEET_ERRORS.notUtf8);
  return readCsvGrids(text);
}

export function normaliseHeader(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

function findHeader(grid: Grid): Header | null {
  for (const row of grid.slice(0, HEADER_SEARCH_ROWS)) {
    const columns: Header["columns"] = {};
    row.cells.forEach((cell, index) => {
      const name = normaliseHeader(cell);
      for (const column of Object.keys(COLUMN_NAMES) as Column[]) {
        if (columns[column] === undefined && (COLUMN_NAMES[column] as readonly string[]).includes(name)) columns[column] = index;
      }
    });
    const width = row.cells.findLastIndex((cell) => cell.trim() !== "") + 1;
    if (columns.code !== undefined && columns.value !== undefined) return { rowNumber: row.rowNumber, width, columns };
  }
  return null;
}

function extractRows(grid: Grid, header: Header, checkWidth: boolean): SheetRow[] {
  const cell = (row: GridRow, column: Column) => {
    const index = header.columns[column];
    return index === undefined ? "" : clean(row.cells[index] ?? "");
  };
  const rows: SheetRow[] = [];
  for (const row of grid) {
    if (row.rowNumber <= header.rowNumber) continue;
    const overflow = checkWidth && row.cells.slice(header.width).some((c) => c.trim() !== "");
    const code = cell(row, "code");
    const unitCode = cell(row, "unitCode") || null;
    const rawValue = cell(row, "value");
    const note = unescapeText(cell(row, "note")) || null;
    // A NUL past the sniffed start of a CSV, or a control character escaped in a workbook, cannot be stored.
    const unreadable = ![code, unitCode, rawValue, note].every((text) => text === null || isPlainText(text));
    const sheetRow: SheetRow = {
      rowNumber: row.rowNumber, code, unitCode, rawValue, note,
      problem: unreadable ? SHEET_ERRORS.controlCharacters : overflow ? SHEET_ERRORS.extraCells : null,
    };
    if (!sheetRow.code && !sheetRow.unitCode && !sheetRow.rawValue && !sheetRow.note) continue;
    rows.push(sheetRow);
    if (rows.length > IMPORT_MAX_ROWS) throw fail(SHEET_ERRORS.tooManyRows);
  }
  if (rows.length === 0) throw fail(SHEET_ERRORS.noRows);
  return rows;
}

function clean(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ").trim().normalize("NFC");
}

/** Undoes the "'" our templates put before text starting with = + - @ (see neutraliseFormula). */
function unescapeText(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}
