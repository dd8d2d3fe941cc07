// Writes the Excel version of the national indicator catalogue from its JSON, for administrators who keep the
// catalogue in a spreadsheet; the import (admin › Danh mục quốc gia) reads either file to the same result.
//   npx tsx scripts/catalogue-xlsx.ts [in.json] [out.xlsx]
// Defaults: prisma/catalogue/chi-tieu-quoc-gia.json → prisma/catalogue/chi-tieu-quoc-gia.xlsx.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { CATALOGUE_COLUMNS, CATALOGUE_SHEET, catalogueRowsFromJson } from "../lib/catalogue";
import { CATALOGUE_FIELD_LABELS, judgeCatalogueRows, type CatalogueEntry } from "../lib/schemas/catalogue";

const root = path.join(import.meta.dirname, "..");
const input = process.argv[2] ?? path.join(root, "prisma/catalogue/chi-tieu-quoc-gia.json");
const output = process.argv[3] ?? input.replace(/\.json$/, ".xlsx");

const WIDTHS: Partial<Record<(typeof CATALOGUE_COLUMNS)[number], number>> = {
  code: 12, localCode: 11, nameVi: 50, nameEn: 40, pillar: 8, unit: 11, direction: 20, kind: 12, formula: 70, numerator: 45, denominator: 45, source: 45, levels: 22,
};

const GUIDE: [string, string][] = [
  ["code", "Mã chỉ tiêu trong danh mục quốc gia, ví dụ QG-CQS-01."],
  ["localCode", "Mã chỉ tiêu tương ứng của tỉnh. Chưa có chỉ tiêu với mã này thì khi nhập sẽ tạo mới."],
  ["pillar", "GOV (chính quyền số), ECO (kinh tế số) hoặc SOC (xã hội số)."],
  ["unit", "PERCENT, COUNT, VND_BILLION, DAYS hoặc HOURS."],
  ["direction", "HIGHER_IS_BETTER (càng cao càng tốt) hoặc LOWER_IS_BETTER (càng thấp càng tốt)."],
  ["kind", "RATE (tỷ lệ), LEVEL (mức hiện có), FLOW (phát sinh trong quý) hoặc CUMULATIVE (lũy kế từ đầu năm)."],
  ["formula", "Công thức, định nghĩa bằng lời của danh mục quốc gia; được so với định nghĩa của tỉnh."],
  ["numerator", "Tử số; để trống nếu chỉ tiêu không tính theo tỷ lệ."],
  ["denominator", "Mẫu số; để trống nếu chỉ tiêu không tính theo tỷ lệ."],
  ["levels", "Các cấp báo cáo, cách nhau bởi dấu phẩy: PROVINCE, DISTRICT, COMMUNE."],
];

function entriesOf(file: string): CatalogueEntry[] {
  const judged = judgeCatalogueRows(catalogueRowsFromJson(JSON.parse(readFileSync(file, "utf8"))) ?? []);
  const invalid = judged.filter((row) => row.errors.length > 0);
  if (judged.length === 0 || invalid.length > 0) {
    throw new Error(`${file}: ${invalid.map((row) => `entry ${row.row}: ${row.errors.join(" ")}`).join("\n") || "no entries"}`);
  }
  return judged.flatMap((row) => (row.entry ? [row.entry] : []));
}

async function main() {
  const entries = entriesOf(input);
  const workbook = new ExcelJS.Workbook();
  // Fixed dates: regenerating an unchanged catalogue gives the same workbook properties.
  workbook.creator = "CĐS Scoreboard";
  workbook.created = workbook.modified = new Date("2025-01-01T00:00:00Z");
  const sheet = workbook.addWorksheet(CATALOGUE_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = CATALOGUE_COLUMNS.map((key) => ({ key, header: key, width: WIDTHS[key] ?? 15, style: { alignment: { vertical: "top", wrapText: true } } }));
  sheet.getRow(1).font = { bold: true };
  for (const entry of entries) sheet.addRow({ ...entry, levels: entry.levels.join(", "), numerator: entry.numerator ?? "", denominator: entry.denominator ?? "" });

  const guide = workbook.addWorksheet("Hướng dẫn");
  guide.columns = [{ header: "Cột", key: "key", width: 14 }, { header: "Nội dung", key: "label", width: 34 }, { header: "Cách điền", key: "note", width: 90 }];
  guide.getRow(1).font = { bold: true };
  const notes = new Map(GUIDE);
  for (const key of CATALOGUE_COLUMNS) guide.addRow({ key, label: CATALOGUE_FIELD_LABELS[key].replace(/ \(\w+\)$/, ""), note: notes.get(key) ?? "Bắt buộc." });
  guide.addRow({});
  guide.addRow({ key: "", label: "Trang “Danh mục”", note: "Dòng đầu là tên cột (giữ nguyên); mỗi dòng sau là một chỉ tiêu. Chỉ tiêu của tỉnh không có trong tệp là chỉ tiêu riêng của tỉnh." });

  await workbook.xlsx.writeFile(output);
  console.log(`catalogue-xlsx: ${entries.length} entries → ${path.relative(process.cwd(), output)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
