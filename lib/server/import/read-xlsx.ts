import "server-only";
import ExcelJS from "exceljs";
import type { Grid } from "./grid";

export interface SheetGrid {
  grid: Grid;
  /** The sheet has more than maxRows rows with values: only its first rows were read. */
  oversized: boolean;
}

/**
 * Every worksheet as rows of cell text, as the cell shows it to the officer: numbers through String(),
 * formulas by their cached result (never evaluated; without one, the formula text starting with "=").
 * Of a sheet with more than maxRows rows only the first headRows are read. Throws when the bytes are not a
 * workbook exceljs can read.
 */
export async function readXlsxGrids(bytes: Uint8Array, maxRows: number, headRows: number): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  // A copy as a plain ArrayBuffer: what exceljs' typings ask for and JSZip reads.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook.worksheets.map((sheet) => {
    const oversized = sheet.actualRowCount > maxRows;
    const grid: Grid = [];
    sheet.eachRow((row, rowNumber) => {
      if (oversized && rowNumber > headRows) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => { cells[column - 1] = cellText(cell.value); });
      grid.push({ rowNumber, cells: Array.from(cells, (c) => c ?? "") });
    });
    return { grid, oversized };
  });
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  if (value instanceof Date) return formatDate(value);
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (result === undefined || result === null) return `=${value.formula ?? ("sharedFormula" in value ? value.sharedFormula : "")}`;
    return typeof result === "object" && !(result instanceof Date) ? result.error : cellText(result);
  }
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  // A link's text may itself be rich text, whatever the type says.
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return "";
}

/** A cell Excel turned into a date (often from a typed "9.10"): shown as the officer's Excel shows it. */
function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
