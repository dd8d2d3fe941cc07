import type { IndicatorUnit } from "@/lib/format";
import type { Comparator } from "@/lib/progress";

/** One row of the entry form, already in the viewer's language. */
export interface EntryRowView {
  indicatorId: number;
  code: string;
  name: string;
  definition: string;
  unit: IndicatorUnit;
  pillarCode: string;
  pillarName: string;
  targetValue: number;
  comparator: Comparator;
  value: number | null;
  version: number;
  previousValue: number | null;
}
