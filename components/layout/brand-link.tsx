import Link from "next/link";
import { useTranslations } from "next-intl";

/** The header's mark, the product's name and the province's, linking to the scoreboard (public and signed-in headers). */
export function BrandLink({ href, provinceName }: { href: string; provinceName: string | null }) {
  const t = useTranslations("app");
  return (
    <Link href={href} className="flex min-w-0 items-center gap-3">
      <span aria-hidden="true" className="grid h-10 w-10 shrink-0 place-items-center rounded-md bg-accent-600 text-sm font-bold tracking-tight">CĐS</span>
      <span className="min-w-0">
        <span className="block truncate text-base font-bold leading-tight sm:text-lg">
          <span className="sm:hidden">{t("mobileTitle")}</span>
          <span className="hidden sm:inline">{t("title")}</span>
        </span>
        {provinceName ? <span className="block truncate text-xs text-brand-100">{provinceName}</span> : null}
      </span>
    </Link>
  );
}

/** "Skip to main content", first in every header for keyboard and screen-reader users. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800">
      {label}
    </a>
  );
}
