import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CorrectionsLog } from "@/components/public/corrections-log";
import { isLocale } from "@/lib/i18n/locales";
import { getCachedPublicCorrectionsPage } from "@/lib/server/public-cache";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "publicCorrections" });
  return { title: t("title") };
}

/** Every approved correction of a published figure, by quarter. */
export default async function PublicCorrectionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <CorrectionsLog data={await getCachedPublicCorrectionsPage()} locale={locale} />;
}
