import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { LocalityView } from "@/components/public/locality-view";
import { isLocale } from "@/lib/i18n/locales";
import { getCachedPublicLocality } from "@/lib/server/public-cache";
import { isLocalityCode } from "@/lib/server/queries/public/locality-ref";

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; code: string }> }): Promise<Metadata> {
  const { locale, code } = await params;
  if (!isLocale(locale) || !isLocalityCode(code)) return {};
  const data = await getCachedPublicLocality(code);
  if (!data) return {};
  const t = await getTranslations({ locale, namespace: "publicLocality" });
  const year = data.period?.slice(0, 4);
  return { title: data.name, description: year ? t("metaDescription", { name: data.name, year }) : t("metaDescriptionNoData", { name: data.name }) };
}

/**
 * One locality: its own targets and its rank among its peers. The province (code 99) gets the same page, with
 * the scoreboard's targets and a link to the full scoreboard instead of a rank.
 */
export default async function PublicLocalityPage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  if (!isLocale(locale) || !isLocalityCode(code)) notFound();
  setRequestLocale(locale);
  const data = await getCachedPublicLocality(code);
  if (!data) notFound();
  return <LocalityView data={data} locale={locale} />;
}
