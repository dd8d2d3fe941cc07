import "server-only";
import {
  AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, Table, TableBorders, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType, convertMillimetersToTwip as mm,
  type IParagraphOptions,
} from "docx";
import type { BriefBlock, BriefDocument } from "@/lib/brief-text";

// Presentation rules of Decree 30/2020/NĐ-CP (Appendix I): A4 portrait; margins top/bottom 20 mm, left 30 mm,
// right 15 mm; Times New Roman; national motto 12 pt bold caps over the tagline 13 pt bold with a rule of its
// length; issuing body 12 pt caps (the parent body upright, the issuer bold) over a short rule; body 14 pt,
// justified, first line indented 1.27 cm; page numbers centred in the header from page 2.
const FONT = "Times New Roman";
const PAGE = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
// The header columns are sized so that "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ" and the motto each fit on one line.
const LEFT_COL = 4000;
const RIGHT_COL = TEXT_WIDTH - LEFT_COL;
const pt = (size: number) => size * 2;
const INDENT = 720; // 1.27 cm
const BODY_SPACING = { before: 120, after: 0, line: 276 }; // 6 pt before, 1.15 lines

interface RunStyle { size?: number; bold?: boolean; italics?: boolean }

function line(text: string, style: RunStyle = {}, options: Omit<IParagraphOptions, "children"> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    ...options,
    children: [new TextRun({ text, font: FONT, size: pt(style.size ?? 14), bold: style.bold, italics: style.italics })],
  });
}

/** A centred solid rule `width` twips long inside a column `of` twips wide. */
function rule(width: number, of: number): Paragraph {
  const side = Math.max(0, Math.round((of - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 120, lineRule: "exact" },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [new TextRun({ text: "", size: 2 })],
  });
}

function cell(children: Paragraph[], width: number, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, ...extra });
}

function borderless(rows: TableRow[]): Table {
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COL, RIGHT_COL],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

function headerBlock(doc: BriefDocument): Table {
  return borderless([
    new TableRow({
      children: [
        cell([line(doc.issuer.parent, { size: 12 }), line(doc.issuer.body, { size: 12, bold: true }), rule(1500, LEFT_COL)], LEFT_COL),
        cell([line("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 12, bold: true }), line("Độc lập - Tự do - Hạnh phúc", { size: 13, bold: true }), rule(3400, RIGHT_COL)], RIGHT_COL),
      ],
    }),
    new TableRow({
      children: [
        cell([line(doc.number, { size: 13 }, { spacing: { before: 120 } })], LEFT_COL),
        cell([line(doc.placeDate, { size: 14, italics: true }, { spacing: { before: 120 } })], RIGHT_COL),
      ],
    }),
  ]);
}

function titleBlock(doc: BriefDocument): Paragraph[] {
  return [
    line(doc.docType, { bold: true }, { spacing: { before: 480, after: 0 } }),
    line(doc.title, { bold: true }),
    rule(1800, TEXT_WIDTH),
    line(`(${doc.demoNote})`, { size: 11, italics: true }, { spacing: { before: 60, after: 120 } }),
  ];
}

function bodyParagraph(text: string, style: RunStyle = {}): Paragraph {
  return line(text, style, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: BODY_SPACING });
}

const TABLE_COLUMNS = [560, 4140, 2054, 1400, 1200];

function targetTable(doc: BriefDocument): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const tableCell = (text: string, i: number, header: boolean) =>
    cell([line(text, { size: 12, bold: header }, { alignment: i === 1 || i === 2 ? (header ? AlignmentType.CENTER : AlignmentType.LEFT) : AlignmentType.CENTER })], TABLE_COLUMNS[i] ?? 1000, {
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: TABLE_COLUMNS,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      // Repeated at the top of every page the table runs onto.
      new TableRow({ tableHeader: true, cantSplit: true, children: doc.table.headers.map((h, i) => tableCell(h, i, true)) }),
      ...doc.table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => tableCell(c, i, false)) })),
    ],
  });
}

function blocks(doc: BriefDocument, list: BriefBlock[]): (Paragraph | Table)[] {
  return list.map((b) => (b.kind === "table" ? targetTable(doc) : bodyParagraph(b.kind === "item" ? `- ${b.text}` : b.text)));
}

function closingBlock(doc: BriefDocument): Table {
  const left = [
    line("Nơi nhận:", { size: 12, bold: true, italics: true }, { alignment: AlignmentType.LEFT }),
    ...doc.recipients.map((r) => line(`- ${r}`, { size: 11 }, { alignment: AlignmentType.LEFT })),
  ];
  const right = [
    line(doc.signature.capacity, { bold: true }),
    line(doc.signature.position, { bold: true }),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => line("")),
    line(doc.signature.name, { bold: true }),
  ];
  return borderless([new TableRow({ children: [cell(left, LEFT_COL), cell(right, RIGHT_COL)] })]);
}

/** The brief as a .docx laid out as an administrative document. */
export async function buildBriefDocx(doc: BriefDocument): Promise<Uint8Array> {
  const document = new Document({
    creator: "Ban Chỉ đạo Chuyển đổi số",
    title: doc.fullTitle,
    description: doc.demoNote,
    styles: { default: { document: { run: { font: FONT, size: pt(14), language: { value: "vi-VN" } } } } },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: MARGIN },
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })] })] }),
        },
        children: [
          headerBlock(doc),
          ...titleBlock(doc),
          bodyParagraph(doc.intro),
          ...doc.sections.flatMap((s) => [bodyParagraph(s.heading, { bold: true }), ...blocks(doc, s.blocks)]),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          closingBlock(doc),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
