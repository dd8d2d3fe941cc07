import "server-only";
import ExcelJS from "exceljs";
import { unitLabel, type IndicatorUnit } from "@/lib/format";
import { formatQuarter, parseQuarterKey } from "@/lib/quarters";

/** What a reporter's template holds: its unit, and one row per due indicator with the current value. */
export interface TemplateData {
  periodKey: string;
  unitCode: string;
  unitName: string;
  rows: { code: string; name: string; unit: IndicatorUnit; target: number; value: number | null; note: string | null }[];
}

// The header names are the file format: parse-sheet.ts finds "Mã chỉ tiêu", "Giá trị", "Mã đơn vị", "Ghi chú".
const COLUMNS = [
  { key: "unitCode", header: "Mã đơn vị", width: 12 },
  { key: "unitName", header: "Đơn vị", width: 28 },
  { key: "code", header: "Mã chỉ tiêu", width: 13 },
  { key: "name", header: "Tên chỉ tiêu", width: 60 },
  { key: "unit", header: "Đơn vị tính", width: 12 },
  { key: "target", header: "Mục tiêu năm", width: 14 },
  { key: "value", header: "Giá trị", width: 14 },
  { key: "note", header: "Ghi chú", width: 40 },
] as const;

type ColumnKey = (typeof COLUMNS)[number]["key"];
type TemplateRow = Record<ColumnKey, string | number | null>;

/** Text a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading "'" so it stays text. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function templateRows(data: TemplateData): TemplateRow[] {
  return data.rows.map((row) => ({
    unitCode: neutraliseFormula(data.unitCode),
    unitName: neutraliseFormula(data.unitName),
    code: neutraliseFormula(row.code),
    name: neutraliseFormula(row.name),
    unit: neutraliseFormula(unitLabel(row.unit, "vi")),
    target: row.target,
    value: row.value,
    note: row.note === null ? null : neutraliseFormula(row.note),
  }));
}

export function templateFileName(periodKey: string, format: "xlsx" | "csv"): string {
  return `mau-bao-cao-${periodKey.replace(/[^A-Za-z0-9-]/g, "")}.${format}`;
}

/** UTF-8 with a BOM (so Excel reads the diacritics), comma-separated, CRLF, numbers with a decimal point. */
export function buildTemplateCsv(data: TemplateData): string {
  const field = (value: string | number | null) => {
    const text = value === null ? "" : String(value);
    return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [COLUMNS.map((c) => field(c.header)), ...templateRows(data).map((row) => COLUMNS.map((c) => field(row[c.key])))];
  return `\uFEFF${lines.map((cells) => cells.join(",")).join("\r\n")}\r\n`;
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD6E4F5" } };
const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const THIN: Partial<ExcelJS.Borders> = { bottom: { style: "thin", color: { argb: "FF94A3B8" } } };

/**
 * The workbook: a data sheet whose header is bold and frozen and whose only editable cells, highlighted, are
 * the values and notes (the sheet is protected without a password against accidental edits of the codes);
 * and a sheet of instructions.
 */
export async function buildTemplateXlsx(data: TemplateData): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CĐS Scoreboard";
  const sheet = workbook.addWorksheet("Số liệu", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => { cell.fill = HEADER_FILL; cell.border = THIN; });
  sheet.getCell(1, columnNumber("value")).fill = INPUT_FILL;

  templateRows(data).forEach((values, index) => {
    const row = sheet.addRow(values);
    row.getCell("name").alignment = { wrapText: true, vertical: "top" };
    const value = row.getCell("value");
    value.fill = INPUT_FILL;
    value.protection = { locked: false };
    value.dataValidation = valueValidation(data.rows[index]?.unit ?? "COUNT");
    row.getCell("note").protection = { locked: false };
    row.getCell("note").alignment = { wrapText: true, vertical: "top" };
  });
  await sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  addInstructions(workbook, data);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function columnNumber(key: ColumnKey): number {
  return COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** Excel warns (but lets the officer continue) on a value out of range; the import is the rule. */
function valueValidation(unit: IndicatorUnit): ExcelJS.DataValidation {
  const percent = unit === "PERCENT";
  return {
    type: "decimal", allowBlank: true, showErrorMessage: true, errorStyle: "warning",
    operator: percent ? "between" : "greaterThanOrEqual", formulae: percent ? [0, 100] : [0],
    errorTitle: "Giá trị chưa hợp lệ",
    error: percent ? "Tỷ lệ phải nằm trong khoảng từ 0 đến 100%." : "Giá trị phải là số không âm.",
  };
}

function addInstructions(workbook: ExcelJS.Workbook, data: TemplateData) {
  const quarter = parseQuarterKey(data.periodKey);
  const sheet = workbook.addWorksheet("Hướng dẫn");
  sheet.getColumn(1).width = 110;
  const lines = [
    neutraliseFormula(`Mẫu nhập số liệu chuyển đổi số — ${data.unitName}${quarter ? `, ${formatQuarter(quarter, "vi")}` : ""}`),
    "1. Chỉ sửa cột “Giá trị” (ô màu vàng) và cột “Ghi chú”. Không sửa mã đơn vị, mã chỉ tiêu.",
    "2. Nhập số trực tiếp, không dùng công thức. Tỷ lệ (%) nhập từ 0 đến 100, ví dụ 97,5.",
    "3. Ô “Giá trị” để trống: dòng đó được bỏ qua, số liệu đang có giữ nguyên.",
    "4. Lưu tệp (.xlsx, hoặc CSV UTF-8) rồi tải lên ở trang “Nhập từ Excel/CSV”, xem trước và xác nhận.",
  ];
  lines.forEach((line, index) => { sheet.getCell(index + 1, 1).value = line; });
  sheet.getRow(1).font = { bold: true, size: 13 };
}
