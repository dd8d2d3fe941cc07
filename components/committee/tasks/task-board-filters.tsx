import Link from "next/link";
import { useTranslations } from "next-intl";
import { ChoiceLinks } from "@/components/committee/localities/choice-links";
import { buttonClass } from "@/components/ui/button";
import { FILTER_MESSAGE, TASK_FILTERS, taskBoardHref, taskBoardQuery, type TaskBoardState } from "./board-state";

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm";
const legend = "mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500";

/** Filters as links (each view has its own URL); the agency, a long list, is a plain GET form that needs no script. */
export function TaskBoardFilters({ state, pillars, agencies, locale }: {
  state: TaskBoardState;
  pillars: { code: string; nameVi: string; nameEn: string }[];
  agencies: { id: number; name: string }[];
  locale: "vi" | "en";
}) {
  const t = useTranslations("tasks.filters");
  const tViews = useTranslations("tasks.views");
  const filtered = state.filter !== "all" || state.pillar !== null || state.agency !== null;
  return (
    <div className="grid grid-cols-1 gap-3">
      <div>
        <p className={legend}>{t("show")}</p>
        <ChoiceLinks label={t("show")} selected={state.filter} choices={TASK_FILTERS.map((f) => ({ key: f, href: taskBoardHref(state, { filter: f }), label: t(FILTER_MESSAGE[f]) }))} />
      </div>
      <div>
        <p className={legend}>{t("pillar")}</p>
        <ChoiceLinks
          label={t("pillar")}
          selected={state.pillar ?? "all"}
          choices={[
            { key: "all", href: taskBoardHref(state, { pillar: null }), label: t("allPillars") },
            ...pillars.map((p) => ({ key: p.code, href: taskBoardHref(state, { pillar: p.code as TaskBoardState["pillar"] }), label: locale === "vi" ? p.nameVi : p.nameEn })),
          ]}
        />
      </div>
      <form key={taskBoardQuery(state)} method="get" action="/committee/tasks" role="search" aria-label={t("agency")} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        {state.filter !== "all" ? <input type="hidden" name="filter" value={state.filter} /> : null}
        {state.pillar ? <input type="hidden" name="pillar" value={state.pillar} /> : null}
        {state.view !== "board" ? <input type="hidden" name="view" value={state.view} /> : null}
        {state.group !== "pillar" ? <input type="hidden" name="group" value={state.group} /> : null}
        <label className="text-sm font-medium text-slate-700 sm:w-80">
          {t("agency")}
          <select name="agency" defaultValue={state.agency ?? ""} className={field}>
            <option value="">{t("allAgencies")}</option>
            {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </label>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass("secondary")}>{t("apply")}</button>
          {filtered ? <Link href={taskBoardHref(state, { filter: "all", pillar: null, agency: null })} className={buttonClass("ghost")}>{t("reset")}</Link> : null}
        </div>
      </form>
      <div className="flex min-w-0 flex-col gap-2 border-t border-slate-100 pt-3 sm:flex-row sm:gap-6">
        <ChoiceLinks
          label={tViews("label")}
          selected={state.view}
          choices={[
            { key: "board", href: taskBoardHref(state, { view: "board" }), label: tViews("board") },
            { key: "timeline", href: taskBoardHref(state, { view: "timeline" }), label: tViews("timeline") },
          ]}
        />
        {state.view === "board" ? (
          <ChoiceLinks
            label={tViews("groupLabel")}
            selected={state.group}
            choices={[
              { key: "pillar", href: taskBoardHref(state, { group: "pillar" }), label: tViews("byPillar") },
              { key: "agency", href: taskBoardHref(state, { group: "agency" }), label: tViews("byAgency") },
            ]}
          />
        ) : null}
      </div>
    </div>
  );
}
