import "server-only";
import { stringify } from "csv-stringify/sync";

/**
 * Responses of the open-data API (/api/public/v1/…). Every resource is a file named `<name>.<format>`, so
 * the routes take no query string and can be served statically like the pages. Caches may keep a response
 * for five minutes and serve it stale for a day while refetching; approvals regenerate the source.
 *
 * THE ROUTE PATTERN — every app/api/public/v1/<resource>/[file]/route.ts follows it:
 * - The route's logic lives in lib/server/open-data-<resource>.ts as
 *     export async function <resource>File(load, name: string, format: ApiFormat): Promise<Response>
 *   `load` is the query without its db: the route passes the cached wrapper from public-cache.ts (so an approval's
 *   updateTag regenerates the static route), a test passes the plain query bound to its database, e.g.
 *   `(period) => getPublicScoreboard(db, period)`. It answers notFoundResponse() for a name that does not exist,
 *   checking the name's shape BEFORE calling `load` (each distinct argument is a cache entry).
 * - The route handler is a three-line wrapper around serveApiFile (see scoreboard/[file]/route.ts):
 *     export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
 *       return serveApiFile((await params).file, (name, format) => scoreboardFile(getCachedPublicScoreboard, name, format));
 *     }
 * - Every path is documented in lib/open-data/openapi-public-v1.json (JSON schemas that match the DTO exactly,
 *   CSV columns in `x-csv-columns`), and tests/integration/public-openapi.test.ts calls each <resource>File for
 *   every documented path and validates the answer against that document.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=300, s-maxage=300, stale-while-revalidate=86400";

export type ApiFormat = "json" | "csv";

/** "2024-Q1.csv" → { name: "2024-Q1", format: "csv" }; anything else → null (a 404). */
export function parseApiFile(file: string): { name: string; format: ApiFormat } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    // A stray "%" (malformed escape) names no file: a 404, not an exception.
    return null;
  }
  const match = /^([A-Za-z0-9_-]{1,40})\.(json|csv)$/.exec(decoded);
  return match ? { name: match[1] ?? "", format: match[2] as ApiFormat } : null;
}

export function jsonResponse(data: unknown): Response {
  return new Response(JSON.stringify(data, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": PUBLIC_CACHE_CONTROL, "access-control-allow-origin": "*" },
  });
}

/** A text cell starting with = + - @ (or a tab/CR) would run as a formula in Excel: prefix it with a quote. */
export function neutraliseFormula(cell: unknown): unknown {
  return typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export interface CsvColumn<T> { header: string; value: (row: T) => string | number | null }

/**
 * CSV in UTF-8 with a byte-order mark (so Excel reads the Vietnamese diacritics), one header row, numbers
 * with a dot as the decimal separator and no thousands separator, empty cells for missing values.
 */
export function csvResponse<T>(rows: T[], columns: CsvColumn<T>[], filename: string): Response {
  const body = stringify([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => neutraliseFormula(c.value(row) ?? "")))], { bom: true, record_delimiter: "\r\n" });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": PUBLIC_CACHE_CONTROL,
      "access-control-allow-origin": "*",
    },
  });
}

/** Parses `<name>.<format>` and hands it to the route's logic; a malformed file name is a 404. */
export async function serveApiFile(file: string, serve: (name: string, format: ApiFormat) => Promise<Response>): Promise<Response> {
  const parsed = parseApiFile(file);
  return parsed ? serve(parsed.name, parsed.format) : notFoundResponse();
}

export function notFoundResponse(): Response {
  return new Response(JSON.stringify({ error: "not_found", message: "Không tìm thấy dữ liệu công khai tương ứng." }), {
    status: 404,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=60" },
  });
}
