// Units are appended as plain text rather than via Intl currency/unit styles, which emit
// locale-dependent non-breaking spaces that break layout and string comparisons.

export type Locale = "vi" | "en";
export type IndicatorUnit = "PERCENT" | "COUNT" | "VND_BILLION" | "DAYS" | "HOURS";

const MISSING = "—";

// vi-VN groups thousands with "." and uses "," for decimals; en-US the reverse.
const NUMBER_FORMATS: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};

// CLDR's percent pattern has no space before "%" in either locale ("85,3%", "85.3%").
const PROGRESS_FORMATS: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

const EN_PLURALS = new Intl.PluralRules("en-US");

const UNIT_LABELS: Record<Locale, Record<IndicatorUnit, string>> = {
  vi: { PERCENT: "%", COUNT: "số lượng", VND_BILLION: "tỷ đồng", DAYS: "ngày", HOURS: "giờ" },
  en: { PERCENT: "%", COUNT: "count", VND_BILLION: "VND billion", DAYS: "days", HOURS: "hours" },
};

function selectEnglishNoun(value: number, one: string, other: string): string {
  return EN_PLURALS.select(value) === "one" ? one : other;
}

/** A value in its indicator's unit, e.g. vi "12,5 tỷ đồng", en "VND 12.5 bn"; missing → "—". */
export function formatValue(value: number | null | undefined, unit: IndicatorUnit, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const number = NUMBER_FORMATS[locale].format(value);

  switch (unit) {
    case "PERCENT":
      return `${number}%`;
    case "COUNT":
      return number;
    case "VND_BILLION":
      return locale === "vi" ? `${number} tỷ đồng` : `VND ${number} bn`;
    case "DAYS":
      return locale === "vi" ? `${number} ngày` : `${number} ${selectEnglishNoun(value, "day", "days")}`;
    case "HOURS":
      return locale === "vi" ? `${number} giờ` : `${number} ${selectEnglishNoun(value, "hour", "hours")}`;
  }
}

/** A progress ratio as a percentage with one decimal, uncapped (3 → "300,0%"); null → "—". */
export function formatProgress(progress: number | null, locale: Locale): string {
  if (progress === null || !Number.isFinite(progress)) return MISSING;
  return PROGRESS_FORMATS[locale].format(progress);
}

export function unitLabel(unit: IndicatorUnit, locale: Locale): string {
  return UNIT_LABELS[locale][unit];
}

const intlLocale = (locale: Locale) => (locale === "vi" ? "vi-VN" : "en-GB");

/**
 * Dates as read in Vietnam. Calendar dates (deadlines) are stored at UTC midnight, which is 07:00 the
 * same day in Hà Nội, so both calendar dates and instants print the right day in this time zone.
 */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "Asia/Ho_Chi_Minh" }).format(date);
}

export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }).format(date);
}
