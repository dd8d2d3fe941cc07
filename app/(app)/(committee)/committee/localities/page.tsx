import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { HeatMapPanel, HeatMapSkeleton } from "@/components/committee/localities/heat-map-panel";
import { LocalitiesActions } from "@/components/committee/localities/localities-actions";
import { LocalitiesControls } from "@/components/committee/localities/localities-controls";
import { RankingSection } from "@/components/committee/localities/ranking-section";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getHeatMap, getLocalityRanking } from "@/lib/server/queries/committee-localities";

type Search = Promise<{ period?: string | string[]; level?: string | string[]; indicator?: string | string[] }>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : null);

export async function generateMetadata() {
  return { title: (await getTranslations("localities"))("title") };
}

/** Ranking of communes or districts and the locality × indicator heat map, approved values only. */
export default async function LocalitiesPage({ searchParams }: { searchParams: Search }) {
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], "/committee/localities");
  const params = await searchParams;
  const level = one(params.level) === "DISTRICT" ? "DISTRICT" : "COMMUNE";
  const [ranking, locale, t] = await Promise.all([
    getLocalityRanking(viewer, { periodKey: one(params.period), level, indicatorCode: one(params.indicator), cells: "ranked" }, getDb()),
    getLocale().then(resolveLocale),
    getTranslations("localities"),
  ]);
  const period = ranking.period ? formatQuarter(ranking.period, locale) : null;
  const query = { level, period: ranking.period ? quarterKey(ranking.period) : null, indicator: ranking.indicator?.code ?? null } as const;
  return (
    <>
      <PageHeader title={t("title")} subtitle={period ? t("subtitle", { period }) : null} actions={<LocalitiesActions province={ranking.province} query={query} />} />
      <LocalitiesControls level={level} periods={ranking.periods} period={ranking.period} indicators={ranking.indicators} indicator={query.indicator} locale={locale} />
      <div className="grid grid-cols-1 gap-6">
        <RankingSection ranking={ranking} periodKey={query.period} locale={locale} />
        {period && ranking.rows.length > 0 ? (
          <Suspense fallback={<HeatMapSkeleton label={t("heatMapLoading")} />}>
            <HeatMapPanel data={getHeatMap(viewer, { periodKey: query.period, level }, getDb())} locale={locale} periodKey={query.period} caption={t("heatMapCaption", { level: t(`level_${level}`), period })} />
          </Suspense>
        ) : null}
      </div>
    </>
  );
}
