import { useTranslations } from "next-intl";
import { Card, PageHeader } from "@/components/ui/page-header";
import type { AppLocale } from "@/lib/i18n/locales";
import { apiFile } from "@/lib/public-routes";
import { formatQuarter, parseQuarterKey } from "@/lib/quarters";
import type { PublicRanking } from "@/lib/server/queries/public/ranking";
import { DownloadLinks } from "./download-links";
import { RankingTable } from "./ranking-table";

/** Communes (and districts while they existed) ranked at the latest approved quarter of their level. */
export function RankingView({ data, locale }: { data: PublicRanking; locale: AppLocale }) {
  const t = useTranslations("publicRanking");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      {data.levels.length === 0 ? <Card><p className="text-sm text-slate-700">{t("empty")}</p></Card> : (
        <div className="grid grid-cols-1 gap-8">
          {data.levels.map((board) => {
            const q = board.period ? parseQuarterKey(board.period) : null;
            const period = q ? formatQuarter(q, locale) : "—";
            const level = t(`level_${board.level}`);
            const file = `${board.level.toLowerCase()}-${board.period ?? "latest"}`;
            return (
              <section key={board.level} aria-labelledby={`ranking-${board.level}`} className="grid grid-cols-1 gap-3" data-level={board.level}>
                <div className="flex flex-wrap items-end justify-between gap-2">
                  <h2 id={`ranking-${board.level}`} className="text-lg font-semibold text-brand-900">{t(`levelHeading_${board.level}`, { period })}</h2>
                  <DownloadLinks table={t("downloadTable", { level })} csv={apiFile("ranking", file, "csv")} json={apiFile("ranking", file, "json")} />
                </div>
                {board.level === "DISTRICT" ? <p className="text-sm text-slate-600">{t("districtNote")}</p> : null}
                <RankingTable rows={board.rows} caption={t("caption", { level, period })} locale={locale} />
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
