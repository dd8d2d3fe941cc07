import "server-only";
import ExcelJS from "exceljs";

export interface XlsxColumn<Row> {
  header: string;
  /** Numbers stay numbers in the sheet; text is neutralised against formula injection. */
  value: (row: Row) => string | number | null;
  width?: number;
  /** Excel number format, e.g. "0.0" or "#,##0". */
  numFmt?: string;
}

export interface XlsxSheet<Row> { name: string; title?: string; columns: XlsxColumn<Row>[]; rows: Row[] }

/** Text that a spreadsheet would run as a formula is stored with a leading apostrophe. */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One workbook, one sheet per table: bold frozen header, sized columns, numbers as numbers. */
export async function buildXlsx<Row>(sheets: XlsxSheet<Row>[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Bảng theo dõi CĐS";
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
    let headerRow = 1;
    if (sheet.title) {
      ws.addRow([neutraliseCell(sheet.title)]).font = { bold: true, size: 13 };
      ws.addRow([]);
      headerRow = 3;
    }
    ws.addRow(sheet.columns.map((c) => c.header)).font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: headerRow }];
    for (const row of sheet.rows) {
      ws.addRow(sheet.columns.map((c) => {
        const v = c.value(row);
        return typeof v === "string" ? neutraliseCell(v) : v;
      }));
    }
    sheet.columns.forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      column.width = c.width ?? Math.min(60, Math.max(10, c.header.length + 2));
      if (c.numFmt) column.numFmt = c.numFmt;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The HTTP response for a generated workbook; the file name must be ASCII-safe. */
export function xlsxResponse(bytes: Uint8Array, fileName: string): Response {
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "-")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
