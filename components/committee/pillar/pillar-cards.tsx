import Link from "next/link";
import { useTranslations } from "next-intl";
import { BandSummaryBar } from "./band-summary-bar";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { Card } from "@/components/ui/page-header";
import type { Locale } from "@/lib/format";
import { BANDS } from "@/lib/progress";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import type { PillarIndex } from "@/lib/server/queries/committee-pillar";

const pillarBorder: Record<string, string> = { GOV: "border-t-pillar-gov", ECO: "border-t-pillar-eco", SOC: "border-t-pillar-soc" };

/** Awaits the pillar index inside the page's Suspense boundary. */
export async function PillarIndexPanel({ data, locale }: { data: Promise<PillarIndex>; locale: Locale }) {
  return <PillarCards data={await data} locale={locale} />;
}

/** One card per pillar with its band counts, linking to the pillar's indicators. */
function PillarCards({ data, locale }: { data: PillarIndex; locale: Locale }) {
  const t = useTranslations("pillar");
  const { period } = data;
  if (!period) return <Card><p className="text-slate-700">{t("emptyPeriod")}</p></Card>;
  return (
    <div className="grid grid-cols-1 gap-6">
      <div>
        <p className="mb-3 text-sm text-slate-600">{t("indexSubtitle", { period: formatQuarter(period, locale) })}</p>
        <PeriodPicker periods={data.periods} selected={period} basePath="/committee/pillars" locale={locale} label={t("periodPicker")} />
      </div>
      <ul className="grid grid-cols-1 gap-4 md:grid-cols-3">
        {data.pillars.map((p) => {
          const c = p.counts;
          const total = BANDS.reduce((s, b) => s + c[b], 0);
          return (
            <li key={p.code} data-pillar={p.code} className={`flex flex-col rounded-lg border border-t-4 border-slate-200 bg-white p-5 shadow-sm ${pillarBorder[p.code] ?? ""}`}>
              <h2 className="text-lg font-semibold text-slate-900">{locale === "vi" ? p.nameVi : p.nameEn}</h2>
              <p className="mt-2 text-sm text-slate-600">{t("targetsLine", { total, met: c.MET, above70: c.ABOVE_70, mid: c.FROM_50_TO_70, low: c.BELOW_50 })}</p>
              <BandSummaryBar counts={c} />
              <Link href={`/committee/pillars/${p.code}?period=${quarterKey(period)}`} className="mt-auto inline-flex items-center gap-1 pt-4 font-semibold text-brand-700 hover:underline">
                {t("open")}
                <svg viewBox="0 0 16 16" className="h-4 w-4" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round"><path d="M2 8h12M9 3l5 5-5 5" /></svg>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
