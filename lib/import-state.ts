import type { ActionResult } from "./action-result";
import type { IndicatorUnit } from "./format";

/** Limits shared by the upload control (early hints) and the server (the rule). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 2_000;
export const IMPORT_ACCEPT = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

/** One row of the uploaded file with its verdict; reasons are in Vietnamese. */
export interface ImportPreviewRow {
  rowNumber: number;
  code: string;
  /** In Vietnamese; the English name beside it for the English interface. */
  indicatorName: string | null;
  indicatorNameEn: string | null;
  rawValue: string;
  parsedValue: number | null;
  unit: IndicatorUnit | null;
  status: "accepted" | "rejected";
  reason: string | null;
}

export interface ImportPreview {
  /** sha256 (hex) of the previewed bytes: confirming a different file is refused. */
  fileHash: string;
  rows: ImportPreviewRow[];
  accepted: number;
  rejected: number;
}

export interface ImportResult {
  /** Values that changed; accepted rows equal to what is stored already are not rewritten. */
  written: number;
  unchanged: number;
}

/** What the import actions return to the import panel. */
export type ImportState =
  | ActionResult
  | { status: "preview"; preview: ImportPreview }
  | ({ status: "imported" } & ImportResult);
