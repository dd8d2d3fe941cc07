import { useTranslations } from "next-intl";
import { BandBadge } from "@/components/ui/band-badge";
import type { Locale } from "@/lib/format";
import { formatQuarter, type Quarter } from "@/lib/quarters";
import type { OverviewMover } from "@/lib/server/queries/committee-overview";

/** Targets whose band changed since the previous quarter of the same year. */
export function MoversList({ movers, previousPeriod, period, locale }: {
  movers: OverviewMover[];
  previousPeriod: Quarter | null;
  period: Quarter;
  locale: Locale;
}) {
  const t = useTranslations("overview");
  const tb = useTranslations("bands");
  return (
    <section aria-labelledby="movers-heading" data-testid="movers">
      <h2 id="movers-heading" className="mb-3 text-lg font-semibold text-brand-900">
        {previousPeriod ? t("moversHeading", { period: formatQuarter(previousPeriod, locale) }) : t("moversHeadingPlain")}
      </h2>
      {!previousPeriod ? (
        <p className="text-sm text-slate-600">{t("noPrevious", { year: period.year, period: formatQuarter(period, locale) })}</p>
      ) : movers.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noMovers")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {movers.map((m) => (
            <li key={m.targetId} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between" data-indicator={m.code}>
              <div>
                <span className="font-medium text-slate-900">{locale === "vi" ? m.nameVi : m.nameEn}</span>
                <span className="block text-xs text-slate-500">{m.code}{m.leadAgency ? ` · ${m.leadAgency}` : ""}</span>
              </div>
              <div className="flex flex-wrap items-center gap-1.5 text-xs">
                <span className={`font-semibold ${m.improved ? "text-band-met" : "text-band-low"}`}>{m.improved ? t("improved") : t("worsened")}</span>
                <span className="sr-only">{t("moverFromTo", { from: tb(m.from), to: tb(m.to) })}</span>
                <span aria-hidden="true" className="flex items-center gap-1.5">
                  <BandBadge band={m.from} />
                  <svg viewBox="0 0 16 16" className="h-3.5 w-3.5 text-slate-500" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round"><path d="M2 8h12M9 3l5 5-5 5" /></svg>
                  <BandBadge band={m.to} />
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
