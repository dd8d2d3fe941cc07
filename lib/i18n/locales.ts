export const LOCALES = ["vi", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "vi";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function resolveLocale(value: string | undefined | null): AppLocale {
  return value === "en" ? "en" : DEFAULT_LOCALE;
}

export function isLocale(value: string): value is AppLocale {
  return (LOCALES as readonly string[]).includes(value);
}
