import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { TRACKER_KINDS, TRACKER_SORTS } from "@/lib/server/queries/committee-tracker";
import { trackerHref, trackerQuery, type TrackerState } from "./tracker-href";

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** A plain GET form: it works without JavaScript, and the result is a shareable URL. */
export function TrackerFilters({ state }: { state: TrackerState }) {
  const t = useTranslations("tracker");
  return (
    <form key={trackerQuery(state)} method="get" action="/committee/tracker" role="search" aria-label={t("filters.legend")} className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
      {state.period ? <input type="hidden" name="period" value={state.period} /> : null}
      {state.status ? <input type="hidden" name="status" value={state.status} /> : null}
      <label className="text-sm font-medium text-slate-700 sm:w-56">
        {t("filters.kind")}
        <select name="kind" defaultValue={state.kind ?? ""} className={field}>
          <option value="">{t("filters.allKinds")}</option>
          {TRACKER_KINDS.map((kind) => <option key={kind} value={kind}>{t(`kind.${kind}`)}</option>)}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700 sm:w-56">
        {t("filters.sort")}
        <select name="sort" defaultValue={state.sort} className={field}>
          {TRACKER_SORTS.map((sort) => <option key={sort} value={sort}>{t(`sort.${sort}`)}</option>)}
        </select>
      </label>
      <label className="flex min-h-10 items-center gap-2 text-sm font-medium text-slate-700">
        <input type="checkbox" name="late" value="1" defaultChecked={state.lateOnly} className="h-4 w-4 rounded border-slate-400" />
        {t("filters.lateOnly")}
      </label>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass("secondary")}>{t("filters.apply")}</button>
        {state.kind || state.status || state.lateOnly || state.sort !== "name" ? (
          <Link href={trackerHref({ period: state.period, status: null, kind: null, lateOnly: false, sort: "name" })} className={buttonClass("ghost")}>
            {t("filters.reset")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
