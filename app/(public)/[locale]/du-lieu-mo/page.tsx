import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { OpenDataView } from "@/components/public/open-data-view";
import { isLocale } from "@/lib/i18n/locales";
import { getCachedPublicCorrections, getCachedPublicDatasets, getCachedPublicRanking, getCachedPublicScoreboard } from "@/lib/server/public-cache";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "openData" });
  return { title: t("title") };
}

/** The open-data offer: every public table as CSV and JSON, its licence, and the API's description. */
export default async function OpenDataPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [board, corrections, datasets, ranking] = await Promise.all([
    getCachedPublicScoreboard(null), getCachedPublicCorrections(), getCachedPublicDatasets(), getCachedPublicRanking(null),
  ]);
  const rankingLevels = ranking.levels.map((l) => ({ level: l.level, periods: l.periods }));
  return <OpenDataView data={{ scoreboardPeriods: board.periods, corrections, datasets, rankingLevels }} locale={locale} />;
}
