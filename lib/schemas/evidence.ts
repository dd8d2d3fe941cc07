import { idSchema } from "./common";
import { z } from "./zod-locale";

/** Limits shared by the upload control (early hints) and the server (the rule). */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 5;
/** Types accepted, as detected from the bytes — never from the name or the browser's claim. */
export const EVIDENCE_MIME_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"] as const;
export const EVIDENCE_ACCEPT = EVIDENCE_MIME_TYPES.join(",");

export type EvidenceMimeType = (typeof EVIDENCE_MIME_TYPES)[number];

const id = (message: string) => idSchema(message);
const NO_FILE = "Vui lòng chọn tệp minh chứng.";

export const uploadEvidenceSchema = z.object({
  actualId: id("Mã số liệu không hợp lệ."),
  fileName: z.string({ error: NO_FILE }).max(4096, "Tên tệp quá dài."),
  bytes: z
    .instanceof(Uint8Array, { error: NO_FILE })
    .refine((b) => b.byteLength > 0, "Tệp minh chứng trống (0 byte).")
    .refine((b) => b.byteLength <= EVIDENCE_MAX_BYTES, "Tệp quá lớn: mỗi tệp minh chứng tối đa 5 MB."),
});

export const removeEvidenceSchema = z.object({
  evidenceId: id("Mã tệp minh chứng không hợp lệ."),
});

export type UploadEvidenceInput = z.infer<typeof uploadEvidenceSchema>;
export type RemoveEvidenceInput = z.infer<typeof removeEvidenceSchema>;

/** The upload form (fields `actualId`, `file`) in the shape uploadEvidenceSchema validates. */
export async function readUploadEvidenceForm(formData: FormData) {
  const file = formData.get("file");
  // An empty file input still sends a nameless, empty part: that is "no file", not "an empty file".
  const chosen = file instanceof File && !(file.name === "" && file.size === 0) ? file : null;
  return {
    actualId: formData.get("actualId"),
    fileName: chosen?.name,
    bytes: chosen ? new Uint8Array(await chosen.arrayBuffer()) : undefined,
  };
}

export function readRemoveEvidenceForm(formData: FormData) {
  return { evidenceId: formData.get("evidenceId") };
}
