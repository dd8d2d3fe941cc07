import { useTranslations } from "next-intl";
import { Card, PageHeader } from "@/components/ui/page-header";
import type { AppLocale } from "@/lib/i18n/locales";
import { apiFile } from "@/lib/public-routes";
import { formatQuarter, parseQuarterKey } from "@/lib/quarters";
import type { PublicCorrections } from "@/lib/server/queries/public/corrections";
import { CorrectionsCards } from "./corrections-cards";
import { CorrectionsTable } from "./corrections-table";
import { DownloadLinks } from "./download-links";

/**
 * The public corrections log, one section per quarter of the corrected figures (newest first). Each section's
 * id is the quarter key, so /vi/dinh-chinh#2024-Q3 opens at that quarter.
 */
export function CorrectionsLog({ data, locale }: { data: PublicCorrections & { total: number }; locale: AppLocale }) {
  const t = useTranslations("publicCorrections");
  const tp = useTranslations("public");
  const label = (key: string) => { const q = parseQuarterKey(key); return q ? formatQuarter(q, locale) : key; };
  const groups = data.periods
    .map((period) => ({ period, corrections: data.corrections.filter((c) => c.period === period) }))
    .filter((g) => g.corrections.length > 0);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("count", { count: data.total })}
        actions={<DownloadLinks table={t("allTable")} csv={apiFile("corrections", "all", "csv")} json={apiFile("corrections", "all", "json")} />}
      />
      <p className="mb-6 max-w-3xl text-slate-700" data-testid="corrections-intro">{t("intro", { mark: tp("corrected") })}</p>
      {data.total > data.corrections.length ? (
        <p className="mb-6 max-w-3xl text-slate-700" data-testid="corrections-shown">{t("shownLatest", { shown: data.corrections.length, total: data.total })}</p>
      ) : null}
      {groups.length === 0 ? (
        <Card><p className="text-slate-700" data-testid="corrections-empty">{t("empty")}</p></Card>
      ) : (
        <>
          <nav aria-label={t("jumpLabel")} className="mb-6">
            <ul className="flex flex-wrap gap-2 text-sm">
              {groups.map((g) => (
                <li key={g.period}>
                  <a href={`#${g.period}`} className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1.5 text-slate-700 hover:border-brand-600">
                    {label(g.period)} <span className="text-slate-500">({g.corrections.length})</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="grid grid-cols-1 gap-8">
            {groups.map((g) => (
              <section key={g.period} id={g.period} aria-labelledby={`${g.period}-heading`} className="scroll-mt-4" data-period={g.period}>
                <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
                  <h2 id={`${g.period}-heading`} className="text-lg font-semibold text-brand-900">
                    {label(g.period)}
                    <span className="ml-2 text-sm font-normal text-slate-600">{t("quarterCount", { count: g.corrections.length })}</span>
                  </h2>
                  <DownloadLinks table={t("quarterTable", { period: label(g.period) })} csv={apiFile("corrections", g.period, "csv")} json={apiFile("corrections", g.period, "json")} />
                </div>
                <div className="lg:hidden"><CorrectionsCards corrections={g.corrections} locale={locale} /></div>
                <div className="hidden lg:block"><CorrectionsTable corrections={g.corrections} locale={locale} caption={t("caption", { period: label(g.period) })} /></div>
              </section>
            ))}
          </div>
        </>
      )}
    </>
  );
}
