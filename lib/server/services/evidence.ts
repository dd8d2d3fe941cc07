import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import {
  EVIDENCE_MAX_FILES, EVIDENCE_MIME_TYPES, removeEvidenceSchema, uploadEvidenceSchema, type EvidenceMimeType,
} from "@/lib/schemas/evidence";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "../errors";
import { deleteEvidence, writeEvidence } from "../evidence-store";
import { log } from "../log";
import { canEnterActuals, canViewSubmission, type Reporter } from "../permissions";
import type { Viewer } from "../viewer";
import { EDITABLE_STATUSES, getWritablePeriod } from "./reporting";
import { zodToDomainError } from "./zod-errors";

type Tx = Prisma.TransactionClient;

const VALUE_NOT_FOUND = "Không tìm thấy số liệu.";
const FILE_NOT_FOUND = "Không tìm thấy tệp minh chứng.";
const NOT_EDITABLE = "Báo cáo đã được gửi hoặc phê duyệt nên không thể thay đổi tệp minh chứng.";
const WRONG_TYPE = "Chỉ nhận tệp PDF hoặc ảnh (PNG, JPEG, WebP).";
const NAME_MAX = 200;
const EXTENSIONS: Record<EvidenceMimeType, string> = { "application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };
const KNOWN_EXTENSIONS = new Set(["pdf", "png", "jpg", "jpeg", "webp"]);

export interface EvidenceFileView { id: number; originalName: string; sizeBytes: number; mimeType: string }

/**
 * The name as shown to people: its last path segment, without control or bidirectional-override characters
 * (which can disguise "gpj.exe" as "exe.jpg"), at most 200 characters with the extension kept.
 */
export function sanitizeEvidenceName(raw: string): string {
  const base = raw.normalize("NFC").split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .trim()
    .replace(/^\.+/, "");
  const chars = Array.from(cleaned);
  if (chars.length === 0) return "minh-chung";
  if (chars.length <= NAME_MAX) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return Array.from(cleaned.slice(0, cleaned.length - extension.length)).slice(0, NAME_MAX - extension.length).join("") + extension;
}

/** The name a download is saved under: its extension always matches the type found in the bytes. */
export function downloadNameFor(originalName: string, mimeType: string): string {
  const extension = EXTENSIONS[mimeType as EvidenceMimeType];
  if (!extension) return originalName;
  const dot = originalName.lastIndexOf(".");
  const current = dot > 0 ? originalName.slice(dot + 1).toLowerCase() : "";
  if (current === extension || (extension === "jpg" && current === "jpeg")) return originalName;
  const stem = KNOWN_EXTENSIONS.has(current) ? originalName.slice(0, dot) : originalName;
  return `${stem}.${extension}`;
}

async function detectEvidenceType(bytes: Uint8Array): Promise<EvidenceMimeType> {
  const detected = await fileTypeFromBuffer(bytes);
  const mime = EVIDENCE_MIME_TYPES.find((m) => m === detected?.mime);
  if (!mime) throw new DomainValidationError(WRONG_TYPE, { file: [WRONG_TYPE] });
  return mime;
}

/** The actual with its submission's reporter and status; absent or invisible to the viewer → not found. */
async function getActualForEvidenceOrThrow(viewer: Viewer, actualId: number, db: Db, notFound = VALUE_NOT_FOUND) {
  const actual = await db.actual.findUnique({
    where: { id: actualId },
    select: { id: true, periodId: true, submission: { select: { localityId: true, agencyId: true, status: true } } },
  });
  if (!actual || !canViewSubmission(viewer, actual.submission)) throw new NotFoundError(notFound);
  return actual;
}

/** Officers of the reporter, while the submission is editable and the period is open. */
async function assertCanChangeEvidence(viewer: Viewer, actual: { periodId: number; submission: Reporter & { status: string } }, db: Db, today: Date) {
  if (!canEnterActuals(viewer, actual.submission)) throw new ForbiddenError();
  if (!EDITABLE_STATUSES.has(actual.submission.status)) throw new ConflictError(NOT_EDITABLE);
  await getWritablePeriod(db, actual.periodId, today, actual.submission);
}

/**
 * Re-reads the submission's status inside the transaction, holding the value's row (uploads to one value take
 * turns, so the per-value limit holds) and the submission's (a concurrent submit waits for this change).
 */
async function lockEditableActual(tx: Tx, actualId: number): Promise<void> {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT s."status"::text AS status FROM "Actual" a JOIN "Submission" s ON s."id" = a."submissionId"
    WHERE a."id" = ${actualId} FOR UPDATE OF a FOR SHARE OF s`;
  const status = rows[0]?.status;
  if (status === undefined) throw new NotFoundError(VALUE_NOT_FOUND);
  if (!EDITABLE_STATUSES.has(status)) throw new ConflictError(NOT_EDITABLE);
}

function parseOrThrow<T>(result: z.ZodSafeParseResult<T>): T {
  if (result.success) return result.data;
  const error = zodToDomainError(result.error);
  // The upload control shows one message: the first problem found, in plain words.
  throw new DomainValidationError(result.error.issues[0]?.message ?? error.message, error.fieldErrors);
}

/**
 * Attaches an uploaded file (PDF or image, type found from its bytes) to a value. The bytes are stored before
 * the transaction that records them with their SHA-256 and audit row; if that transaction fails, the stored
 * file is removed again.
 */
export async function uploadEvidence(viewer: Viewer, rawInput: unknown, db: Db, today: Date): Promise<EvidenceFileView> {
  const input = parseOrThrow(uploadEvidenceSchema.safeParse(rawInput));
  const actual = await getActualForEvidenceOrThrow(viewer, input.actualId, db);
  await assertCanChangeEvidence(viewer, actual, db, today);
  const mimeType = await detectEvidenceType(input.bytes);
  const originalName = sanitizeEvidenceName(input.fileName);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const sizeBytes = input.bytes.byteLength;

  const storageKey = await writeEvidence(input.bytes);
  try {
    return await db.$transaction(async (tx) => {
      await lockEditableActual(tx, actual.id);
      const count = await tx.evidenceFile.count({ where: { actualId: actual.id } });
      if (count >= EVIDENCE_MAX_FILES) {
        throw new DomainValidationError(`Mỗi giá trị chỉ đính kèm tối đa ${EVIDENCE_MAX_FILES} tệp minh chứng.`);
      }
      const created = await tx.evidenceFile.create({
        data: { actualId: actual.id, storageKey, sha256, mimeType, sizeBytes, originalName, uploadedById: viewer.userId },
        select: { id: true, originalName: true, sizeBytes: true, mimeType: true },
      });
      await writeAudit(tx, [{
        actorId: viewer.userId, action: "evidence.upload", entity: "Actual", entityId: actual.id,
        after: { evidenceId: created.id, fileName: originalName, sha256, sizeBytes, mimeType },
      }]);
      return created;
    });
  } catch (error) {
    await deleteEvidence(storageKey).catch((cleanup: unknown) => log.error("could not remove an unrecorded evidence file", { area: "evidence", storageKey, error: cleanup }));
    throw error;
  }
}

/** Removes a file from a value (same rules as uploading): the row and its audit row, then the stored bytes. */
export async function removeEvidence(viewer: Viewer, rawInput: unknown, db: Db, today: Date): Promise<void> {
  const input = parseOrThrow(removeEvidenceSchema.safeParse(rawInput));
  const file = await db.evidenceFile.findUnique({ where: { id: input.evidenceId } });
  if (!file) throw new NotFoundError(FILE_NOT_FOUND);
  const actual = await getActualForEvidenceOrThrow(viewer, file.actualId, db, FILE_NOT_FOUND);
  await assertCanChangeEvidence(viewer, actual, db, today);

  await db.$transaction(async (tx) => {
    await lockEditableActual(tx, actual.id);
    const deleted = await tx.evidenceFile.deleteMany({ where: { id: file.id } });
    if (deleted.count !== 1) throw new NotFoundError(FILE_NOT_FOUND);
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "evidence.remove", entity: "Actual", entityId: actual.id,
      before: { evidenceId: file.id, fileName: file.originalName, sha256: file.sha256, sizeBytes: file.sizeBytes, mimeType: file.mimeType },
    }]);
  });
  // After commit: a file left behind by a failure here is unreferenced and harmless; a missing one would not be.
  await deleteEvidence(file.storageKey).catch((error: unknown) => log.error("could not remove a deleted evidence file", { area: "evidence", storageKey: file.storageKey, error }));
}

/** A file for download, to the reporter's officers, the committee and admins; anyone else → not found. */
export async function getEvidenceForDownload(viewer: Viewer, evidenceId: number, db: Db) {
  const file = await db.evidenceFile.findUnique({
    where: { id: evidenceId },
    select: {
      storageKey: true, mimeType: true, sizeBytes: true, originalName: true, sha256: true,
      actual: { select: { submission: { select: { localityId: true, agencyId: true } } } },
    },
  });
  if (!file || !canViewSubmission(viewer, file.actual.submission)) throw new NotFoundError(FILE_NOT_FOUND);
  return {
    storageKey: file.storageKey,
    mimeType: file.mimeType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    originalName: file.originalName,
    downloadName: downloadNameFor(file.originalName, file.mimeType),
  };
}
