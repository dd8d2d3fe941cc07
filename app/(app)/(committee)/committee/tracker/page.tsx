import { getLocale, getTranslations } from "next-intl/server";
import { TrackerActions } from "@/components/committee/tracker/tracker-actions";
import type { TrackerState } from "@/components/committee/tracker/tracker-href";
import { TrackerPanel } from "@/components/committee/tracker/tracker-panel";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locales";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getSubmissionTracker, parseTrackerFilters } from "@/lib/server/queries/committee-tracker";
import { asQuarter } from "@/lib/server/queries/periods";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("tracker"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TrackerPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], "/committee/tracker");
  const filters = parseTrackerFilters(await searchParams);
  const [data, locale, t] = await Promise.all([
    getSubmissionTracker(viewer, filters, getDb(), getToday()),
    getLocale().then(resolveLocale),
    getTranslations("tracker"),
  ]);
  if (!data.period) return <PageHeader title={t("title")} subtitle={t("noPeriod")} />;
  const quarter = asQuarter(data.period);
  const label = formatQuarter(quarter, locale);
  const state: TrackerState = { ...filters, period: quarterKey(quarter) };
  const subtitle = t("subtitle", { period: label, deadline: formatDate(data.period.deadline, locale), units: data.summary.units, late: data.summary.late });
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={subtitle}
        actions={<TrackerActions state={state} periodId={data.period.id} periodLabel={label} remind={data.remind} locked={data.period.status === "LOCKED"} />}
      />
      <div className="mb-4">
        <PeriodPicker periods={data.periods.map(asQuarter)} selected={quarter} basePath="/committee/tracker" locale={locale} label={t("periodPicker")} />
      </div>
      <TrackerPanel data={data} state={state} locale={locale} periodLabel={label} />
    </>
  );
}
