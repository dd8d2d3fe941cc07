// Bulk loading with COPY … FROM STDIN (text format): rows are built as text lines in JS and streamed in
// chunks, never inserted one by one. Readable.from + pipeline give backpressure for free: the generator is
// only asked for the next chunk when the connection has taken the previous one.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** COPY text format's NULL. */
export const NULL = "\\N";

/** A chunk of complete lines and how many rows it holds. */
export interface RowChunk {
  text: string;
  rows: number;
}

export interface CopyJob {
  table: string;
  columns: readonly string[];
  /** Expected row count, for the progress display (the real count is what COPY reports). */
  total: number;
  chunks: () => Iterable<RowChunk>;
}

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** A text value in COPY text format; null becomes \N. */
export function text(value: string | null): string {
  if (value === null) return NULL;
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : value;
}

/** A timestamp(3) column: Prisma stores UTC, and PostgreSQL ignores the zone for `timestamp without time zone`. */
export function timestamp(ms: number | null): string {
  return ms === null ? NULL : new Date(ms).toISOString();
}

export function date(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Groups lines into chunks of about `size` rows. */
export function* chunked(lines: Iterable<string>, size = 5000): Iterable<RowChunk> {
  let buffer = "";
  let rows = 0;
  for (const line of lines) {
    buffer += line;
    rows += 1;
    if (rows === size) {
      yield { text: buffer, rows };
      buffer = "";
      rows = 0;
    }
  }
  if (rows > 0) yield { text: buffer, rows };
}

/**
 * Loads one table in one transaction. TRUNCATE in the same transaction lets COPY write the rows already
 * frozen and all-visible (FREEZE): the first benchmark reads then neither set hint bits nor wait for an
 * autovacuum to mark pages visible. CASCADE only reaches tables loaded later or never loaded (all empty).
 */
export async function copyTable(client: pg.Client, job: CopyJob, onRows: (rows: number) => void): Promise<number> {
  const table = quoteIdent(job.table);
  const columns = job.columns.map(quoteIdent).join(", ");
  await client.query("BEGIN");
  try {
    await client.query(`TRUNCATE ${table} CASCADE`);
    const stream = client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN WITH (FREEZE)`));
    let rows = 0;
    const source = Readable.from(
      (function* () {
        for (const chunk of job.chunks()) {
          rows += chunk.rows;
          onRows(rows);
          yield chunk.text;
        }
      })(),
      { objectMode: false, highWaterMark: 1 << 20 },
    );
    await pipeline(source, stream);
    if (stream.rowCount !== rows) throw new Error(`COPY ${job.table}: ${stream.rowCount} rows stored, ${rows} generated`);
    await client.query("COMMIT");
    return rows;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
