import type { TrackerKind, TrackerSort, TrackerStatus } from "@/lib/server/queries/committee-tracker";

/** The tracker's URL state: every filter is a search parameter, so each view has its own link. */
export interface TrackerState { period: string | null; status: TrackerStatus | null; kind: TrackerKind | null; lateOnly: boolean; sort: TrackerSort }

export function trackerQuery(state: TrackerState, patch: Partial<TrackerState> = {}): string {
  const next = { ...state, ...patch };
  const params = new URLSearchParams();
  if (next.period) params.set("period", next.period);
  if (next.status) params.set("status", next.status);
  if (next.kind) params.set("kind", next.kind);
  if (next.lateOnly) params.set("late", "1");
  if (next.sort !== "name") params.set("sort", next.sort);
  return params.toString();
}

export function trackerHref(state: TrackerState, patch: Partial<TrackerState> = {}): string {
  const query = trackerQuery(state, patch);
  return query ? `/committee/tracker?${query}` : "/committee/tracker";
}
