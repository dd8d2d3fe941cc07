import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import type { Locale } from "@/lib/format";
import { formatQuarter } from "@/lib/quarters";
import type { LocalityRanking } from "@/lib/server/queries/committee-localities";
import { RankingTable } from "./ranking-table";

/** The ranking with its title and the rule it ranks by, stated in words. */
export function RankingSection({ ranking, periodKey, locale }: { ranking: LocalityRanking; periodKey: string | null; locale: Locale }) {
  const t = useTranslations("localities");
  const { indicator, period, level } = ranking;
  if (!period) return <Card><p className="text-sm text-slate-600">{t("noPeriod")}</p></Card>;
  if (ranking.rows.length === 0) return <Card><p className="text-sm text-slate-600">{t("noLocalities", { level: t(`level_${level}`) })}</p></Card>;
  const title = indicator ? t("rankingTitleIndicator", { code: indicator.code }) : t("rankingTitleOverall");
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      <p className="mt-1 text-sm text-slate-600">
        {indicator ? `${locale === "vi" ? indicator.nameVi : indicator.nameEn}. ${t("rankingNoteIndicator")}` : t("rankingNoteOverall")}
      </p>
      <div className="mt-4">
        <RankingTable
          rows={ranking.rows}
          indicator={indicator}
          periodKey={periodKey}
          caption={t("rankingCaption", { level: t(`level_${level}`), period: formatQuarter(period, locale) })}
          locale={locale}
        />
      </div>
    </Card>
  );
}
