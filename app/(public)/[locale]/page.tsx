import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { PublicScoreboardView } from "@/components/public/public-scoreboard";
import { isLocale } from "@/lib/i18n/locales";
import { getCachedPublicScoreboard } from "@/lib/server/public-cache";

/** The province scoreboard at the latest approved quarter. */
export default async function PublicScoreboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <PublicScoreboardView data={await getCachedPublicScoreboard(null)} locale={locale} />;
}
