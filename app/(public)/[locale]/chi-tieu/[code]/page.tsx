import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { IndicatorView } from "@/components/public/indicator-view";
import { isLocale } from "@/lib/i18n/locales";
import { getCachedPublicIndicatorPage } from "@/lib/server/public-cache";
import { isIndicatorCode } from "@/lib/server/queries/public/indicator";

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; code: string }> }): Promise<Metadata> {
  const { locale, code } = await params;
  if (!isLocale(locale) || !isIndicatorCode(code)) return {};
  const data = await getCachedPublicIndicatorPage(code);
  if (!data) return {};
  const name = locale === "vi" ? data.nameVi : data.nameEn;
  const t = await getTranslations({ locale, namespace: "publicIndicator" });
  return { title: `${data.code} · ${name}`, description: t("metaDescription", { name, code: data.code }) };
}

/** One indicator: its definition, method changes and approved quarterly values per locality. */
export default async function PublicIndicatorPage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  if (!isLocale(locale) || !isIndicatorCode(code)) notFound();
  setRequestLocale(locale);
  const data = await getCachedPublicIndicatorPage(code);
  if (!data) notFound();
  return <IndicatorView data={data} locale={locale} />;
}
