import "server-only";
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

// Evidence bytes live on disk, outside the database, each under a random key of our own. The user's file name
// never reaches a path, and every path is built from a key that matched STORAGE_KEY first.

const STORAGE_KEY = /^[0-9a-f]{32}$/;

/** EVIDENCE_DIR when set, else `.data/evidence` in the project (git-ignored). Read on every call. */
export function evidenceDir(): string {
  const configured = process.env.EVIDENCE_DIR;
  return path.resolve(configured !== undefined && configured !== "" ? configured : path.join(process.cwd(), ".data", "evidence"));
}

export function isStorageKey(key: string): boolean {
  return STORAGE_KEY.test(key);
}

function pathOf(storageKey: string): string {
  if (!isStorageKey(storageKey)) throw new Error(`Refusing evidence storage key ${JSON.stringify(storageKey)}`);
  return path.join(evidenceDir(), storageKey);
}

/**
 * Stores the bytes under a new random key and returns it. Written to a temporary file, flushed, then renamed,
 * so a reader never sees a partial file.
 */
export async function writeEvidence(bytes: Uint8Array): Promise<string> {
  const storageKey = randomBytes(16).toString("hex");
  const target = pathOf(storageKey);
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    const handle = await open(temporary, "wx", 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return storageKey;
}

export async function readEvidence(storageKey: string): Promise<Buffer> {
  return readFile(pathOf(storageKey));
}

/** The stored file as a web stream with its size, for a download response. */
export async function openEvidenceStream(storageKey: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number }> {
  const file = pathOf(storageKey);
  const { size } = await stat(file);
  return { stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size };
}

/** Removes the stored file; a file already gone is not an error. */
export async function deleteEvidence(storageKey: string): Promise<void> {
  await rm(pathOf(storageKey), { force: true });
}
