import type { TaskFilter } from "@/lib/server/queries/tasks";

// The task board's URL state: every filter and view is a search parameter, so each view has its own link
// and the .xlsx export receives exactly what the page shows.

export const TASK_FILTERS = ["all", "open", "overdue", "due-this-quarter"] as const satisfies readonly TaskFilter[];
export const TASK_PILLARS = ["GOV", "ECO", "SOC"] as const;
export type TaskPillar = (typeof TASK_PILLARS)[number];

export interface TaskBoardState {
  filter: TaskFilter;
  pillar: TaskPillar | null;
  agency: number | null;
  view: "board" | "timeline";
  group: "pillar" | "agency";
}

type Params = Record<string, string | string[] | undefined>;

const single = (params: Params, name: string) => (typeof params[name] === "string" ? params[name] : null);

/** Unknown values fall back to the defaults rather than failing: these come from hand-edited URLs. */
export function parseTaskBoardState(params: Params): TaskBoardState {
  const filter = single(params, "filter");
  const pillar = single(params, "pillar");
  const agency = Number(single(params, "agency"));
  return {
    filter: (TASK_FILTERS as readonly string[]).includes(filter ?? "") ? (filter as TaskFilter) : "all",
    pillar: (TASK_PILLARS as readonly string[]).includes(pillar ?? "") ? (pillar as TaskPillar) : null,
    // An id past PostgreSQL's int4 would fail in the query rather than match no agency.
    agency: Number.isSafeInteger(agency) && agency > 0 && agency <= 2_147_483_647 ? agency : null,
    view: single(params, "view") === "timeline" ? "timeline" : "board",
    group: single(params, "group") === "agency" ? "agency" : "pillar",
  };
}

export function taskBoardQuery(state: TaskBoardState, patch: Partial<TaskBoardState> = {}): string {
  const next = { ...state, ...patch };
  const params = new URLSearchParams();
  if (next.filter !== "all") params.set("filter", next.filter);
  if (next.pillar) params.set("pillar", next.pillar);
  if (next.agency !== null) params.set("agency", String(next.agency));
  if (next.view !== "board") params.set("view", next.view);
  if (next.group !== "pillar") params.set("group", next.group);
  return params.toString();
}

export function taskBoardHref(state: TaskBoardState, patch: Partial<TaskBoardState> = {}): string {
  const query = taskBoardQuery(state, patch);
  return query ? `/committee/tasks?${query}` : "/committee/tasks";
}

/** Message keys cannot hold the hyphen the URL uses. */
export const FILTER_MESSAGE: Record<TaskFilter, string> = { all: "all", open: "open", overdue: "overdue", "due-this-quarter": "dueThisQuarter" };
