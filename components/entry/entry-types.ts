import type { IndicatorUnit } from "@/lib/format";
import type { Comparator } from "@/lib/progress";

/** One row of the entry grid, already in the viewer's language. */
export interface EntryRowView {
  indicatorId: number;
  actualId: number | null;
  code: string;
  name: string;
  definition: string;
  /** Both set when the row offers a rate's counts; null otherwise. */
  numeratorDefinition: string | null;
  denominatorDefinition: string | null;
  unit: IndicatorUnit;
  pillarCode: string;
  pillarName: string;
  targetValue: number;
  comparator: Comparator;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  version: number;
  previousValue: number | null;
  note: string | null;
  evidenceUrl: string | null;
  evidenceFiles: { id: number; originalName: string; sizeBytes: number; mimeType: string }[];
  returnReason: string | null;
}

export interface EntryFormLabels {
  target: string; previous: string; save: string; saving: string; unsaved: string; parsedAs: string; definition: string;
  details: string; note: string; evidenceUrl: string; returnReason: string; pasted: string; keyboardHint: string;
  colIndicator: string; colTarget: string; colPrevious: string; colValue: string; hasDetails: string;
}
