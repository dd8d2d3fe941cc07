import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { DomainValidationError } from "@/lib/server/errors";
import { parseSheet, SHEET_ERRORS } from "@/lib/server/import/parse-sheet";
import { checkZipArchive } from "@/lib/server/import/zip-guard";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function xlsx(rows: ExcelJS.CellValue[][], build?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Số liệu");
  for (const row of rows) sheet.addRow(row);
  build?.(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function refusal(fileName: string, bytes: Uint8Array): Promise<string> {
  const error = await parseSheet(fileName, bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainValidationError);
  expect((error as DomainValidationError).fieldErrors.file).toEqual([(error as Error).message]);
  return (error as Error).message;
}

describe("parseSheet: CSV", () => {
  it("reads a comma-separated UTF-8 file with a BOM and English headers, skipping blank lines", async () => {
    const rows = await parseSheet("data.csv", utf8("\uFEFFUnit code,Code,Value,Note\r\n99025,XA-01,97.5,ok\r\n\r\n,XA-02,\"1,234.5\",\r\n"));
    expect(rows).toEqual([
      { rowNumber: 2, code: "XA-01", unitCode: "99025", rawValue: "97.5", note: "ok", problem: null },
      { rowNumber: 4, code: "XA-02", unitCode: null, rawValue: "1,234.5", note: null, problem: null },
    ]);
  });

  it("detects ';' as used by Vietnamese Excel, keeping decimal commas as typed", async () => {
    const rows = await parseSheet("so-lieu.csv", utf8("Mã chỉ tiêu;Tên chỉ tiêu;Giá trị\nXA-01;Tỷ lệ, hồ sơ;97,5\nXA-04;Số tổ;1.234\n"));
    expect(rows.map((r) => [r.rowNumber, r.code, r.rawValue])).toEqual([[2, "XA-01", "97,5"], [3, "XA-04", "1.234"]]);
  });

  it("finds the header below title rows, matching names without case or accents", async () => {
    const rows = await parseSheet("x.csv", utf8("Báo cáo quý II\n\nMA CHI TIEU,Gia tri,Ghi chu\nXA-01, 42 ,\"'=not a formula\"\n"));
    expect(rows).toEqual([{ rowNumber: 4, code: "XA-01", unitCode: null, rawValue: "42", note: "=not a formula", problem: null }]);
  });

  it("counts rows as Excel shows them when a quoted cell holds a line break", async () => {
    const rows = await parseSheet("x.csv", utf8("Code,Value,Note\nXA-01,1,\"two\nlines\"\nXA-02,2,\n"));
    expect(rows.map((r) => [r.rowNumber, r.code, r.note])).toEqual([[2, "XA-01", "two\nlines"], [3, "XA-02", null]]);
  });

  it("flags a row with cells past the header: a decimal comma read as a delimiter", async () => {
    const rows = await parseSheet("x.csv", utf8("Code,Value,Note\nXA-01,97,5,ghi chú\nXA-02,\"97,5\",,\n"));
    expect(rows.map((r) => [r.code, r.rawValue, r.problem])).toEqual([["XA-01", "97", SHEET_ERRORS.extraCells], ["XA-02", "97,5", null]]);
  });

  it("keeps a value starting with '=' as text, for the import to reject", async () => {
    const rows = await parseSheet("x.csv", utf8("Code,Value\nXA-01,=SUM(1;2)\n"));
    expect(rows[0]?.rawValue).toBe("=SUM(1;2)");
  });

  it("refuses empty, oversized, non-UTF-8, binary and legacy Excel files with Vietnamese messages", async () => {
    expect(await refusal("a.csv", new Uint8Array())).toBe(SHEET_ERRORS.empty);
    expect(await refusal("a.csv", new Uint8Array(2 * 1024 * 1024 + 1).fill(65))).toBe(SHEET_ERRORS.tooLarge);
    expect(await refusal("a.csv", new Uint8Array([0x4d, 0xe3, 0x20, 0x63, 0x68, 0xec]))).toBe(SHEET_ERRORS.notUtf8);
    expect(await refusal("a.csv", new Uint8Array([0xff, 0xfe, 0x4d, 0x00]))).toBe(SHEET_ERRORS.notUtf8);
    expect(await refusal("a.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]))).toBe(SHEET_ERRORS.wrongType);
    expect(await refusal("a.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(SHEET_ERRORS.legacyExcel);
    expect(await refusal("a.xlsx", utf8("Code,Value\nXA-01,1\n"))).toBe(SHEET_ERRORS.unreadableXlsx);
  });

  it("refuses a file without the header, without data rows, or with too many rows", async () => {
    expect(await refusal("a.csv", utf8("Tên,Số\nA,1\n"))).toBe(SHEET_ERRORS.noHeader);
    expect(await refusal("a.csv", utf8("Mã chỉ tiêu,Giá trị\n\n,\n"))).toBe(SHEET_ERRORS.noRows);
    const many = ["Code,Value", ...Array.from({ length: 2001 }, (_, i) => `C-${i},1`)].join("\n");
    expect(await refusal("a.csv", utf8(many))).toBe(SHEET_ERRORS.tooManyRows);
    const enough = ["Code,Value", ...Array.from({ length: 2000 }, (_, i) => `C-${i},1`)].join("\n");
    expect(await parseSheet("a.csv", utf8(enough))).toHaveLength(2000);
  });
});

describe("parseSheet: xlsx", () => {
  it("reads cells as shown: numbers via String(), cached formula results, never evaluating", async () => {
    const bytes = await xlsx([
      ["Mã đơn vị", "Mã chỉ tiêu", "Giá trị", "Ghi chú"],
      ["99025", "XA-01", 97.5, "ghi chú"],
      [99025, "XA-02", { formula: "40+2", result: 42 }, null],
      [null, "XA-03", { formula: "1+1" }, null],
      [null, "XA-04", "=SUM(A1)", null],
      [null, "XA-05", { richText: [{ text: "1" }, { text: "2,5" }] }, null],
      [null, "XA-06", new Date(Date.UTC(2025, 9, 9)), null],
      [null, "XA-07", { error: "#DIV/0!" }, null],
    ]);
    const rows = await parseSheet("upload.bin", bytes);
    expect(rows.map((r) => [r.rowNumber, r.unitCode, r.code, r.rawValue, r.note])).toEqual([
      [2, "99025", "XA-01", "97.5", "ghi chú"],
      [3, "99025", "XA-02", "42", null],
      [4, null, "XA-03", "=1+1", null],
      [5, null, "XA-04", "=SUM(A1)", null],
      [6, null, "XA-05", "12,5", null],
      [7, null, "XA-06", "09/10/2025", null],
      [8, null, "XA-07", "#DIV/0!", null],
    ]);
  });

  it("takes the first sheet that has the header, and keeps Excel's row numbers across blank rows", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Hướng dẫn").addRow(["Chỉ sửa cột Giá trị"]);
    const sheet = workbook.addWorksheet("Số liệu");
    sheet.getCell("B3").value = "Code";
    sheet.getCell("C3").value = "Value";
    sheet.getCell("B7").value = "XA-01";
    sheet.getCell("C7").value = 5;
    const rows = await parseSheet("x.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(rows).toEqual([{ rowNumber: 7, code: "XA-01", unitCode: null, rawValue: "5", note: null, problem: null }]);
  });

  it("refuses a data sheet of more than 2,000 rows, but not another large sheet beside it", async () => {
    const many = Array.from({ length: 2100 }, (_, i) => [`C-${i}`, 1]);
    expect(await refusal("x.xlsx", await xlsx([["Code", "Value"], ...many]))).toBe(SHEET_ERRORS.tooManyRows);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Danh sách").addRows([["Họ tên", "Thôn"], ...many]);
    workbook.addWorksheet("Số liệu").addRows([["Code", "Value"], ["XA-01", 3]]);
    const rows = await parseSheet("x.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(rows.map((r) => [r.code, r.rawValue])).toEqual([["XA-01", "3"]]);
  });

  it("refuses a damaged archive and one declaring too much content", async () => {
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    expect(await refusal("x.xlsx", damaged)).toBe(SHEET_ERRORS.unreadableXlsx);
    expect(await refusal("x.xlsx", fakeZip([70 * 1024 * 1024]))).toBe(SHEET_ERRORS.inflatesTooMuch);
  });
});

describe("checkZipArchive", () => {
  it("sums the sizes the central directory declares", async () => {
    expect(checkZipArchive(await xlsx([["Code", "Value"]]))).toBe("ok");
    expect(checkZipArchive(fakeZip([1000, 2000]))).toBe("ok");
    expect(checkZipArchive(fakeZip([40 * 1024 * 1024, 40 * 1024 * 1024]))).toBe("too-large");
    expect(checkZipArchive(fakeZip([0xffffffff]))).toBe("too-large");
    expect(checkZipArchive(new Uint8Array(30))).toBe("unreadable");
  });
});

/** A ZIP's local magic, then a central directory declaring entries of the given uncompressed sizes. */
function fakeZip(sizes: number[]): Uint8Array {
  const entries = sizes.map((size) => {
    const entry = new DataView(new ArrayBuffer(46 + 1));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint32(24, size, true);
    entry.setUint16(28, 1, true);
    return new Uint8Array(entry.buffer);
  });
  const directoryStart = 4;
  const directoryLength = entries.reduce((n, e) => n + e.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, sizes.length, true);
  end.setUint16(10, sizes.length, true);
  end.setUint32(12, directoryLength, true);
  end.setUint32(16, directoryStart, true);
  const out = new Uint8Array(directoryStart + directoryLength + 22);
  out.set([0x50, 0x4b, 0x03, 0x04]);
  let at = directoryStart;
  for (const entry of entries) { out.set(entry, at); at += entry.length; }
  out.set(new Uint8Array(end.buffer), at);
  return out;
}
