import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import {
  CATALOGUE_INDICATOR_SELECT, CATALOGUE_MAX_ENTRIES, CATALOGUE_SHEET, catalogueRowsFromGrid, catalogueRowsFromJson, normaliseMethodText, planCatalogueImport,
  type CatalogueImportResult, type CataloguePlanItem, type CataloguePreview,
} from "@/lib/catalogue";
import {
  catalogueFileSchema, confirmCatalogueSchema, judgeCatalogueRows, methodDeviationSchema, removeMethodDeviationSchema,
  type CatalogueEntry, type JudgedCatalogueRow, type RawCatalogueRow,
} from "@/lib/schemas/catalogue";
import { writeAudit, type AuditEntry } from "../audit";
import type { Db } from "../db";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "../errors";
import { readXlsxGrids } from "../import/read-xlsx";
import { checkZipArchive } from "../import/zip-guard";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";
import { zodToDomainError } from "./zod-errors";

type Tx = Prisma.TransactionClient;
type Format = CataloguePreview["format"];

const UNREADABLE = "Không đọc được tệp danh mục. Vui lòng dùng tệp .json hoặc .xlsx theo mẫu.";
const FILE_CHANGED = "Tệp đã thay đổi kể từ lúc xem trước. Vui lòng xem trước lại rồi xác nhận.";

const hashFile = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function formatOf(fileName: string, bytes: Uint8Array): Format | null {
  const name = fileName.toLowerCase();
  if (name.endsWith(".json")) return "json";
  if (name.endsWith(".xlsx")) return "xlsx";
  // No telling extension: a ZIP archive ("PK") is a workbook, text opening with { or [ a JSON document.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "xlsx";
  const first = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, "").trimStart()[0];
  return first === "{" || first === "[" ? "json" : null;
}

async function readRows(format: Format, bytes: Uint8Array): Promise<RawCatalogueRow[]> {
  if (format === "json") {
    let doc: unknown;
    try {
      doc = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""));
    } catch {
      throw new DomainValidationError("Tệp JSON không hợp lệ (sai cú pháp hoặc không phải UTF-8).");
    }
    const rows = catalogueRowsFromJson(doc);
    if (!rows) throw new DomainValidationError("Tệp JSON phải là một mảng chỉ tiêu, hoặc một đối tượng có mảng “entries”.");
    return rows;
  }
  const zip = checkZipArchive(bytes);
  if (zip === "too-large") throw new DomainValidationError("Tệp Excel quá lớn khi giải nén.");
  if (zip === "unreadable") throw new DomainValidationError(UNREADABLE);
  let sheets: Awaited<ReturnType<typeof readXlsxGrids>>;
  try {
    sheets = await readXlsxGrids(bytes, CATALOGUE_MAX_ENTRIES + 1, 1);
  } catch {
    throw new DomainValidationError(UNREADABLE);
  }
  const sheet = sheets[0];
  if (!sheet) throw new DomainValidationError("Tệp Excel không có trang tính nào.");
  if (sheet.oversized) throw new DomainValidationError(`Trang tính “${CATALOGUE_SHEET}” có quá nhiều dòng: tối đa ${CATALOGUE_MAX_ENTRIES} chỉ tiêu.`);
  const rows = catalogueRowsFromGrid(sheet.grid);
  if (typeof rows === "string") throw new DomainValidationError(rows);
  return rows;
}

/** The file's entries, each validated; a file that cannot be read at all is refused as a whole. */
async function judgeFile(fileName: string, bytes: Uint8Array): Promise<{ format: Format; judged: JudgedCatalogueRow[] }> {
  const format = formatOf(fileName, bytes);
  if (!format) throw new DomainValidationError("Chỉ nhận tệp danh mục dạng .json hoặc .xlsx.");
  const rows = await readRows(format, bytes);
  if (rows.length === 0) throw new DomainValidationError("Tệp không có chỉ tiêu nào.");
  if (rows.length > CATALOGUE_MAX_ENTRIES) throw new DomainValidationError(`Tệp có quá nhiều chỉ tiêu: tối đa ${CATALOGUE_MAX_ENTRIES}.`);
  return { format, judged: judgeCatalogueRows(rows) };
}

const loadIndicators = (db: Db | Tx) => db.indicator.findMany({ select: CATALOGUE_INDICATOR_SELECT, orderBy: { id: "asc" } });
const validEntries = (judged: JudgedCatalogueRow[]) => judged.flatMap((row) => (row.entry ? [row.entry] : []));

/** Every entry of the file with what importing it would do, or why it cannot be imported. Writes nothing. */
export async function previewCatalogueImport(viewer: Viewer, rawInput: unknown, db: Db): Promise<CataloguePreview> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = catalogueFileSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const { format, judged } = await judgeFile(parsed.data.fileName, parsed.data.bytes);
  const indicators = await loadIndicators(db);
  const plan = new Map(planCatalogueImport(validEntries(judged), indicators).map((item) => [item.entry.localCode, item]));
  const rows = judged.map((row) => {
    const item = row.entry ? plan.get(row.entry.localCode) : undefined;
    return { row: row.row, code: row.code, localCode: row.localCode, nameVi: row.nameVi, action: item?.action ?? "error" as const, deviations: item?.deviations ?? [], errors: row.errors };
  });
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.action] += 1;
  const inFile = new Set(judged.map((row) => row.localCode));
  const localCodes = indicators.filter((i) => i.catalogueCode === null && !inFile.has(i.code)).map((i) => i.code).sort();
  return { fileHash: hashFile(parsed.data.bytes), format, rows, counts, localCodes };
}

async function createIndicator(tx: Tx, entry: CatalogueEntry, pillarIds: Map<string, number>, sortOrder: number): Promise<number> {
  const pillarId = pillarIds.get(entry.pillar);
  if (pillarId === undefined) throw new DomainValidationError(`Chưa có trụ cột ${entry.pillar} trong hệ thống.`);
  const created = await tx.indicator.create({
    data: {
      code: entry.localCode, nameVi: entry.nameVi, nameEn: entry.nameEn, pillarId, unit: entry.unit, direction: entry.direction, kind: entry.kind,
      levels: entry.levels, definition: entry.formula, numeratorDefinition: entry.numerator, denominatorDefinition: entry.denominator,
      source: entry.source, catalogueCode: entry.code, catalogueFormula: entry.formula, active: true, sortOrder,
    },
    select: { id: true },
  });
  return created.id;
}

/** Writes one plan item and says what it wrote, for the audit. */
async function applyItem(tx: Tx, item: CataloguePlanItem, actorId: number, pillarIds: Map<string, number>, nextSort: () => number, now: Date): Promise<AuditEntry[]> {
  const audit: AuditEntry[] = [];
  let indicatorId = item.indicatorId;
  if (indicatorId === null) {
    indicatorId = await createIndicator(tx, item.entry, pillarIds, nextSort());
    audit.push({ actorId, action: "indicator.create", entity: "Indicator", entityId: indicatorId, after: { ...item.entry, origin: "catalogue" } });
  } else if (Object.keys(item.changes).length > 0) {
    await tx.indicator.update({ where: { id: indicatorId }, data: item.changes });
    audit.push({ actorId, action: "indicator.catalogue", entity: "Indicator", entityId: indicatorId, before: item.before, after: item.changes });
  }
  for (const description of item.deviations) {
    const deviation = await tx.methodDeviation.create({ data: { indicatorId, localityId: null, description, recordedAt: now }, select: { id: true } });
    audit.push({ actorId, action: "methodDeviation.create", entity: "MethodDeviation", entityId: deviation.id, after: { indicatorId, localityId: null, description } });
  }
  return audit;
}

/**
 * Imports the file the administrator previewed (refused if the bytes differ), all or nothing: one invalid entry
 * and nothing is written. Links existing indicators to the catalogue, creates the missing ones, records the
 * province's deviations; one transaction with an audit row per change and one for the import. Importing the
 * same file again changes nothing and writes nothing.
 */
export async function importCatalogue(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<CatalogueImportResult> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = confirmCatalogueSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const { fileName, bytes } = parsed.data;
  const fileHash = hashFile(bytes);
  if (fileHash !== parsed.data.fileHash.toLowerCase()) throw new ConflictError(FILE_CHANGED);
  const { format, judged } = await judgeFile(fileName, bytes);
  const bad = judged.filter((row) => row.errors.length > 0);
  if (bad.length > 0) {
    throw new DomainValidationError(
      `Tệp có ${bad.length} dòng lỗi nên chưa nhập chỉ tiêu nào. Vui lòng sửa các dòng được nêu rồi nhập lại.`,
      Object.fromEntries(bad.map((row) => [`row.${row.row}`, row.errors])),
    );
  }
  return db.$transaction(async (tx) => {
    const plan = planCatalogueImport(validEntries(judged), await loadIndicators(tx));
    const result = {
      created: plan.filter((i) => i.action === "create").length,
      updated: plan.filter((i) => i.action === "update").length,
      unchanged: plan.filter((i) => i.action === "unchanged").length,
      deviations: plan.reduce((n, i) => n + i.deviations.length, 0),
    };
    if (result.created + result.updated === 0) return result;
    const pillars = await tx.pillar.findMany({ select: { id: true, code: true } });
    const pillarIds = new Map(pillars.map((p) => [p.code, p.id]));
    let sortOrder = (await tx.indicator.aggregate({ _max: { sortOrder: true } }))._max.sortOrder ?? 0;
    const audit: AuditEntry[] = [];
    for (const item of plan) audit.push(...(await applyItem(tx, item, viewer.userId, pillarIds, () => (sortOrder += 10), now)));
    audit.push({ actorId: viewer.userId, action: "catalogue.import", entity: "Catalogue", entityId: fileHash, after: { fileName, format, ...result } });
    await writeAudit(tx, audit, now);
    return result;
  });
}

/**
 * Admin records that a locality (or, with no locality, the province itself) measures an indicator differently
 * from the national catalogue. The same description twice for the same indicator and locality is refused. Audited.
 */
export async function recordMethodDeviation(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<{ deviationId: number }> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = methodDeviationSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const { indicatorId, localityId, description } = parsed.data;
  return db.$transaction(async (tx) => {
    const indicator = await tx.indicator.findUnique({ where: { id: indicatorId }, select: { id: true } });
    if (!indicator) throw new DomainValidationError("Chỉ tiêu không tồn tại.", { indicatorId: ["Vui lòng chọn một chỉ tiêu trong danh sách."] });
    if (localityId !== null && !(await tx.locality.findUnique({ where: { id: localityId }, select: { id: true } }))) {
      throw new DomainValidationError("Địa phương không tồn tại.", { localityId: ["Vui lòng chọn một địa phương trong danh sách."] });
    }
    const existing = await tx.methodDeviation.findMany({ where: { indicatorId, localityId }, select: { description: true } });
    if (existing.some((d) => normaliseMethodText(d.description) === normaliseMethodText(description))) {
      throw new DomainValidationError("Sai khác này đã được ghi nhận.", { description: ["Chỉ tiêu đã có sai khác với nội dung này cho cùng địa phương."] });
    }
    const deviation = await tx.methodDeviation.create({ data: { indicatorId, localityId, description, recordedAt: now }, select: { id: true } });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "methodDeviation.create", entity: "MethodDeviation", entityId: deviation.id, after: { indicatorId, localityId, description },
    }], now);
    return { deviationId: deviation.id };
  });
}

/** Admin removes a recorded deviation (the locality now follows the catalogue, or it was recorded by mistake). Audited. */
export async function removeMethodDeviation(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = removeMethodDeviationSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const { deviationId } = parsed.data;
  await db.$transaction(async (tx) => {
    const deviation = await tx.methodDeviation.findUnique({ where: { id: deviationId }, select: { indicatorId: true, localityId: true, description: true } });
    if (!deviation) throw new NotFoundError("Không tìm thấy sai khác phương pháp.");
    await tx.methodDeviation.delete({ where: { id: deviationId } });
    await writeAudit(tx, [{ actorId: viewer.userId, action: "methodDeviation.delete", entity: "MethodDeviation", entityId: deviationId, before: deviation }], now);
  });
}
