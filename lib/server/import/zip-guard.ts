import "server-only";

// An .xlsx is a ZIP archive: a 2 MB upload can inflate to gigabytes ("zip bomb"). Before handing the bytes
// to exceljs, read the archive's central directory and refuse archives that declare too much content.
// (Declared sizes can lie; this stops the common case, the 2 MB cap on the upload bounds the rest.)

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const MAX_ENTRIES = 5_000;
export const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;

export type ZipCheck = "ok" | "unreadable" | "too-large";

export function checkZipArchive(bytes: Uint8Array): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return "unreadable";
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (entries > MAX_ENTRIES) return "too-large";
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) return "unreadable";
    const size = view.getUint32(offset + 24, true);
    // 0xFFFFFFFF means the real size is in a ZIP64 record: far beyond anything a report needs.
    if (size === 0xffffffff) return "too-large";
    total += size;
    if (total > MAX_UNCOMPRESSED_BYTES) return "too-large";
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return "ok";
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end of the archive.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}
