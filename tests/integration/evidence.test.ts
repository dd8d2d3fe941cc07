import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainValidationError, ConflictError, ForbiddenError, NotFoundError } from "../../lib/server/errors";
import { readEvidence } from "../../lib/server/evidence-store";
import { downloadNameFor, getEvidenceForDownload, removeEvidence, sanitizeEvidenceName, uploadEvidence } from "../../lib/server/services/evidence";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, viewerFor, lastAuditId } from "./support";

const db = connectTestDb();
const today = new Date("2025-06-16T00:00:00Z");
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const WRONG_TYPE = "Chỉ nhận tệp PDF hoặc ảnh (PNG, JPEG, WebP).";

let dir: string;
let previousDir: string | undefined;
let officer: Viewer;
let otherOfficer: Viewer;
let committee: Viewer;
let actualId: number;
let submissionId: number;

beforeAll(async () => {
  previousDir = process.env.EVIDENCE_DIR;
  dir = await mkdtemp(path.join(tmpdir(), "cds-evidence-"));
  process.env.EVIDENCE_DIR = dir;
  officer = await viewerFor(db, "xa.tan-hoa@demo.cds.vn");
  otherOfficer = await viewerFor(db, "xa.phuc-lam@demo.cds.vn");
  committee = await viewerFor(db, "bcd@demo.cds.vn");
  const submission = await db.submission.findFirstOrThrow({ where: { localityId: officer.localityId ?? -1, period: { year: 2025, quarter: 2 } } });
  expect(submission.status).toBe("DRAFT");
  submissionId = submission.id;
  actualId = (await db.actual.findFirstOrThrow({ where: { submissionId, value: { not: null } }, orderBy: { id: "asc" } })).id;
});

afterAll(async () => {
  // Leave the seeded value as it was found: no evidence rows of ours remain.
  for (const file of await db.evidenceFile.findMany({ where: { actualId } })) {
    await removeEvidence(officer, { evidenceId: file.id }, db, today);
  }
  if (previousDir === undefined) delete process.env.EVIDENCE_DIR;
  else process.env.EVIDENCE_DIR = previousDir;
  await rm(dir, { recursive: true, force: true });
  await db.$disconnect();
});

const upload = (viewer: Viewer, fileName: string, bytes: Uint8Array, when = today) => uploadEvidence(viewer, { actualId, fileName, bytes }, db, when);

const snapshot = async () => ({
  rows: await db.evidenceFile.count(),
  audit: await db.auditEvent.count(),
  files: (await readdir(dir)).sort(),
});

describe("uploading evidence", () => {
  it("stores PNG bytes named .pdf as a PNG under a random key, with its hash, row and audit row", async () => {
    const auditBefore = await lastAuditId(db);
    const file = await upload(officer, "bao-cao.pdf", PNG);
    expect(file).toMatchObject({ originalName: "bao-cao.pdf", mimeType: "image/png", sizeBytes: PNG.length });

    const row = await db.evidenceFile.findUniqueOrThrow({ where: { id: file.id } });
    const sha256 = createHash("sha256").update(PNG).digest("hex");
    expect(row).toMatchObject({ actualId, sha256, mimeType: "image/png", uploadedById: officer.userId });
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(await readEvidence(row.storageKey)).toEqual(PNG);
    expect(await readFile(path.join(dir, row.storageKey))).toEqual(PNG);

    const audit = await db.auditEvent.findMany({ where: { id: { gt: auditBefore } } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "evidence.upload", entity: "Actual", entityId: String(actualId), actorId: officer.userId,
      after: { fileName: "bao-cao.pdf", sha256, sizeBytes: PNG.length, mimeType: "image/png" },
    });
    const download = await getEvidenceForDownload(officer, file.id, db);
    expect(download.downloadName).toBe("bao-cao.png");
  });

  it("accepts a real PDF as application/pdf", async () => {
    const file = await upload(officer, "bien-ban.pdf", PDF);
    expect(file.mimeType).toBe("application/pdf");
  });

  it("rejects content that is not a PDF or an image whatever its name, writing nothing", async () => {
    const before = await snapshot();
    const fakePdf = upload(officer, "bao-cao.pdf", Buffer.from("Đây là văn bản thường, không phải PDF."));
    await expect(fakePdf).rejects.toBeInstanceOf(DomainValidationError);
    await expect(fakePdf).rejects.toThrow(WRONG_TYPE);
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510)]);
    await expect(upload(officer, "chuong-trinh.pdf", exe)).rejects.toThrow(WRONG_TYPE);
    expect(await snapshot()).toEqual(before);
  });

  it("rejects an empty file and one over 5 MB, writing nothing", async () => {
    const before = await snapshot();
    await expect(upload(officer, "trong.png", Buffer.alloc(0))).rejects.toThrow("Tệp minh chứng trống (0 byte).");
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024 + 1 - PNG.length)]);
    await expect(upload(officer, "lon.png", big)).rejects.toThrow("Tệp quá lớn: mỗi tệp minh chứng tối đa 5 MB.");
    expect(await snapshot()).toEqual(before);
  });

  it("hides the value from an officer of another unit and forbids the committee to upload, writing nothing", async () => {
    const before = await snapshot();
    await expect(upload(otherOfficer, "a.png", PNG)).rejects.toThrow(new NotFoundError("Không tìm thấy số liệu."));
    await expect(upload(committee, "a.png", PNG)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(uploadEvidence(officer, { actualId: 2_000_000_000, fileName: "a.png", bytes: PNG }, db, today)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses uploads before the period has begun and once the report is submitted", async () => {
    const before = await snapshot();
    await expect(upload(officer, "a.png", PNG, new Date("2025-03-01T00:00:00Z"))).rejects.toThrow("Kỳ báo cáo này chưa bắt đầu nên chưa thể nhập số liệu.");
    await db.submission.update({ where: { id: submissionId }, data: { status: "SUBMITTED" } });
    try {
      await expect(upload(officer, "a.png", PNG)).rejects.toBeInstanceOf(ConflictError);
    } finally {
      await db.submission.update({ where: { id: submissionId }, data: { status: "DRAFT" } });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("keeps a path-trick name to its last segment and stores the bytes under a random key inside the folder", async () => {
    const file = await upload(officer, "../../etc/passwd.png", PNG);
    const row = await db.evidenceFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.originalName).toBe("passwd.png");
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(await readdir(dir)).toContain(row.storageKey);
    await expect(readEvidence("../../etc/passwd")).rejects.toThrow(/Refusing/);
  });

  it("allows at most five files per value and removes the stored bytes of a refused one", async () => {
    const existing = await db.evidenceFile.count({ where: { actualId } });
    for (let i = existing; i < 5; i += 1) await upload(officer, `anh-${i}.png`, PNG);
    const before = await snapshot();
    await expect(upload(officer, "thua.png", PNG)).rejects.toThrow("Mỗi giá trị chỉ đính kèm tối đa 5 tệp minh chứng.");
    expect(await snapshot()).toEqual(before);
  });
});

describe("downloading and removing evidence", () => {
  it("lets the reporter's officers and the committee download, and no one else", async () => {
    const file = await db.evidenceFile.findFirstOrThrow({ where: { actualId } });
    for (const viewer of [officer, committee]) {
      expect(await getEvidenceForDownload(viewer, file.id, db)).toMatchObject({ storageKey: file.storageKey, mimeType: file.mimeType, sizeBytes: file.sizeBytes });
    }
    await expect(getEvidenceForDownload(otherOfficer, file.id, db)).rejects.toThrow(new NotFoundError("Không tìm thấy tệp minh chứng."));
    await expect(getEvidenceForDownload(committee, 2_000_000_000, db)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("removes the row and the file with an audit row; others cannot remove", async () => {
    const file = await db.evidenceFile.findFirstOrThrow({ where: { actualId } });
    await expect(removeEvidence(otherOfficer, { evidenceId: file.id }, db, today)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeEvidence(committee, { evidenceId: file.id }, db, today)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await readdir(dir)).toContain(file.storageKey);

    const auditBefore = await lastAuditId(db);
    await removeEvidence(officer, { evidenceId: file.id }, db, today);
    expect(await db.evidenceFile.findUnique({ where: { id: file.id } })).toBeNull();
    expect(await readdir(dir)).not.toContain(file.storageKey);
    const audit = await db.auditEvent.findMany({ where: { id: { gt: auditBefore } } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "evidence.remove", entity: "Actual", entityId: String(actualId), before: { sha256: file.sha256 } });
  });
});

describe("evidence file names", () => {
  it("keeps the base name without control or direction characters, at most 200 characters", () => {
    expect(sanitizeEvidenceName("C:\\Users\\cán bộ\\Báo cáo quý 2.pdf")).toBe("Báo cáo quý 2.pdf");
    expect(sanitizeEvidenceName("anh\u0000\u202egnp.exe")).toBe("anhgnp.exe");
    expect(sanitizeEvidenceName("..")).toBe("minh-chung");
    const long = sanitizeEvidenceName(`${"a".repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  it("names a download with the extension of its detected type", () => {
    expect(downloadNameFor("bao-cao.pdf", "image/png")).toBe("bao-cao.png");
    expect(downloadNameFor("anh.JPEG", "image/jpeg")).toBe("anh.JPEG");
    expect(downloadNameFor("so-lieu.v2", "application/pdf")).toBe("so-lieu.v2.pdf");
  });
});
