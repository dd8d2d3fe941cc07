import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AppLocale } from "@/lib/i18n/locales";
import { publicHref, publicPaths } from "@/lib/public-routes";
import { BrandLink, SkipLink } from "@/components/layout/brand-link";
import { LanguageLinks, PublicNav } from "./public-nav";

/** The public header: nothing in it depends on who is looking, so every public page can be static. */
export function PublicHeader({ locale, provinceName }: { locale: AppLocale; provinceName: string | null }) {
  const t = useTranslations();
  const items = [
    { href: publicHref(locale, publicPaths.scoreboard()), label: t("public.navScoreboard") },
    { href: publicHref(locale, publicPaths.ranking()), label: t("public.navRanking") },
    { href: publicHref(locale, publicPaths.corrections()), label: t("public.navCorrections") },
    { href: publicHref(locale, publicPaths.openData()), label: t("public.navOpenData") },
  ];
  return (
    <header className="border-b border-brand-900 bg-brand-800 text-white">
      <SkipLink label={t("public.skip")} />
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3 sm:px-6">
        <BrandLink href={publicHref(locale, "")} provinceName={provinceName} />
        <div className="ml-auto flex shrink-0 items-center gap-2">
          <LanguageLinks locale={locale} label={t("public.languageLabel")} />
          {/* On a phone the sign-in link moves to the footer, leaving the header to the province's name. */}
          <Link href="/login" className="hidden rounded-md bg-white px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 sm:inline-block">
            {t("public.officerSignIn")}
          </Link>
        </div>
      </div>
      <PublicNav items={items} label={t("public.navLabel")} locale={locale} />
    </header>
  );
}
