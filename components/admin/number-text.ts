import type { Locale } from "@/lib/format";

/** A decimal as the locale writes it, without grouping, so the server's number rule (lib/parse-number.ts) reads it back unchanged. */
export function numberText(value: number | null, locale: Locale): string {
  return value === null ? "" : new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 4, useGrouping: false }).format(value);
}
