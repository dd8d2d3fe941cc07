// Addresses of the public pages. The language is the first segment (/vi/…, /en/…) so the pages can be
// statically rendered; the slugs stay Vietnamese in both languages so a link reads the same to everyone.
import type { AppLocale } from "./i18n/locales";

export const publicPaths = {
  scoreboard: () => "",
  period: (period: string) => `/quy/${period}`,
  indicator: (code: string) => `/chi-tieu/${encodeURIComponent(code)}`,
  locality: (code: string) => `/dia-phuong/${encodeURIComponent(code)}`,
  ranking: () => "/xep-hang",
  corrections: () => "/dinh-chinh",
  openData: () => "/du-lieu-mo",
} as const;

export function publicHref(locale: AppLocale, path: string): string {
  return `/${locale}${path}`;
}

/** The same page in another language: swaps the locale segment (the bare "/" is the Vietnamese scoreboard). */
export function switchLocalePath(pathname: string, to: AppLocale): string {
  const match = /^\/(vi|en)(?=\/|$)(.*)$/.exec(pathname);
  return `/${to}${match ? match[2] : pathname === "/" ? "" : pathname}`;
}

/** Files of the open-data API: every public table as JSON and as CSV. */
export function apiFile(resource: string, name: string, format: "json" | "csv"): string {
  return `/api/public/v1/${resource}/${encodeURIComponent(name)}.${format}`;
}
