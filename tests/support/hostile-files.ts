import { crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { FORMULAS, PATH_TRICKS } from "./hostile-payloads";

// Uploads the import, catalogue and evidence actions must refuse: zip bombs (honest and lying about their size),
// text or PDFs named .xlsx, images named .csv, empty and oversized files, spreadsheets whose values are formulas.

export interface ZipEntry { name: string; data: Buffer; declaredSize?: number }

/** A ZIP archive (deflate), written by hand so an entry may declare a size other than its real one. */
export function buildZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const compressed = deflateRawSync(entry.data, { level: 9 });
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0, 6); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(compressed.length, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16); central.writeUInt32LE(compressed.length, 20); central.writeUInt32LE(size, 24); central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const zeros = (megabytes: number) => Buffer.alloc(megabytes * 1024 * 1024);
const SHEET = "xl/worksheets/sheet1.xml";

/** Built on first use (deflating 70 MB takes a moment), then kept. */
const once = <T>(make: () => T) => { let made: T | undefined; return () => (made ??= make()); };
const zipBomb = once(() => buildZip([{ name: SHEET, data: zeros(70) }]));
/** Declares a few bytes, inflates to 70 MB: the declared sizes cannot be trusted. */
const lyingZipBomb = once(() => buildZip([{ name: SHEET, data: zeros(70), declaredSize: 100 }]));
const manyEntriesZip = once(() => buildZip(Array.from({ length: 6_000 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from("a") }))));
const NOT_A_WORKBOOK_ZIP = buildZip([{ name: "readme.txt", data: Buffer.from("xin chào") }]);

export const PNG_BYTES = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
export const PDF_BYTES = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n", "latin1");
const HTML = Buffer.from("<!doctype html><script>alert(document.cookie)</script>");
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);
const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Mã chỉ tiêu,Giá trị\r\nXA-01,50\r\n", "utf16le")]);
const LATIN1 = Buffer.from("Ma chi tieu;Gia tri\r\nXA-01;50\r\nGhi chú: ñ\xe9\r\n", "latin1");
const PLAIN = Buffer.from("Mã chỉ tiêu,Giá trị\r\nXA-01,50\r\n");

/** A CSV of the import's shape whose every value cell is a formula (and whose notes are formulas too). */
export function formulaCsv(codes: string[], formulas: string[]): Buffer {
  const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const rows = codes.map((code, i) => [code, cell(formulas[i % formulas.length] ?? "=1"), cell(formulas[(i + 1) % formulas.length] ?? "=1")].join(","));
  return Buffer.from(`\uFEFFMã chỉ tiêu,Giá trị,Ghi chú\r\n${rows.join("\r\n")}\r\n`);
}

/** A real workbook with the import's header whose value cells are formulas without a cached result. */
export async function formulaXlsx(codes: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Số liệu");
  sheet.addRow(["Mã chỉ tiêu", "Giá trị", "Ghi chú"]);
  codes.forEach((code, i) => sheet.addRow([code, { formula: `${i + 1}*50` }, "=HYPERLINK(\"http://evil.example\")"]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * `name` is the file's natural mislabel (a PDF named .xlsx, an image named .csv); `onlyByName` marks content
 * that is refused because of that name alone (valid CSV text named .xlsx), so it is never sent under another.
 */
export interface HostileFile { label: string; name: string; bytes: Uint8Array<ArrayBuffer>; onlyByName?: boolean }
const named = (label: string, bytes: Buffer, name = "so-lieu.xlsx", onlyByName = false): HostileFile => ({ label, name, bytes: new Uint8Array(bytes), onlyByName });

/** Content the import must refuse as a file (nothing in it can become a value). */
export function refusedImportContents(codes: string[], xlsxWithFormulas: Buffer): HostileFile[] {
  return [
    named("zip bomb", zipBomb()), named("lying zip bomb", lyingZipBomb()), named("6000-entry zip", manyEntriesZip()), named("zip without a workbook", NOT_A_WORKBOOK_ZIP),
    named("PDF as .xlsx", PDF_BYTES), named("PDF as .csv", PDF_BYTES, "so-lieu.csv"), named("PNG as .csv", PNG_BYTES, "so-lieu.csv"),
    named("HTML as .csv", HTML, "so-lieu.csv"), named("SVG as .xlsx", SVG), named("EXE as .csv", EXE, "so-lieu.csv"), named("Excel 97 as .xlsx", OLE),
    named("plain text as .xlsx", PLAIN, "so-lieu.xlsx", true), named("UTF-16 CSV", UTF16, "so-lieu.csv"), named("Latin-1 CSV", LATIN1, "so-lieu.csv"),
    named("0 bytes", Buffer.alloc(0), "so-lieu.csv"), named("2 MB + 1", Buffer.alloc(2 * 1024 * 1024 + 1, 0x41), "so-lieu.csv"),
    named("formula CSV", formulaCsv(codes, FORMULAS), "so-lieu.csv"), named("formula xlsx", xlsxWithFormulas),
    // The NUL sits past the 8 kB that are sniffed for binary content, in the note of an otherwise valid row.
    named("CSV with NUL after 8 kB", Buffer.from(`Mã chỉ tiêu,Giá trị,Ghi chú\r\nZZ-99,1,"${"a".repeat(9_000)}"\r\n${codes[0] ?? "XA-01"},50,"ghi chú\u0000"\r\n`), "so-lieu.csv"),
  ];
}

/** Content the evidence upload must refuse: anything that is not, by its bytes, a PDF, PNG, JPEG or WebP. */
export const refusedEvidence = (): HostileFile[] => [
  named("HTML as .pdf", HTML, "minh-chung.pdf"), named("SVG as .png", SVG, "anh.png"), named("EXE as .pdf", EXE, "minh-chung.pdf"),
  named("zip bomb as .pdf", zipBomb(), "minh-chung.pdf"), named("zip as .png", NOT_A_WORKBOOK_ZIP, "anh.png"), named("text as .jpg", PLAIN, "anh.jpg"),
  named("0 bytes", Buffer.alloc(0), "anh.png"), named("5 MB + 1 PNG", Buffer.concat([PNG_BYTES, Buffer.alloc(5 * 1024 * 1024 + 1 - PNG_BYTES.length)]), "anh.png"),
  named("Excel 97 as .pdf", OLE, "minh-chung.pdf"),
];

/** File names: path tricks, Unicode tricks, mislabelled extensions, and names too long to keep. */
export const hostileFileNames = fc.oneof(
  fc.constantFrom(...PATH_TRICKS, "so-lieu.xlsx", "anh.png", "bao-cao.pdf", "x.csv", "x.xlsx.exe", "\u202egpj.exe", "CON", "a:b|c?.pdf", " .png", "...", ""),
  fc.constantFrom("a".repeat(300), `${"ư".repeat(5_000)}.pdf`, `${"/".repeat(50)}x.png`),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).map((s) => `${s}.xlsx`),
);
