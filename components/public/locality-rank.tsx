import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { formatProgress } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { publicHref, publicPaths } from "@/lib/public-routes";
import { formatQuarter, type Quarter } from "@/lib/quarters";
import type { PublicLocality } from "@/lib/server/queries/public/locality";

const linkClass = "mt-3 inline-block text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900";

/** Its place among the units of its level (the committee's rule), or for the province a pointer to the scoreboard. */
export function LocalityRank({ data, period, locale }: { data: PublicLocality; period: Quarter; locale: AppLocale }) {
  const t = useTranslations("publicLocality");
  const summary = t("summaryLine", {
    met: data.summary.met,
    targets: data.summary.targets,
    share: formatProgress(data.summary.share, locale),
    average: formatProgress(data.summary.averageProgress, locale),
  });
  if (!data.rank) {
    return (
      <Card>
        <h2 className="mb-2 text-lg font-semibold text-brand-900">{t("summaryHeading")}</h2>
        <p className="text-sm text-slate-700">{summary}</p>
        <p className="mt-2 text-sm text-slate-600">{t("provinceNote")}</p>
        <Link href={publicHref(locale, publicPaths.scoreboard())} className={linkClass}>{t("seeScoreboard")}</Link>
      </Card>
    );
  }
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold text-brand-900">{t("rankHeading")}</h2>
      <p className="text-2xl font-bold text-slate-900" data-testid="locality-rank">
        {data.rank.rank === null ? t("unranked", { year: period.year }) : t("rankLine", { rank: data.rank.rank, total: data.rank.total, peers: t(`peers_${data.rank.level}`) })}
      </p>
      <p className="mt-1 text-sm text-slate-700">{summary}</p>
      <p className="mt-2 text-xs text-slate-600">{t("rankNote", { period: formatQuarter(period, locale) })}</p>
      <Link href={publicHref(locale, publicPaths.ranking())} className={linkClass}>{t("seeRanking")}</Link>
    </Card>
  );
}
