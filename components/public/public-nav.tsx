"use client";
import { usePathname } from "next/navigation";
import { NavList, type NavItem } from "@/components/layout/nav-links";
import { LOCALES, type AppLocale } from "@/lib/i18n/locales";
import { switchLocalePath } from "@/lib/public-routes";

/** The public sections and the language links; the path is read in the browser so the pages stay static. */
export function PublicNav({ items, label, locale }: { items: NavItem[]; label: string; locale: AppLocale }) {
  const pathname = usePathname();
  const home = `/${locale}`;
  const isActive = (href: string) =>
    href === home ? pathname === home || pathname === "/" || pathname.startsWith(`${home}/quy/`) : pathname === href || pathname.startsWith(`${href}/`);
  return <NavList items={items} label={label} active={items.find((i) => isActive(i.href))?.href} />;
}

// Each language named in itself, as a reader of that language looks for it.
const LANGUAGE_NAMES: Record<AppLocale, string> = { vi: "Tiếng Việt", en: "English" };

export function LanguageLinks({ locale, label }: { locale: AppLocale; label: string }) {
  const pathname = usePathname();
  return (
    <ul aria-label={label} className="flex overflow-hidden rounded-md border border-brand-600 text-xs font-semibold">
      {LOCALES.map((l) => (
        <li key={l}>
          <a
            href={switchLocalePath(pathname, l)}
            hrefLang={l}
            lang={l}
            aria-current={l === locale ? "true" : undefined}
            aria-label={`${LANGUAGE_NAMES[l]} (${l.toUpperCase()})`}
            className={`block px-2 py-2 ${l === locale ? "bg-white text-brand-800" : "text-brand-100 hover:bg-brand-700"}`}
          >
            {l.toUpperCase()}
          </a>
        </li>
      ))}
    </ul>
  );
}
