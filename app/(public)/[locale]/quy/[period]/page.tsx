import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { PublicScoreboardView } from "@/components/public/public-scoreboard";
import { isLocale } from "@/lib/i18n/locales";
import { formatQuarter, parseQuarterKey } from "@/lib/quarters";
import { getCachedPublicScoreboard } from "@/lib/server/public-cache";

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; period: string }> }): Promise<Metadata> {
  const { locale, period } = await params;
  const q = parseQuarterKey(period);
  return q && isLocale(locale) ? { title: formatQuarter(q, locale) } : {};
}

/** The province scoreboard at one quarter; a quarter with nothing approved does not exist publicly. */
export default async function PublicPeriodPage({ params }: { params: Promise<{ locale: string; period: string }> }) {
  const { locale, period } = await params;
  if (!isLocale(locale) || !parseQuarterKey(period)) notFound();
  setRequestLocale(locale);
  const data = await getCachedPublicScoreboard(period);
  if (data.period !== period) notFound();
  return <PublicScoreboardView data={data} locale={locale} />;
}
