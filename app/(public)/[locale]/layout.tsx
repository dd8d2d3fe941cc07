import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/500.css";
import "@fontsource/be-vietnam-pro/600.css";
import "@fontsource/be-vietnam-pro/700.css";
import "../../globals.css";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { PublicFooter } from "@/components/public/public-footer";
import { PublicHeader } from "@/components/public/public-header";
import { isLocale } from "@/lib/i18n/locales";
import { getCachedPublicSite } from "@/lib/server/public-cache";

// Public pages are static: rendered on the first visit, then served from the cache until an approval
// invalidates the public-data tag. No paths are rendered at build time, which needs no database.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "app" });
  return { title: { default: t("title"), template: `%s · ${t("shortTitle")}` }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const site = await getCachedPublicSite();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <PublicHeader locale={locale} provinceName={site.province?.name ?? null} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">{children}</main>
        <PublicFooter locale={locale} lastUpdated={site.lastUpdated} />
      </body>
    </html>
  );
}
