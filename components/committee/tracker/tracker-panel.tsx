import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/format";
import type { SubmissionTracker } from "@/lib/server/queries/committee-tracker";
import { StatusChips } from "./status-chips";
import { TrackerFilters } from "./tracker-filters";
import type { TrackerState } from "./tracker-href";
import { TrackerTable } from "./tracker-table";

/** Chips, filters and the table of one period's tracker. */
export function TrackerPanel({ data, state, locale, periodLabel }: { data: SubmissionTracker; state: TrackerState; locale: Locale; periodLabel: string }) {
  const t = useTranslations("tracker");
  return (
    <div className="grid grid-cols-1 gap-4">
      <section aria-label={t("filters.legend")} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <StatusChips state={state} counts={data.counts} total={data.total} lateCount={data.lateCount} locale={locale} />
        <TrackerFilters state={state} />
      </section>
      <TrackerTable rows={data.rows} locale={locale} caption={t("tableCaption", { period: periodLabel })} />
    </div>
  );
}
