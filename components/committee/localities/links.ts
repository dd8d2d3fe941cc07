import type { LocalLevel } from "@/lib/server/queries/committee-localities";

export interface LocalitiesQuery { level: LocalLevel; period: string | null; indicator?: string | null }

/** Every link on the localities page keeps the other choices (level, period, indicator) in the URL. */
export function localitiesHref(path: string, query: LocalitiesQuery): string {
  const params = new URLSearchParams();
  params.set("level", query.level);
  if (query.period) params.set("period", query.period);
  if (query.indicator) params.set("indicator", query.indicator);
  return `${path}?${params.toString()}`;
}

export function localityHref(id: number, period: string | null): string {
  return period ? `/committee/localities/${id}?period=${period}` : `/committee/localities/${id}`;
}
