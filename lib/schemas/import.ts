import { IMPORT_MAX_BYTES } from "../import-state";
import { idSchema } from "./common";
import { z } from "./zod-locale";

const NO_FILE = "Vui lòng chọn tệp số liệu (.xlsx hoặc .csv).";

export const importFileSchema = z.object({
  periodId: idSchema("Kỳ báo cáo không hợp lệ."),
  fileName: z.string({ error: NO_FILE }).max(4096, "Tên tệp quá dài."),
  bytes: z
    .instanceof(Uint8Array, { error: NO_FILE })
    .refine((b) => b.byteLength <= IMPORT_MAX_BYTES, "Tệp quá lớn: tối đa 2 MB."),
});

export const confirmImportSchema = importFileSchema.extend({
  fileHash: z.string({ error: "Hãy xem trước tệp trước khi xác nhận." }).regex(/^[0-9a-f]{64}$/i, "Hãy xem trước tệp trước khi xác nhận."),
});

export type ImportFileForm = z.infer<typeof importFileSchema>;
export type ConfirmImportForm = z.infer<typeof confirmImportSchema>;

/** The import form (fields `periodId`, `file`, and `fileHash` on confirm) in the shape the schemas validate. */
export async function readImportForm(formData: FormData) {
  const file = formData.get("file");
  // An empty file input still sends a nameless, empty part: that is "no file", not "an empty file".
  const chosen = file instanceof File && !(file.name === "" && file.size === 0) ? file : null;
  return {
    periodId: formData.get("periodId"),
    fileHash: formData.get("fileHash") ?? undefined,
    fileName: chosen?.name,
    // One byte past the limit is enough for the schema to refuse an oversized file.
    bytes: chosen ? new Uint8Array(await chosen.slice(0, IMPORT_MAX_BYTES + 1).arrayBuffer()) : undefined,
  };
}
