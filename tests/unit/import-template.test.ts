import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseSheet } from "@/lib/server/import/parse-sheet";
import { buildTemplateCsv, buildTemplateXlsx, neutraliseFormula, templateFileName, type TemplateData } from "@/lib/server/import/write-template";

const data: TemplateData = {
  periodKey: "2025-Q2",
  unitCode: "99025",
  unitName: "Xã Tân Hoà",
  rows: [
    { code: "XA-01", name: "Tỷ lệ hồ sơ, công việc", unit: "PERCENT", target: 90, value: 97.5, note: "=HYPERLINK(\"http://x\")" },
    { code: "XA-05", name: "Số lượt hướng dẫn", unit: "COUNT", target: 1200, value: null, note: null },
  ],
};

describe("import templates", () => {
  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "Xã", "97,5"].map(neutraliseFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "Xã", "97,5"]);
  });

  it("names the file in plain ASCII", () => {
    expect(templateFileName("2025-Q2", "xlsx")).toBe("mau-bao-cao-2025-Q2.xlsx");
    expect(templateFileName("2025-Q2\"\r\n;x", "csv")).toBe("mau-bao-cao-2025-Q2x.csv");
  });

  it("writes a CSV with a BOM that reads back into the same rows", async () => {
    const csv = buildTemplateCsv(data);
    expect(csv.startsWith("\uFEFFMã đơn vị,Đơn vị,Mã chỉ tiêu,Tên chỉ tiêu,Đơn vị tính,Mục tiêu năm,Giá trị,Ghi chú\r\n")).toBe(true);
    expect(csv).toContain("99025,Xã Tân Hoà,XA-01,\"Tỷ lệ hồ sơ, công việc\",%,90,97.5,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n");
    const rows = await parseSheet("mau.csv", new TextEncoder().encode(csv));
    expect(rows).toEqual([
      { rowNumber: 2, unitCode: "99025", code: "XA-01", rawValue: "97.5", note: "=HYPERLINK(\"http://x\")", problem: null },
      { rowNumber: 3, unitCode: "99025", code: "XA-05", rawValue: "", note: null, problem: null },
    ]);
  });

  it("writes a protected workbook: bold frozen header, only values and notes editable, reads back", async () => {
    const bytes = await buildTemplateXlsx(data);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const sheet = workbook.getWorksheet("Số liệu");
    if (!sheet) throw new Error("no data sheet");
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("G2").protection?.locked).toBe(false);
    expect(sheet.getCell("H2").protection?.locked).toBe(false);
    expect(sheet.getCell("C2").protection?.locked).not.toBe(false);
    expect(sheet.getCell("H2").value).toBe("'=HYPERLINK(\"http://x\")");
    expect(sheet.getCell("G2").dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 100] });
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Số liệu", "Hướng dẫn"]);

    const rows = await parseSheet("mau.xlsx", bytes);
    expect(rows.map((r) => [r.rowNumber, r.unitCode, r.code, r.rawValue])).toEqual([[2, "99025", "XA-01", "97.5"], [3, "99025", "XA-05", ""]]);
  });
});
