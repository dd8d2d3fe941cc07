import type { ActionResult } from "./action-result";
import type { CatalogueEntry, CatalogueField, RawCatalogueRow } from "./schemas/catalogue";

// The national indicator catalogue against the province's indicators: how a file's entries are read, and what
// importing them does — pure, shared by the admin import (lib/server/services/catalogue.ts) and the seed.
// The province's own definitions are never overwritten: where they differ from the catalogue's, the difference
// is recorded as a method deviation instead.

type Level = CatalogueEntry["levels"][number];

/** The workbook's columns, in order; its header row carries these keys. */
export const CATALOGUE_COLUMNS = [
  "code", "localCode", "nameVi", "nameEn", "pillar", "unit", "direction", "kind", "formula", "numerator", "denominator", "source", "levels",
] as const satisfies readonly CatalogueField[];
export const CATALOGUE_SHEET = "Danh mục";
export const CATALOGUE_MAX_ENTRIES = 1000;

/** The entries of a catalogue document: `{ "entries": [...] }` or a bare array. Null for any other shape. */
export function catalogueRowsFromJson(doc: unknown): RawCatalogueRow[] | null {
  const entries = Array.isArray(doc) ? doc
    : doc !== null && typeof doc === "object" && Array.isArray((doc as { entries?: unknown }).entries) ? (doc as { entries: unknown[] }).entries
    : null;
  return entries ? entries.map((raw, index) => ({ row: index + 1, raw })) : null;
}

/**
 * The entries of a sheet: the first non-empty row is the header (the column keys), every later non-empty row an
 * entry keyed by it. Levels are listed in one cell ("DISTRICT, COMMUNE"); an empty numerator or denominator is
 * none. Answers a Vietnamese message when the header is not the catalogue's.
 */
export function catalogueRowsFromGrid(grid: { rowNumber: number; cells: string[] }[]): RawCatalogueRow[] | string {
  const filled = grid.filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  const [header, ...rows] = filled;
  if (!header) return "Trang tính không có dữ liệu.";
  const keys = header.cells.map((cell) => CATALOGUE_COLUMNS.find((key) => key.toLowerCase() === cell.trim().toLowerCase()) ?? (cell.trim() === "" ? null : cell.trim()));
  const unknown = keys.filter((key): key is string => key !== null && !(CATALOGUE_COLUMNS as readonly string[]).includes(key));
  if (unknown.length > 0) return `Dòng tiêu đề có cột không thuộc mẫu danh mục: ${unknown.join(", ")}. Các cột của mẫu: ${CATALOGUE_COLUMNS.join(", ")}.`;
  if (!keys.includes("code") || !keys.includes("localCode")) return `Không thấy dòng tiêu đề của mẫu danh mục (cần các cột ${CATALOGUE_COLUMNS.join(", ")}).`;
  return rows.map(({ rowNumber, cells }) => {
    const raw: Record<string, unknown> = {};
    keys.forEach((key, column) => {
      if (key === null) return;
      const cell = (cells[column] ?? "").trim();
      if (key === "levels") raw[key] = cell.split(/[\s,;]+/).filter(Boolean);
      else if (key === "numerator" || key === "denominator") raw[key] = cell === "" ? null : cell;
      else raw[key] = cell;
    });
    return { row: rowNumber, raw };
  });
}

// Tone marks on a final oa, oe or uy sit on either vowel depending on the writer ("hóa"/"hoá", "Ủy"/"Uỷ"); both
// spellings are the same word. After "q" the u belongs to the consonant ("quý"), so it is left alone.
const TONED: Record<string, string> = { o: "òóỏõọ", u: "ùúủũụ", a: "àáảãạ", e: "èéẻẽẹ", y: "ỳýỷỹỵ" };
const FIRST_VOWEL_TONE = /(?<!q)([òóỏõọ])([ae])(?!\p{L})|(?<!q)([ùúủũụ])(y)(?!\p{L})/gu;

/** Text as compared: same Unicode form and case, one tone-mark convention, single spaces, no final full stop. */
export function normaliseMethodText(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("vi")
    .replace(/[“”„"]/g, "\"").replace(/[‘’]/g, "'")
    .replace(FIRST_VOWEL_TONE, (_m, o: string | undefined, ae: string | undefined, u: string | undefined, y: string | undefined) => {
      const [first, second, base] = o !== undefined ? [o, ae ?? "", "o"] : [u ?? "", y ?? "", "u"];
      return `${base}${TONED[second]?.[TONED[base]?.indexOf(first) ?? -1] ?? second}`;
    })
    .replace(/\s+/g, " ").trim().replace(/[\s.]+$/, "");
}

/** The province restates the catalogue's definition, possibly followed by notes of its own (a baseline, a convention). */
export function sameDefinition(province: string, catalogue: string): boolean {
  const p = normaliseMethodText(province);
  const c = normaliseMethodText(catalogue);
  return p === c || p.startsWith(`${c}. `);
}

const quote = (text: string) => `“${text.trim().replace(/\.$/, "")}”`;

export function describeDeviation(label: "Định nghĩa" | "Tử số" | "Mẫu số", province: string, catalogue: string): string {
  return `${label}: tỉnh dùng ${quote(province)}; danh mục quốc gia dùng ${quote(catalogue)}.`;
}

/** What the plan needs of an existing indicator; load it with CATALOGUE_INDICATOR_SELECT. */
export interface CatalogueIndicatorState {
  id: number;
  code: string;
  definition: string;
  numeratorDefinition: string | null;
  denominatorDefinition: string | null;
  source: string;
  levels: Level[];
  catalogueCode: string | null;
  catalogueFormula: string | null;
  /** The province-wide deviations already recorded (localityId null). */
  deviations: { description: string }[];
}

export const CATALOGUE_INDICATOR_SELECT = {
  id: true, code: true, definition: true, numeratorDefinition: true, denominatorDefinition: true, source: true, levels: true,
  catalogueCode: true, catalogueFormula: true, deviations: { where: { localityId: null }, select: { description: true } },
} as const;

/** The fields an import may write on an existing indicator. */
export interface CatalogueFields {
  catalogueCode: string;
  catalogueFormula: string;
  definition: string;
  numeratorDefinition: string | null;
  denominatorDefinition: string | null;
  source: string;
  levels: Level[];
}

export type CatalogueAction = "create" | "update" | "unchanged";

export interface CataloguePlanItem {
  entry: CatalogueEntry;
  action: CatalogueAction;
  /** The province's indicator with the entry's localCode; null when the import creates it. */
  indicatorId: number | null;
  /** Only the fields that change: the catalogue's code and formula, and the province's empty fields filled in. */
  changes: Partial<CatalogueFields>;
  before: Partial<CatalogueFields>;
  /** Province-wide deviations to record, none of them recorded already. */
  deviations: string[];
}

const isBlank = (text: string | null) => text === null || text.trim() === "";

/**
 * For each entry, in order: create the indicator when the province has none with its localCode, else link it to
 * the catalogue (code and formula) and fill what the province left empty, and list where the province's
 * definition, numerator or denominator says something else than the catalogue's. Indicators absent from the
 * entries are not touched: they stay the province's own.
 */
export function planCatalogueImport(entries: CatalogueEntry[], indicators: CatalogueIndicatorState[]): CataloguePlanItem[] {
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  return entries.map((entry): CataloguePlanItem => {
    const indicator = byCode.get(entry.localCode);
    if (!indicator) return { entry, action: "create", indicatorId: null, changes: {}, before: {}, deviations: [] };
    const wanted: Partial<CatalogueFields> = { catalogueCode: entry.code, catalogueFormula: entry.formula };
    if (isBlank(indicator.definition)) wanted.definition = entry.formula;
    if (isBlank(indicator.numeratorDefinition) && entry.numerator) wanted.numeratorDefinition = entry.numerator;
    if (isBlank(indicator.denominatorDefinition) && entry.denominator) wanted.denominatorDefinition = entry.denominator;
    if (isBlank(indicator.source)) wanted.source = entry.source;
    if (indicator.levels.length === 0) wanted.levels = entry.levels;
    const changes: Partial<CatalogueFields> = {};
    const before: Partial<CatalogueFields> = {};
    for (const key of Object.keys(wanted) as (keyof CatalogueFields)[]) {
      if (JSON.stringify(wanted[key]) === JSON.stringify(indicator[key])) continue;
      Object.assign(changes, { [key]: wanted[key] });
      Object.assign(before, { [key]: indicator[key] });
    }
    const after = { ...indicator, ...changes };
    const found: string[] = [];
    if (!sameDefinition(after.definition, entry.formula)) found.push(describeDeviation("Định nghĩa", after.definition, entry.formula));
    if (after.numeratorDefinition && entry.numerator && normaliseMethodText(after.numeratorDefinition) !== normaliseMethodText(entry.numerator)) {
      found.push(describeDeviation("Tử số", after.numeratorDefinition, entry.numerator));
    }
    if (after.denominatorDefinition && entry.denominator && normaliseMethodText(after.denominatorDefinition) !== normaliseMethodText(entry.denominator)) {
      found.push(describeDeviation("Mẫu số", after.denominatorDefinition, entry.denominator));
    }
    const recorded = new Set(indicator.deviations.map((d) => normaliseMethodText(d.description)));
    const deviations = found.filter((description) => !recorded.has(normaliseMethodText(description)));
    const action = Object.keys(changes).length > 0 || deviations.length > 0 ? "update" : "unchanged";
    return { entry, action, indicatorId: indicator.id, changes, before, deviations };
  });
}

/** One row of the previewed file: what importing it would do, or why it cannot be imported. */
export interface CataloguePreviewRow {
  row: number;
  code: string;
  localCode: string;
  nameVi: string;
  action: CatalogueAction | "error";
  deviations: string[];
  errors: string[];
}

export interface CataloguePreview {
  /** sha256 (hex) of the previewed bytes: confirming a different file is refused. */
  fileHash: string;
  format: "json" | "xlsx";
  rows: CataloguePreviewRow[];
  counts: Record<CatalogueAction | "error", number>;
  /** The province's indicators neither in the file nor linked before: they stay its own. */
  localCodes: string[];
}

export interface CatalogueImportResult { created: number; updated: number; unchanged: number; deviations: number }

export type CatalogueImportState = ActionResult | { status: "preview"; preview: CataloguePreview } | { status: "imported"; result: CatalogueImportResult };
