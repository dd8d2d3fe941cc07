// Import of a period's values from .xlsx / CSV, as the commune officer of Xã Tân Hoà (2025-Q2, draft).
// Every value this file changes is restored in afterAll / finally blocks. Its audit rows stay: the log is
// append-only, and other files count on audit ids running without gaps (id > count before = new rows).
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actual } from "../../generated/prisma/client";
import { ConflictError, ForbiddenError } from "../../lib/server/errors";
import { ROW_REASONS } from "../../lib/server/import/judge-rows";
import { getEntryWorkspace } from "../../lib/server/queries/entry";
import { confirmImport, FILE_CHANGED, previewImport } from "../../lib/server/services/import";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, viewerFor } from "./support";

const db = connectTestDb();
const today = new Date("2025-06-16T00:00:00Z");
let officer: Viewer;
let periodId: number;
let localityId: number;
let otherCommuneCode: string;
let original: Actual[];

beforeAll(async () => {
  officer = await viewerFor(db, "xa.tan-hoa@demo.cds.vn");
  const ws = await getEntryWorkspace(officer, "2025-Q2", db, today);
  if (!ws.period || ws.submission?.status !== "DRAFT") throw new Error("seed: Xã Tân Hoà should have a 2025-Q2 draft");
  periodId = ws.period.id;
  localityId = officer.localityId ?? -1;
  otherCommuneCode = (await db.locality.findFirstOrThrow({ where: { level: "COMMUNE", id: { not: localityId } } })).code;
  original = await db.actual.findMany({ where: { periodId, localityId } });
});

afterAll(async () => {
  for (const actual of await db.actual.findMany({ where: { periodId, localityId } })) {
    const before = original.find((a) => a.id === actual.id);
    if (!before) await db.actual.delete({ where: { id: actual.id } });
    else {
      await db.actual.update({
        where: { id: actual.id },
        data: { value: before.value, note: before.note, version: before.version, updatedById: before.updatedById, updatedAt: before.updatedAt },
      });
    }
  }
  await db.$disconnect();
});

const snapshot = async () => ({
  audit: await db.auditEvent.count(),
  actuals: await db.actual.findMany({ orderBy: { id: "asc" }, select: { id: true, value: true, note: true, version: true } }),
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const csv = (text: string) => new TextEncoder().encode(text);

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Số liệu");
  sheet.addRow(["Mã đơn vị", "Mã chỉ tiêu", "Giá trị", "Ghi chú"]);
  sheet.addRow(["99025", "XA-01", "88,5", "Nhập từ tệp"]); // 2: accepted, decimal comma as text
  sheet.addRow([null, "XA-05", { formula: "1000+234", result: 1234 }, null]); // 3: accepted, cached result
  sheet.addRow([null, "XA-99", 5, null]); // 4: unknown code
  sheet.addRow([null, "XA-02", "abc", null]); // 5: not a number
  sheet.addRow([null, "XA-03", "150", null]); // 6: a rate above 100%
  sheet.addRow([otherCommuneCode, "XA-04", 7, null]); // 7: another commune
  sheet.addRow([null, "XA-04", { formula: "4+3" }, null]); // 8: a formula without a result
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("import preview", () => {
  it("gives every row a verdict with its Vietnamese reason, and writes nothing", async () => {
    const bytes = await workbook();
    const before = await snapshot();
    const preview = await previewImport(officer, { periodId, fileName: "so-lieu.xlsx", bytes }, db, today);

    expect(preview.fileHash).toBe(sha256(bytes));
    expect(preview).toMatchObject({ accepted: 2, rejected: 5 });
    expect(preview.rows.map((r) => [r.rowNumber, r.code, r.rawValue, r.status, r.parsedValue, r.reason])).toEqual([
      [2, "XA-01", "88,5", "accepted", 88.5, null],
      [3, "XA-05", "1234", "accepted", 1234, null],
      [4, "XA-99", "5", "rejected", null, "Mã chỉ tiêu không có trong báo cáo của đơn vị kỳ này."],
      [5, "XA-02", "abc", "rejected", null, "Giá trị không hợp lệ: hãy nhập một số, ví dụ 97,5 hoặc 1.234."],
      [6, "XA-03", "150", "rejected", null, "Tỷ lệ phải nằm trong khoảng từ 0 đến 100%."],
      [7, "XA-04", "7", "rejected", null, `Không thuộc đơn vị của bạn (mã đơn vị ${otherCommuneCode}).`],
      [8, "XA-04", "=4+3", "rejected", null, ROW_REASONS.formula],
    ]);
    expect(preview.rows[0]).toMatchObject({ indicatorName: "Tỷ lệ hồ sơ công việc cấp xã được xử lý trên môi trường mạng", unit: "PERCENT" });
    expect(preview.rows[2]).toMatchObject({ indicatorName: null, unit: null });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses the whole file for a locked period, a submitted report, or a caller who is not an officer", async () => {
    const bytes = await workbook();
    const before = await snapshot();
    await db.reportingPeriod.update({ where: { id: periodId }, data: { status: "LOCKED" } });
    try {
      await expect(previewImport(officer, { periodId, fileName: "a.xlsx", bytes }, db, today)).rejects.toThrow(/^Kỳ báo cáo đã khoá/);
      await expect(confirmImport(officer, { periodId, fileName: "a.xlsx", bytes, fileHash: sha256(bytes) }, db, today)).rejects.toBeInstanceOf(ForbiddenError);
    } finally {
      await db.reportingPeriod.update({ where: { id: periodId }, data: { status: "OPEN" } });
    }
    const submission = await db.submission.findFirstOrThrow({ where: { periodId, localityId } });
    await db.submission.update({ where: { id: submission.id }, data: { status: "SUBMITTED" } });
    try {
      await expect(previewImport(officer, { periodId, fileName: "a.xlsx", bytes }, db, today)).rejects.toBeInstanceOf(ConflictError);
      await expect(confirmImport(officer, { periodId, fileName: "a.xlsx", bytes, fileHash: sha256(bytes) }, db, today)).rejects.toBeInstanceOf(ConflictError);
    } finally {
      await db.submission.update({ where: { id: submission.id }, data: { status: submission.status } });
    }
    const committee = await viewerFor(db, "bcd@demo.cds.vn");
    await expect(previewImport(committee, { periodId, fileName: "a.xlsx", bytes }, db, today)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
  });

  it("reads a CSV saved with ';' and decimal commas, and rejects a code given twice", async () => {
    const bytes = csv("\uFEFFMã chỉ tiêu;Tên chỉ tiêu;Giá trị\nXA-02;Hồ sơ nộp trực tuyến;72,5\nXA-03;Tài khoản;45,25 %\nXA-01;;10\nXA-01;;11\n");
    const preview = await previewImport(officer, { periodId, fileName: "so-lieu.csv", bytes }, db, today);
    expect(preview.rows.map((r) => [r.rowNumber, r.code, r.status, r.parsedValue, r.reason])).toEqual([
      [2, "XA-02", "accepted", 72.5, null],
      [3, "XA-03", "accepted", 45.25, null],
      [4, "XA-01", "rejected", null, ROW_REASONS.duplicate([4, 5])],
      [5, "XA-01", "rejected", null, ROW_REASONS.duplicate([4, 5])],
    ]);
  });
});

describe("import confirmation", () => {
  it("writes nothing when the file differs from the one previewed", async () => {
    const bytes = await workbook();
    const before = await snapshot();
    await expect(confirmImport(officer, { periodId, fileName: "a.xlsx", bytes, fileHash: sha256(csv("another file")) }, db, today))
      .rejects.toThrow(FILE_CHANGED);
    expect(await snapshot()).toEqual(before);
  });

  it("writes exactly the accepted rows in one go, with an audit row for each value and one for the import", async () => {
    const bytes = await workbook();
    const before = await snapshot();
    const { fileHash } = await previewImport(officer, { periodId, fileName: "so-lieu.xlsx", bytes }, db, today);
    const result = await confirmImport(officer, { periodId, fileName: "so-lieu.xlsx", bytes, fileHash }, db, today);
    expect(result).toEqual({ written: 2, unchanged: 0 });

    const mine = await db.actual.findMany({ where: { periodId, localityId }, include: { indicator: { select: { code: true } } } });
    const byCode = new Map(mine.map((a) => [a.indicator.code, a]));
    const xa01Before = original.find((a) => a.id === byCode.get("XA-01")?.id);
    expect(byCode.get("XA-01")).toMatchObject({ note: "Nhập từ tệp", version: (xa01Before?.version ?? 0) + 1, updatedById: officer.userId });
    expect(Number(byCode.get("XA-01")?.value)).toBe(88.5);
    expect(Number(byCode.get("XA-05")?.value)).toBe(1234);
    expect(byCode.get("XA-05")?.id).not.toBe(undefined);
    expect(original.some((a) => a.id === byCode.get("XA-05")?.id)).toBe(false);

    const after = await snapshot();
    const changedIds = new Set([byCode.get("XA-01")?.id, byCode.get("XA-05")?.id]);
    expect(after.actuals.filter((a) => !changedIds.has(a.id))).toEqual(before.actuals.filter((a) => !changedIds.has(a.id)));
    expect(after.audit).toBe(before.audit + 3);
    const audit = await db.auditEvent.findMany({ orderBy: { id: "desc" }, take: 3 });
    const submission = await db.submission.findFirstOrThrow({ where: { periodId, localityId } });
    expect(audit.find((a) => a.action === "submission.import")).toMatchObject({
      actorId: officer.userId, entity: "Submission", entityId: String(submission.id),
      after: { fileName: "so-lieu.xlsx", fileHash, accepted: 2, rejected: 5, written: 2 },
    });
    const values = audit.filter((a) => a.action === "actual.import");
    expect(values.map((a) => a.entityId).sort()).toEqual([...changedIds].map(String).sort());
    expect(values.find((a) => a.entityId === String(byCode.get("XA-01")?.id))).toMatchObject({
      actorId: officer.userId, before: { value: Number(xa01Before?.value) }, after: { value: 88.5, note: "Nhập từ tệp" },
    });
    expect(submission.status).toBe("DRAFT");
  });

  it("rewrites nothing when the same file is imported again", async () => {
    const bytes = await workbook();
    const before = await snapshot();
    const result = await confirmImport(officer, { periodId, fileName: "so-lieu.xlsx", bytes, fileHash: sha256(bytes) }, db, today);
    expect(result).toEqual({ written: 0, unchanged: 2 });
    const after = await snapshot();
    expect(after.actuals).toEqual(before.actuals);
    expect(after.audit).toBe(before.audit + 1);
  });
});
