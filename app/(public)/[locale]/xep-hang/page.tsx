import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { RankingView } from "@/components/public/ranking-view";
import { isLocale } from "@/lib/i18n/locales";
import { getCachedPublicRanking } from "@/lib/server/public-cache";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "publicRanking" });
  return { title: t("title"), description: t("metaDescription") };
}

/** Communes (and districts, for quarters before their abolition) ranked by the committee's rule. */
export default async function PublicRankingPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <RankingView data={await getCachedPublicRanking(null)} locale={locale} />;
}
