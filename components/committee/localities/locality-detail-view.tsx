import { useTranslations } from "next-intl";
import { BandSummary } from "@/components/scoreboard/band-summary";
import { TargetTable } from "@/components/scoreboard/target-table";
import { Card } from "@/components/ui/page-header";
import type { Locale } from "@/lib/format";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import type { LocalityDetail } from "@/lib/server/queries/committee-localities";
import { AggregateTable } from "./aggregate-table";
import { AggregationRules } from "./aggregation-rules";
import { ChildrenTable } from "./children-table";

/** A locality's page body: its own targets, the aggregates over its units, and the units themselves. */
export function LocalityDetailView({ detail, locale }: { detail: LocalityDetail; locale: Locale }) {
  const t = useTranslations("localities");
  const ta = useTranslations("aggregation");
  const { period, locality } = detail;
  if (!period) return <Card><p className="text-sm text-slate-600">{t("noPeriod")}</p></Card>;
  const periodKey = quarterKey(period);
  const quarter = formatQuarter(period, locale);
  return (
    <div className="grid grid-cols-1 gap-6">
      <section aria-labelledby="own-title" className="grid gap-4">
        <h2 id="own-title" className="text-lg font-semibold text-slate-900">{t("ownTitle")}</h2>
        {detail.own.length > 0 ? (
          <>
            <Card><BandSummary counts={detail.summary.counts} year={period.year} /></Card>
            <TargetTable rows={detail.own} locale={locale} />
          </>
        ) : (
          <Card><p className="text-sm text-slate-600">{t("ownEmpty", { year: period.year })}</p></Card>
        )}
      </section>
      {detail.aggregates.length > 0 ? (
        <section aria-labelledby="aggregate-title" className="grid gap-3">
          <h2 id="aggregate-title" className="text-lg font-semibold text-slate-900">{ta("title")}</h2>
          <p className="text-sm text-slate-600">{ta("intro", { period: quarter })}</p>
          <AggregationRules />
          <AggregateTable rows={detail.aggregates} caption={ta("caption", { locality: locality.name, period: quarter })} locale={locale} />
        </section>
      ) : null}
      {detail.children.length > 0 ? (
        <section aria-labelledby="children-title" className="grid gap-3">
          <h2 id="children-title" className="text-lg font-semibold text-slate-900">{t("childrenTitle")}</h2>
          <ChildrenTable rows={detail.children} periodKey={periodKey} caption={t("childrenCaption", { locality: locality.name })} locale={locale} />
        </section>
      ) : null}
    </div>
  );
}
