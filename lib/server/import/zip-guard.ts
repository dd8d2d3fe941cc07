import "server-only";
import { inflateRawSync } from "node:zlib";

// An .xlsx is a ZIP archive: a 2 MB upload can inflate to gigabytes ("zip bomb"). Before handing the bytes
// to exceljs, read the archive's central directory and refuse archives that declare too much content, then
// inflate each entry with a cap on its output: declared sizes can lie, and the reader trusts them.

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MAX_ENTRIES = 5_000;
export const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;

export type ZipCheck = "ok" | "unreadable" | "too-large";

interface Entry { method: number; compressedSize: number; localOffset: number }

export function checkZipArchive(bytes: Uint8Array): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return "unreadable";
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count > MAX_ENTRIES) return "too-large";
  let declared = 0;
  const entries: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) return "unreadable";
    const size = view.getUint32(offset + 24, true);
    // 0xFFFFFFFF means the real size is in a ZIP64 record: far beyond anything a report needs.
    if (size === 0xffffffff) return "too-large";
    declared += size;
    if (declared > MAX_UNCOMPRESSED_BYTES) return "too-large";
    entries.push({ method: view.getUint16(offset + 10, true), compressedSize: view.getUint32(offset + 20, true), localOffset: view.getUint32(offset + 42, true) });
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return checkInflatedSizes(bytes, view, entries);
}

/** The real size of every entry, inflated with an output cap of what is left of the budget. */
function checkInflatedSizes(bytes: Uint8Array, view: DataView, entries: Entry[]): ZipCheck {
  let total = 0;
  for (const entry of entries) {
    const header = entry.localOffset;
    if (header + 30 > view.byteLength || view.getUint32(header, true) !== LOCAL_FILE_HEADER) return "unreadable";
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.byteLength !== entry.compressedSize) return "unreadable";
    if (entry.method === STORED) total += data.byteLength;
    else if (entry.method === DEFLATED) {
      try {
        total += inflateRawSync(data, { maxOutputLength: MAX_UNCOMPRESSED_BYTES - total + 1 }).byteLength;
      } catch (error) {
        return error instanceof RangeError ? "too-large" : "unreadable";
      }
    } else return "unreadable";
    if (total > MAX_UNCOMPRESSED_BYTES) return "too-large";
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
