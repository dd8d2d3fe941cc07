import { IMPORT_MAX_BYTES } from "../import-state";
import { idSchema, plainString } from "./common";
import { z } from "./zod-locale";

// The national indicator catalogue (one entry per national indicator, mapped to the province's code), the
// upload that carries it (JSON or .xlsx), and the method deviations an administrator records by hand.

const CODE = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;
const code = (max: number, example: string) =>
  z.string({ error: "bắt buộc, là văn bản." }).trim().min(1, { error: "bắt buộc.", abort: true }).max(max, `tối đa ${max} ký tự.`).regex(CODE, `chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang, ví dụ ${example}.`);
const text = (min: number, max: number) =>
  plainString({ error: "bắt buộc, là văn bản." }).trim().min(min, `bắt buộc, ít nhất ${min} ký tự.`).max(max, `tối đa ${max} ký tự.`);
const optionalText = (max: number) =>
  plainString({ error: "phải là văn bản hoặc để trống." }).trim().max(max, `tối đa ${max} ký tự.`).nullish().transform((v) => (v ? v : null));

export const LEVEL_CODES = ["PROVINCE", "DISTRICT", "COMMUNE"] as const;

export const catalogueEntrySchema = z.strictObject({
  code: code(30, "QG-CQS-01"),
  localCode: code(20, "GOV-01"),
  nameVi: text(5, 300),
  nameEn: text(5, 300),
  pillar: z.enum(["GOV", "ECO", "SOC"], { error: "phải là GOV, ECO hoặc SOC." }),
  unit: z.enum(["PERCENT", "COUNT", "VND_BILLION", "DAYS", "HOURS"], { error: "phải là PERCENT, COUNT, VND_BILLION, DAYS hoặc HOURS." }),
  direction: z.enum(["HIGHER_IS_BETTER", "LOWER_IS_BETTER"], { error: "phải là HIGHER_IS_BETTER hoặc LOWER_IS_BETTER." }),
  kind: z.enum(["RATE", "LEVEL", "FLOW", "CUMULATIVE"], { error: "phải là RATE, LEVEL, FLOW hoặc CUMULATIVE." }),
  formula: text(10, 4000),
  numerator: optionalText(1000),
  denominator: optionalText(1000),
  source: text(3, 500),
  levels: z
    .array(z.enum(LEVEL_CODES, { error: "mỗi cấp phải là PROVINCE, DISTRICT hoặc COMMUNE." }), { error: "bắt buộc, là danh sách cấp báo cáo." })
    .min(1, "cần ít nhất một cấp báo cáo.")
    .refine((levels) => new Set(levels).size === levels.length, "có cấp báo cáo bị lặp."),
}, { error: (issue) => (issue.code === "unrecognized_keys" ? `Trường không có trong mẫu danh mục: ${issue.keys.join(", ")}.` : undefined) });

export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;
export type CatalogueField = keyof CatalogueEntry;

/** How each field is named to the administrator in row errors and in the workbook's guide sheet. */
export const CATALOGUE_FIELD_LABELS: Record<CatalogueField, string> = {
  code: "Mã danh mục quốc gia (code)",
  localCode: "Mã chỉ tiêu của tỉnh (localCode)",
  nameVi: "Tên tiếng Việt (nameVi)",
  nameEn: "Tên tiếng Anh (nameEn)",
  pillar: "Trụ cột (pillar)",
  unit: "Đơn vị tính (unit)",
  direction: "Chiều đánh giá (direction)",
  kind: "Loại chỉ tiêu (kind)",
  formula: "Công thức, định nghĩa (formula)",
  numerator: "Tử số (numerator)",
  denominator: "Mẫu số (denominator)",
  source: "Nguồn số liệu (source)",
  levels: "Cấp báo cáo (levels)",
};

/** One entry as found in the file, before validation; `row` is the sheet row (xlsx) or the entry's position (JSON). */
export interface RawCatalogueRow { row: number; raw: unknown }

/** One entry after validation: the entry, or the reasons it was refused (in Vietnamese). */
export interface JudgedCatalogueRow { row: number; code: string; localCode: string; nameVi: string; entry: CatalogueEntry | null; errors: string[] }

const textOf = (raw: unknown, key: string) => {
  const value = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" ? value.trim() : "";
};

/**
 * Validates every entry on its own, then across entries: a national code or a province code may appear once.
 * Every problem of every row is reported, so the file can be fixed in one pass.
 */
export function judgeCatalogueRows(rows: RawCatalogueRow[]): JudgedCatalogueRow[] {
  const judged = rows.map(({ row, raw }): JudgedCatalogueRow => {
    const parsed = catalogueEntrySchema.safeParse(raw);
    const errors = parsed.success ? [] : parsed.error.issues.map((issue) => {
      const field = issue.path[0];
      return typeof field === "string" && field in CATALOGUE_FIELD_LABELS ? `${CATALOGUE_FIELD_LABELS[field as CatalogueField]}: ${issue.message}` : issue.message;
    });
    return { row, code: textOf(raw, "code"), localCode: textOf(raw, "localCode"), nameVi: textOf(raw, "nameVi"), entry: parsed.success ? parsed.data : null, errors };
  });
  for (const key of ["code", "localCode"] as const) {
    const firstRow = new Map<string, number>();
    for (const row of judged) {
      const value = row[key];
      if (!value) continue;
      const first = firstRow.get(value);
      if (first === undefined) firstRow.set(value, row.row);
      else row.errors.push(`${CATALOGUE_FIELD_LABELS[key]}: “${value}” đã có ở dòng ${first}.`);
    }
  }
  return judged.map((row) => (row.errors.length > 0 ? { ...row, entry: null } : row));
}

const NO_FILE = "Vui lòng chọn tệp danh mục (.json hoặc .xlsx).";

export const catalogueFileSchema = z.object({
  fileName: z.string({ error: NO_FILE }).max(4096, "Tên tệp quá dài."),
  bytes: z.instanceof(Uint8Array, { error: NO_FILE }).refine((b) => b.byteLength <= IMPORT_MAX_BYTES, "Tệp quá lớn: tối đa 2 MB."),
});

export const confirmCatalogueSchema = catalogueFileSchema.extend({
  fileHash: z.string({ error: "Hãy xem trước tệp trước khi xác nhận." }).regex(/^[0-9a-f]{64}$/i, "Hãy xem trước tệp trước khi xác nhận."),
});

export type CatalogueFileInput = z.infer<typeof catalogueFileSchema>;

/** The upload form (fields `file`, and `fileHash` on confirm) in the shape the schemas validate. */
export async function readCatalogueForm(formData: FormData) {
  const file = formData.get("file");
  // An empty file input still sends a nameless, empty part: that is "no file", not "an empty file".
  const chosen = file instanceof File && !(file.name === "" && file.size === 0) ? file : null;
  return {
    fileHash: formData.get("fileHash") ?? undefined,
    fileName: chosen?.name,
    // One byte past the limit is enough for the schema to refuse an oversized file.
    bytes: chosen ? new Uint8Array(await chosen.slice(0, IMPORT_MAX_BYTES + 1).arrayBuffer()) : undefined,
  };
}

const id = idSchema();

export const methodDeviationSchema = z.object({
  indicatorId: idSchema("Vui lòng chọn chỉ tiêu."),
  // Empty means the province itself measures it differently.
  localityId: z.union([z.literal("").transform(() => null), z.null(), id]).optional().transform((v) => v ?? null),
  description: plainString({ error: "Vui lòng mô tả điểm khác biệt." }).trim()
    .min(10, "Vui lòng mô tả điểm khác biệt (ít nhất 10 ký tự), ví dụ “Mẫu số: tỉnh dùng …; danh mục quốc gia dùng …”.")
    .max(1000, "Mô tả quá dài (tối đa 1000 ký tự)."),
});

export const removeMethodDeviationSchema = z.object({ deviationId: id });

export type MethodDeviationInput = z.input<typeof methodDeviationSchema>;

const one = (formData: FormData, name: string) => formData.get(name) ?? undefined;

/** Fields: indicatorId, localityId (empty for the whole province), description. */
export function readMethodDeviationForm(formData: FormData) {
  return { indicatorId: one(formData, "indicatorId"), localityId: one(formData, "localityId"), description: one(formData, "description") };
}
