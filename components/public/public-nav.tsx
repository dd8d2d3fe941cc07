"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { LOCALES, type AppLocale } from "@/lib/i18n/locales";
import { switchLocalePath } from "@/lib/public-routes";

export interface PublicNavItem { href: string; label: string }

/** The public sections and the language links; the path is read in the browser so the pages stay static. */
export function PublicNav({ items, label, locale }: { items: PublicNavItem[]; label: string; locale: AppLocale }) {
  const pathname = usePathname();
  const home = `/${locale}`;
  const isActive = (href: string) =>
    href === home ? pathname === home || pathname === "/" || pathname.startsWith(`${home}/quy/`) : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav aria-label={label} className="bg-brand-900/40">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 sm:px-4">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isActive(item.href) ? "page" : undefined}
              className={`block whitespace-nowrap border-b-2 px-3 py-2.5 text-sm font-medium ${
                isActive(item.href) ? "border-white text-white" : "border-transparent text-brand-100 hover:text-white"
              }`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
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
