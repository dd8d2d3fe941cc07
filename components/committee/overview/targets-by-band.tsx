import { useTranslations } from "next-intl";
import { BandBadge } from "@/components/ui/band-badge";
import type { Locale } from "@/lib/format";
import { BANDS, type Band } from "@/lib/progress";
import type { OverviewRow } from "@/lib/server/queries/committee-overview";
import { TargetBandRow } from "./target-band-row";
import { tableStyles } from "@/components/ui/table-styles";

/**
 * Every target of the year under its band, with its lead agency, figures and forecast. A table from
 * `sm` up; below that each row stacks as a card, so the forecast is not hidden behind a sideways scroll.
 */
export function TargetsByBand({ byBand, pillarNames, periodKey, locale }: {
  byBand: Record<Band, OverviewRow[]>;
  pillarNames: Record<string, string>;
  periodKey: string;
  locale: Locale;
}) {
  const t = useTranslations("overview");
  const tb = useTranslations("bands");
  return (
    <section aria-labelledby="by-band-heading" className="grid grid-cols-1 gap-4" data-testid="targets-by-band">
      <h2 id="by-band-heading" className="text-lg font-semibold text-brand-900">{t("byBandHeading")}</h2>
      {BANDS.filter((band) => byBand[band].length > 0).map((band) => (
        <div key={band} className={tableStyles.frame} data-band={band}>
          <table role="table" className="block w-full text-left text-sm sm:table sm:min-w-[44rem] sm:table-fixed">
            <colgroup>
              <col className="w-[34%]" />
              <col className="w-[20%]" />
              <col className="w-[10%]" />
              <col className="w-[10%]" />
              <col className="w-[8%]" />
              <col className="w-[18%]" />
            </colgroup>
            <caption className="block border-b border-slate-200 px-3 py-2 text-left sm:table-caption">
              <span className="flex items-center gap-2"><BandBadge band={band} /><span className="text-sm text-slate-600">{t("targetCount", { count: byBand[band].length })}</span></span>
              <span className="sr-only">{t("bandGroupCaption", { band: tb(band) })}</span>
            </caption>
            <thead className="hidden bg-slate-50 text-xs text-slate-600 sm:table-header-group">
              <tr>
                <th scope="col" className="px-3 py-2">{t("colIndicator")}</th>
                <th scope="col" className="px-3 py-2">{t("colLeadAgency")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("colActual")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("colTarget")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("colProgress")}</th>
                <th scope="col" className="px-3 py-2">{t("colForecast")}</th>
              </tr>
            </thead>
            <tbody role="rowgroup" className="block divide-y divide-slate-100 sm:table-row-group">
              {byBand[band].map((row) => (
                <TargetBandRow key={row.targetId} row={row} pillarName={pillarNames[row.pillarCode] ?? row.pillarCode} periodKey={periodKey} locale={locale} />
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
