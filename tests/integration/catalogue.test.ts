// The national indicator catalogue: the seed imported the shipped file; importing it again (JSON or Excel) gives
// the same links and deviations and changes nothing; a file with bad rows writes nothing; only admins import or
// record deviations; deviations reach the public indicator DTO. Rows made here are removed again at the end.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE_COLUMNS } from "../../lib/catalogue";
import { DomainValidationError, ForbiddenError } from "../../lib/server/errors";
import { getPublicIndicator } from "../../lib/server/queries/public/indicator";
import { getProvinceScoreboard } from "../../lib/server/queries/scoreboard";
import { importCatalogue, previewCatalogueImport, recordMethodDeviation, removeMethodDeviation } from "../../lib/server/services/catalogue";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, lastAuditId, viewerFor } from "./support";

const db = connectTestDb();
const now = new Date("2025-06-16T04:00:00Z");
const DIR = path.join(import.meta.dirname, "../../prisma/catalogue");
const shippedJson = { fileName: "chi-tieu-quoc-gia.json", bytes: new Uint8Array(readFileSync(path.join(DIR, "chi-tieu-quoc-gia.json"))) };
const shippedXlsx = { fileName: "chi-tieu-quoc-gia.xlsx", bytes: new Uint8Array(readFileSync(path.join(DIR, "chi-tieu-quoc-gia.xlsx"))) };
type RawEntry = Record<string, unknown>;
const shippedEntries = (JSON.parse(new TextDecoder().decode(shippedJson.bytes)) as { entries: RawEntry[] }).entries;
/** A shipped entry, to change a field or two of. */
const shipped = (index: number): RawEntry => shippedEntries[index] ?? {};
const TEST_CODES = ["TEST-CAT-01", "TEST-CAT-02"];
let admin: Viewer;
let committee: Viewer;
let officer: Viewer;

beforeAll(async () => {
  [admin, committee, officer] = await Promise.all(["admin@demo.cds.vn", "bcd@demo.cds.vn", "sotttt@demo.cds.vn"].map((email) => viewerFor(db, email))) as [Viewer, Viewer, Viewer];
});
afterAll(async () => {
  await db.methodDeviation.deleteMany({ where: { indicator: { code: { in: TEST_CODES } } } });
  await db.indicator.deleteMany({ where: { code: { in: TEST_CODES } } });
  await db.$disconnect();
});

const jsonFile = (entries: unknown[], fileName = "danh-muc.json") => ({ fileName, bytes: new TextEncoder().encode(JSON.stringify({ entries })) });
const withHash = async (file: { fileName: string; bytes: Uint8Array }) => ({ ...file, fileHash: (await previewCatalogueImport(admin, file, db)).fileHash });
const auditSince = (id: bigint) => db.auditEvent.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" } });

/** Every indicator's catalogue fields and definitions, and every deviation, without ids or dates. */
async function catalogueState() {
  const [indicators, deviations] = await Promise.all([
    db.indicator.findMany({ orderBy: { code: "asc" }, select: { code: true, catalogueCode: true, catalogueFormula: true, definition: true, numeratorDefinition: true, denominatorDefinition: true, source: true, levels: true } }),
    db.methodDeviation.findMany({ orderBy: [{ indicator: { code: "asc" } }, { description: "asc" }], select: { indicator: { select: { code: true } }, localityId: true, description: true } }),
  ]);
  return { indicators, deviations: deviations.map((d) => `${d.indicator.code}|${d.localityId}|${d.description}`) };
}

/** Back to the state before the seed's import: no national codes, no province-wide deviations. */
async function unlinkAll() {
  await db.methodDeviation.deleteMany({ where: { localityId: null } });
  await db.indicator.updateMany({ data: { catalogueCode: null, catalogueFormula: null } });
}

async function refusal(call: Promise<unknown>): Promise<Error> {
  const outcome = await call.then(() => null, (error: unknown) => error);
  if (!(outcome instanceof Error)) throw new Error("expected the call to be refused");
  return outcome;
}

describe("the shipped national catalogue", () => {
  it("was imported by the seed: national codes, three indicators of the province's own, two deviating denominators", async () => {
    const { indicators, deviations } = await catalogueState();
    expect(indicators.filter((i) => i.catalogueCode !== null)).toHaveLength(32);
    expect(indicators.filter((i) => i.catalogueCode === null).map((i) => i.code)).toEqual(["ECO-05", "HUYEN-03", "XA-05"]);
    expect(indicators.find((i) => i.code === "GOV-06")?.catalogueCode).toBe("QG-CQS-09");
    expect(deviations.map((d) => d.slice(0, d.indexOf(":")))).toEqual(["ECO-02|null|Mẫu số", "GOV-06|null|Mẫu số"]);
    // Links and deviations only: the Q1 2024 review is what it was.
    expect((await getProvinceScoreboard(db, "2024-Q1")).counts).toEqual({ MET: 7, ABOVE_70: 9, FROM_50_TO_70: 6, BELOW_50: 2, NO_DATA: 0 });
  });

  it("shows the national code, or the province's own mark, and the deviations in the public indicator DTO", async () => {
    const gov06 = await getPublicIndicator(db, "GOV-06", now);
    expect(gov06?.catalogueCode).toBe("QG-CQS-09");
    expect(gov06?.deviations).toEqual([expect.stringMatching(/^Mẫu số: tỉnh dùng “Tổng số hồ sơ thủ tục hành chính tiếp nhận trong quý”; danh mục quốc gia dùng “.+có cung cấp dịch vụ công trực tuyến”\.$/)]);
    expect(await getPublicIndicator(db, "ECO-05", now)).toMatchObject({ catalogueCode: null, deviations: [] });
  });

  it("imports to the same result from JSON and from Excel, and a second import changes and writes nothing", async () => {
    const seeded = await catalogueState();
    const [fromJson, fromXlsx] = await Promise.all([previewCatalogueImport(admin, shippedJson, db), previewCatalogueImport(admin, shippedXlsx, db)]);
    const gist = (p: typeof fromJson) => p.rows.map((r) => [r.code, r.localCode, r.action, r.deviations, r.errors]);
    expect(gist(fromXlsx)).toEqual(gist(fromJson));
    expect(fromJson.counts).toEqual({ create: 0, update: 0, unchanged: 32, error: 0 });
    expect(fromJson.localCodes).toEqual(["ECO-05", "HUYEN-03", "XA-05"]);
    const audit = await lastAuditId(db);
    expect(await importCatalogue(admin, await withHash(shippedXlsx), db, now)).toEqual({ created: 0, updated: 0, unchanged: 32, deviations: 0 });
    expect(await auditSince(audit)).toEqual([]);

    for (const file of [shippedJson, shippedXlsx]) {
      await unlinkAll();
      const preview = await previewCatalogueImport(admin, file, db);
      expect(preview.counts).toEqual({ create: 0, update: 32, unchanged: 0, error: 0 });
      expect(preview.localCodes).toEqual(["ECO-05", "HUYEN-03", "XA-05"]);
      const before = await lastAuditId(db);
      expect(await importCatalogue(admin, { ...file, fileHash: preview.fileHash }, db, now)).toEqual({ created: 0, updated: 32, unchanged: 0, deviations: 2 });
      expect(await catalogueState(), file.fileName).toEqual(seeded);
      const rows = await auditSince(before);
      expect(rows.map((r) => r.action).filter((a, i, all) => all.indexOf(a) === i)).toEqual(["indicator.catalogue", "methodDeviation.create", "catalogue.import"]);
      expect(rows.filter((r) => r.action === "indicator.catalogue")).toHaveLength(32);
      expect(rows.every((r) => r.actorId === admin.userId)).toBe(true);
    }
  });
});

describe("importing a catalogue", () => {
  it("writes nothing from a file with bad rows, and names every bad row, in JSON and in Excel", async () => {
    const before = await catalogueState();
    const audit = await lastAuditId(db);
    const bad: RawEntry[] = [
      { ...shipped(0), pillar: "XYZ" },
      { ...shipped(1), code: "QG-KTS-99", localCode: "TEST-CAT-01" },
      { ...shipped(2), code: shipped(0).code, levels: [] },
    ];
    const json = jsonFile(bad);
    const preview = await previewCatalogueImport(admin, json, db);
    expect(preview.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 2 });
    expect(preview.rows.map((r) => [r.row, r.errors])).toEqual([
      [1, ["Trụ cột (pillar): phải là GOV, ECO hoặc SOC."]],
      [2, []],
      [3, ["Cấp báo cáo (levels): cần ít nhất một cấp báo cáo.", "Mã danh mục quốc gia (code): “QG-CQS-01” đã có ở dòng 1."]],
    ]);
    const error = await refusal(importCatalogue(admin, { ...json, fileHash: preview.fileHash }, db, now));
    expect(error).toBeInstanceOf(DomainValidationError);
    expect(error.message).toBe("Tệp có 2 dòng lỗi nên chưa nhập chỉ tiêu nào. Vui lòng sửa các dòng được nêu rồi nhập lại.");
    expect(Object.keys((error as DomainValidationError).fieldErrors)).toEqual(["row.1", "row.3"]);

    // In a workbook the row is the sheet's row: the header is row 1.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh mục");
    sheet.addRow([...CATALOGUE_COLUMNS]);
    for (const entry of bad) sheet.addRow(CATALOGUE_COLUMNS.map((key) => (key === "levels" ? ((entry[key] as string[] | undefined) ?? []).join(", ") : (entry[key] as string | null) ?? "")));
    const xlsx = { fileName: "danh-muc.xlsx", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
    const xlsxPreview = await previewCatalogueImport(admin, xlsx, db);
    expect(xlsxPreview.rows.filter((r) => r.action === "error").map((r) => r.row)).toEqual([2, 4]);
    expect(Object.keys(fieldErrorsOf(await refusal(importCatalogue(admin, { ...xlsx, fileHash: xlsxPreview.fileHash }, db, now))))).toEqual(["row.2", "row.4"]);

    expect(await catalogueState()).toEqual(before);
    expect(await auditSince(audit)).toEqual([]);
  });

  it("refuses a file that is not a catalogue, and a confirmation of other bytes than previewed", async () => {
    expect((await refusal(previewCatalogueImport(admin, { fileName: "x.json", bytes: new TextEncoder().encode("{ nope") }, db))).message).toMatch(/^Tệp JSON không hợp lệ/);
    expect((await refusal(previewCatalogueImport(admin, { fileName: "x.csv", bytes: new TextEncoder().encode("code,localCode") }, db))).message).toBe("Chỉ nhận tệp danh mục dạng .json hoặc .xlsx.");
    const { fileHash } = await previewCatalogueImport(admin, shippedJson, db);
    expect((await refusal(importCatalogue(admin, { ...jsonFile(shippedEntries.slice(1)), fileHash }, db, now))).message).toMatch(/^Tệp đã thay đổi/);
  });

  it("creates a missing indicator, fills only what the province left empty and records its deviation; once", async () => {
    const own = await db.indicator.create({
      data: {
        code: "TEST-CAT-02", nameVi: "Chỉ tiêu thử của tỉnh", nameEn: "A test indicator", pillarId: (await db.pillar.findUniqueOrThrow({ where: { code: "SOC" } })).id,
        unit: "PERCENT", kind: "RATE", levels: ["PROVINCE"], definition: "Định nghĩa riêng của tỉnh cho chỉ tiêu thử.", source: "Nguồn của tỉnh",
      },
    });
    const seeded = (await catalogueState()).indicators.filter((i) => !TEST_CODES.includes(i.code));
    const entries: RawEntry[] = [
      { ...shipped(0), code: "QG-TEST-01", localCode: "TEST-CAT-01", pillar: "ECO", levels: ["COMMUNE"] },
      { ...shipped(1), code: "QG-TEST-02", localCode: "TEST-CAT-02" },
    ];
    const file = jsonFile(entries);
    const audit = await lastAuditId(db);
    expect(await importCatalogue(admin, await withHash(file), db, now)).toEqual({ created: 1, updated: 1, unchanged: 0, deviations: 1 });

    const created = await db.indicator.findUniqueOrThrow({ where: { code: "TEST-CAT-01" }, include: { pillar: true } });
    expect(created).toMatchObject({ catalogueCode: "QG-TEST-01", active: true, levels: ["COMMUNE"], definition: entries[0]?.formula, catalogueFormula: entries[0]?.formula });
    expect(created.pillar.code).toBe("ECO");
    const linked = await db.indicator.findUniqueOrThrow({ where: { id: own.id }, include: { deviations: true } });
    expect(linked).toMatchObject({
      catalogueCode: "QG-TEST-02", definition: own.definition, source: own.source,
      numeratorDefinition: entries[1]?.numerator, denominatorDefinition: entries[1]?.denominator,
    });
    expect(linked.deviations.map((d) => [d.localityId, d.description])).toEqual([[null, `Định nghĩa: tỉnh dùng “Định nghĩa riêng của tỉnh cho chỉ tiêu thử”; danh mục quốc gia dùng “${String(entries[1]?.formula).replace(/\.$/, "")}”.`]]);
    expect((await auditSince(audit)).map((r) => r.action)).toEqual(["indicator.create", "indicator.catalogue", "methodDeviation.create", "catalogue.import"]);
    // Indicators not in the file are left as they were.
    expect((await catalogueState()).indicators.filter((i) => !TEST_CODES.includes(i.code))).toEqual(seeded);

    const again = await lastAuditId(db);
    expect(await importCatalogue(admin, await withHash(file), db, now)).toEqual({ created: 0, updated: 0, unchanged: 2, deviations: 0 });
    expect(await auditSince(again)).toEqual([]);
  });
});

function fieldErrorsOf(error: Error): Record<string, string[]> {
  expect(error).toBeInstanceOf(DomainValidationError);
  return (error as DomainValidationError).fieldErrors;
}

describe("method deviations of a locality", () => {
  it("are refused to non-admins before anything else; nothing is written", async () => {
    const before = await catalogueState();
    const audit = await lastAuditId(db);
    const gov06 = await db.indicator.findUniqueOrThrow({ where: { code: "GOV-06" } });
    for (const viewer of [committee, officer]) {
      expect(await refusal(previewCatalogueImport(viewer, shippedJson, db))).toBeInstanceOf(ForbiddenError);
      expect(await refusal(importCatalogue(viewer, {}, db, now))).toBeInstanceOf(ForbiddenError);
      expect(await refusal(recordMethodDeviation(viewer, { indicatorId: gov06.id, localityId: null, description: "Mẫu số: tỉnh dùng tổng số hồ sơ." }, db, now))).toBeInstanceOf(ForbiddenError);
      expect(await refusal(removeMethodDeviation(viewer, { deviationId: 1 }, db, now))).toBeInstanceOf(ForbiddenError);
    }
    expect(await catalogueState()).toEqual(before);
    expect(await auditSince(audit)).toEqual([]);
  });

  it("are recorded (once), shown in the public indicator DTO under the locality's name, and removed; audited", async () => {
    const xa02 = await db.indicator.findUniqueOrThrow({ where: { code: "XA-02" } });
    const ward = await db.locality.findFirstOrThrow({ where: { level: "COMMUNE", validTo: null }, orderBy: { code: "asc" } });
    const description = "Mẫu số: phường chỉ tính hồ sơ nộp tại bộ phận một cửa; danh mục quốc gia tính mọi hồ sơ tiếp nhận.";
    expect(fieldErrorsOf(await refusal(recordMethodDeviation(admin, { indicatorId: xa02.id, localityId: "", description: "ngắn" }, db, now))).description?.[0]).toMatch(/^Vui lòng mô tả điểm khác biệt/);
    const audit = await lastAuditId(db);
    const { deviationId } = await recordMethodDeviation(admin, { indicatorId: String(xa02.id), localityId: String(ward.id), description }, db, now);
    expect((await getPublicIndicator(db, "XA-02", now))?.deviations).toEqual([`${ward.name}: ${description}`]);
    expect(fieldErrorsOf(await refusal(recordMethodDeviation(admin, { indicatorId: xa02.id, localityId: ward.id, description: ` ${description.toUpperCase()} ` }, db, now))).description).toBeDefined();

    await removeMethodDeviation(admin, { deviationId }, db, now);
    expect((await getPublicIndicator(db, "XA-02", now))?.deviations).toEqual([]);
    expect((await auditSince(audit)).map((r) => [r.action, r.entityId, r.actorId])).toEqual([
      ["methodDeviation.create", String(deviationId), admin.userId],
      ["methodDeviation.delete", String(deviationId), admin.userId],
    ]);
  });
});
