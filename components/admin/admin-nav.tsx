"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

const ITEMS = [
  { href: "/admin", key: "overview" },
  { href: "/admin/localities", key: "localities" },
  { href: "/admin/agencies", key: "agencies" },
  { href: "/admin/indicators", key: "indicators" },
  { href: "/admin/catalogue", key: "catalogue" },
  { href: "/admin/targets", key: "targets" },
  { href: "/admin/periods", key: "periods" },
  { href: "/admin/users", key: "users" },
  { href: "/admin/source-systems", key: "sourceSystems" },
] as const;

/** The admin area's own tabs; the most specific match is the current one, so /admin lights up only on the overview. */
export function AdminNav() {
  const t = useTranslations("adminNav");
  // The source-systems tab's label lives in its own namespace ("sourceSystems").
  const tSources = useTranslations("sourceSystems");
  const pathname = usePathname();
  const active = ITEMS.filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  const current = useRef<HTMLAnchorElement>(null);
  // On a phone the tabs scroll sideways: bring the current one into view rather than leave it off-screen.
  useEffect(() => {
    current.current?.scrollIntoView({ block: "nearest", inline: "center" });
  }, [active]);
  return (
    <nav aria-label={t("label")} className="-mx-4 mb-6 border-b border-slate-200 sm:mx-0">
      <ul className="flex gap-1 overflow-x-auto px-4 sm:px-0">
        {ITEMS.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              ref={item.href === active ? current : undefined}
              aria-current={item.href === active ? "page" : undefined}
              className={`block whitespace-nowrap border-b-2 px-3 py-2.5 text-sm font-medium ${
                item.href === active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
              }`}
            >
              {item.key === "sourceSystems" ? tSources("navLabel") : t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
