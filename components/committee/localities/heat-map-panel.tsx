import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/page-header";
import type { Locale } from "@/lib/format";
import type { HeatMap as HeatMapData } from "@/lib/server/queries/committee-localities";
import { BandLegend } from "./band-legend";
import { HeatMap } from "./heat-map";

/** Awaits the heat map the page started loading, so the ranking above shows first (the page wraps this in Suspense). */
export async function HeatMapPanel({ data, locale, periodKey, caption }: { data: Promise<HeatMapData>; locale: Locale; periodKey: string | null; caption: string }) {
  const [heatMap, t] = await Promise.all([data, getTranslations("heatmap")]);
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <div className="mt-3"><BandLegend label={t("legend")} /></div>
      <div className="mt-4">
        {heatMap.rows.length > 0 ? <HeatMap data={heatMap} caption={caption} locale={locale} periodKey={periodKey} /> : <p className="text-sm text-slate-600">{t("empty")}</p>}
      </div>
    </Card>
  );
}

export function HeatMapSkeleton({ label }: { label: string }) {
  return (
    <section aria-busy="true" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <p className="sr-only" role="status">{label}</p>
      <div className="h-5 w-64 animate-pulse rounded bg-slate-200" />
      <div className="mt-2 h-4 w-96 max-w-full animate-pulse rounded bg-slate-100" />
      <div className="mt-5 grid grid-cols-6 gap-1" aria-hidden="true">
        {Array.from({ length: 36 }, (_, i) => <div key={i} className="h-10 animate-pulse rounded bg-slate-100" />)}
      </div>
    </section>
  );
}
