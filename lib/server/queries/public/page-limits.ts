import "server-only";
import type { PublicCorrections } from "./corrections";
import type { PublicIndicator } from "./indicator";

// A page is read by people; a file is read by programs. At national scale an indicator has thousands of units and
// the corrections log tens of thousands of entries: the pages show a bounded part and say how much more the open-data
// files (CSV/JSON, never trimmed) hold. For one province the bounds are never reached.
export const PAGE_UNIT_LIMIT = 200;
export const PAGE_CORRECTION_LIMIT = 300;

/** The indicator page's table: the first units in the table's order (province, then units by code), and the total. */
export function indicatorForPage(data: PublicIndicator | null): (PublicIndicator & { unitsTotal: number }) | null {
  if (!data) return null;
  return { ...data, localities: data.localities.slice(0, PAGE_UNIT_LIMIT), unitsTotal: data.localities.length };
}

/** The newest corrections (the log is newest first), and the total. */
export function correctionsForPage(data: PublicCorrections): PublicCorrections & { total: number } {
  return { ...data, corrections: data.corrections.slice(0, PAGE_CORRECTION_LIMIT), total: data.corrections.length };
}
