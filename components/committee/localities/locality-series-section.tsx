import Link from "next/link";
import { useTranslations } from "next-intl";
import { LocalitySeriesChart } from "@/components/charts/locality-series-chart";
import { Card } from "@/components/ui/page-header";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatDate, formatValue, type Locale } from "@/lib/format";
import { formatQuarter } from "@/lib/quarters";
import type { LocalitySeries } from "@/lib/server/queries/locality-series";
import { ChoiceLinks } from "./choice-links";
import { LocalitySeriesTable } from "./locality-series-table";

const SECTION_ID = "chuoi-so-lieu";
const day = (iso: string, locale: Locale) => formatDate(new Date(`${iso}T00:00:00Z`), locale);

/** The indicator links keep the page's period and jump back to this section. */
function seriesHref(localityId: number, periodKey: string | null, code: string): string {
  const params = new URLSearchParams();
  if (periodKey) params.set("period", periodKey);
  params.set("indicator", code);
  return `/committee/localities/${localityId}?${params.toString()}#${SECTION_ID}`;
}

/** "Chuỗi số liệu theo địa giới hiện nay": one indicator's history re-expressed in today's boundaries. */
export function LocalitySeriesSection({ series, periodKey, locale }: { series: LocalitySeries; periodKey: string | null; locale: Locale }) {
  const t = useTranslations("lineage");
  const { locality, indicator } = series;
  const name = locality.name;
  const indicatorName = indicator ? (locale === "vi" ? indicator.nameVi : indicator.nameEn) : "";
  return (
    <section id={SECTION_ID} aria-labelledby={`${SECTION_ID}-title`} className="mt-6 grid scroll-mt-4 gap-3" data-testid="locality-series">
      <h2 id={`${SECTION_ID}-title`} className="text-lg font-semibold text-slate-900">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("intro", { name })}</p>
      {series.indicators.length > 0 ? (
        <ChoiceLinks
          label={t("indicatorPicker")}
          selected={indicator?.code ?? null}
          choices={series.indicators.map((i) => ({ key: i.code, href: seriesHref(locality.id, periodKey, i.code), label: i.code, title: locale === "vi" ? i.nameVi : i.nameEn }))}
        />
      ) : null}
      {!indicator ? <Card><p className="text-sm text-slate-600">{t("noIndicator")}</p></Card> : null}
      {indicator && series.quarters.length === 0 ? <Card><p className="text-sm text-slate-600">{t("noData")}</p></Card> : null}
      {indicator && series.quarters.length > 0 ? (
        <>
          <Card>
            <h3 className="mb-1 text-base font-semibold text-slate-900">{indicatorName}</h3>
            {series.rule && series.changes.length > 0 ? <p className="mb-3 text-xs text-slate-500">{t(`rule_${series.rule}`)}</p> : null}
            <LocalitySeriesChart
              data={series.chart.points.map((p) => ({ label: formatQuarter(p.period, locale), value: p.value, target: p.target }))}
              breaks={series.chart.breaks.map((b) => ({ label: formatQuarter(b.period, locale), kind: b.kind, name: t(b.kind === "map" ? "breakMap" : "breakMethod") }))}
              names={{ value: t(indicator.kind === "FLOW" ? "chartValueYtd" : "chartValue"), target: t("chartTarget") }}
              unit={indicator.unit}
              locale={locale}
              ariaLabel={t("chartAria", { indicator: indicatorName, name })}
            />
          </Card>
          <SeriesNotes series={series} locale={locale} />
          <LocalitySeriesTable series={series} unit={indicator.unit} caption={t("caption", { indicator: indicatorName, name })} locale={locale} />
          <p className="text-xs text-slate-500">{t("coverageNote")}</p>
        </>
      ) : null}
    </section>
  );
}

/** For a unit that no longer exists (e.g. a district after 1 July 2025): when it ended and where its area went. */
export function LocalityEndedNotice({ ended, name, locale }: { ended: LocalitySeries["ended"]; name: string; locale: Locale }) {
  const t = useTranslations("lineage");
  if (!ended) return null;
  const date = day(ended.validTo, locale);
  return (
    <div role="note" className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="locality-ended">
      <p>{ended.successors.length > 0 ? t("ended", { name, date }) : t("endedNone", { name, date })}</p>
      {ended.successors.length > 0 ? (
        <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {ended.successors.map((s) => (
            <li key={s.id}><Link href={`/committee/localities/${s.id}`} className="font-medium text-brand-700 underline hover:text-brand-900">{s.name}</Link></li>
          ))}
        </ul>
      ) : null}
      <p className="mt-1 text-xs">{t("endedSeries")}</p>
    </div>
  );
}

/** The series breaks (map and method changes) and the annual targets, in words. */
function SeriesNotes({ series, locale }: { series: LocalitySeries; locale: Locale }) {
  const t = useTranslations("lineage");
  const unit = series.indicator?.unit ?? "COUNT";
  // One act often records several changes of the same kind on the same day (one per merged group): one line.
  const listed = [
    ...series.changes.map((c) => ({ date: c.effectiveDate, text: t("breakMapItem", { date: day(c.effectiveDate, locale), kind: t(`kind_${c.kind}`), decision: c.decision }) })),
    ...series.methodChanges.map((m) => ({ date: m.effectiveFrom, text: t("breakMethodItem", { date: day(m.effectiveFrom, locale), description: locale === "vi" ? m.descriptionVi : m.descriptionEn }) })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const breaks = [...new Map(listed.map((b) => [b.text, b])).values()];
  return (
    <div className="grid gap-3 text-sm sm:grid-cols-2">
      <div>
        <h3 className="font-semibold text-slate-900">{t("breaksTitle")}</h3>
        {breaks.length > 0 ? (
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">{breaks.map((b) => <li key={b.text}>{b.text}</li>)}</ul>
        ) : <p className="mt-1 text-slate-600">{t("breaksNone")}</p>}
      </div>
      <div>
        <h3 className="font-semibold text-slate-900">{t("targetsTitle")}</h3>
        {series.targets.length > 0 ? (
          <ul className="mt-1 space-y-0.5 text-slate-700">
            {series.targets.map((target) => (
              <li key={target.year}>{t("targetItem", { year: target.year, comparator: COMPARATOR_SYMBOL[target.comparator], value: formatValue(target.value, unit, locale) })}</li>
            ))}
          </ul>
        ) : <p className="mt-1 text-slate-600">{t("targetsNone")}</p>}
      </div>
    </div>
  );
}
