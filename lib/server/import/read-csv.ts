import "server-only";
import { parse } from "csv-parse/sync";
import type { Grid } from "./grid";

// Excel saves CSV with the list separator of the computer's region: "," in English, ";" where the
// decimal separator is "," (Vietnamese). Tab covers "Unicode text" saved as UTF-8.
const DELIMITERS = [",", ";", "\t"] as const;

/** The text of a UTF-8 CSV without its BOM, or null when the bytes are not UTF-8. */
export function decodeCsv(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The text parsed once per candidate delimiter; the caller keeps the reading in which the header row is
 * found. Row numbers count records as Excel shows them (a quoted line break stays inside its cell).
 */
export function readCsvGrids(text: string): Grid[] {
  const grids: Grid[] = [];
  for (const delimiter of DELIMITERS) {
    try {
      const records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
      grids.push(records.map((cells, index) => ({ rowNumber: index + 1, cells })));
    } catch {
      // Not readable with this delimiter (e.g. unbalanced quotes); another one may fit.
    }
  }
  return grids;
}
