import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localitiesHref, localityHref } from "@/components/committee/localities/links";
import { LocalityDetailView } from "@/components/committee/localities/locality-detail-view";
import { LocalityEndedNotice, LocalitySeriesSection } from "@/components/committee/localities/locality-series-section";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { getLocalityDetail } from "@/lib/server/queries/committee-localities";
import { getLocalitySeries } from "@/lib/server/queries/locality-series";

/** One locality: its own targets, the aggregates over its units, its units, and its history in today's boundaries. */
export default async function LocalityPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ period?: string | string[]; indicator?: string | string[] }> }) {
  const [{ id }, { period, indicator }] = await Promise.all([params, searchParams]);
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], `/committee/localities/${id}`);
  const localityId = Number(id);
  if (!Number.isSafeInteger(localityId) || localityId <= 0) notFound();
  const [detail, series, locale, t] = await Promise.all([
    getLocalityDetail(viewer, localityId, typeof period === "string" ? period : null, getDb()),
    getLocalitySeries(viewer, localityId, typeof indicator === "string" ? indicator : null, getDb()),
    getLocale().then(resolveLocale),
    getTranslations("localities"),
  ]).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { locality } = detail;
  const periodKey = detail.period ? quarterKey(detail.period) : null;
  const back = locality.parent
    ? { href: localityHref(locality.parent.id, periodKey), label: t("backTo", { name: locality.parent.name }) }
    : { href: localitiesHref("/committee/localities", { level: "DISTRICT", period: periodKey }), label: t("backToList") };
  return (
    <>
      <div className="mb-3 text-sm"><BackLink href={back.href}>{back.label}</BackLink></div>
      <PageHeader
        title={locality.name}
        subtitle={t("detailSubtitle", { level: t(`level_${locality.level}`), code: locality.code, period: detail.period ? formatQuarter(detail.period, locale) : "—" })}
      />
      <LocalityEndedNotice ended={series.ended} name={locality.name} locale={locale} />
      <div className="mb-6">
        <PeriodPicker periods={detail.periods} selected={detail.period} basePath={`/committee/localities/${locality.id}`} locale={locale} label={t("periodPicker")} />
      </div>
      <LocalityDetailView detail={detail} locale={locale} />
      <LocalitySeriesSection series={series} periodKey={periodKey} locale={locale} />
    </>
  );
}
