"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem { href: string; label: string }

function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  // The most specific match wins, so /committee/submissions does not also light up /committee.
  const active = items.filter((i) => isActive(pathname, i.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return <NavList items={items} label={label} active={active} />;
}

/** The header's row of section links (signed-in and public headers), `active` marked as the current page. */
export function NavList({ items, label, active }: { items: NavItem[]; label: string; active: string | undefined }) {
  return (
    <nav aria-label={label} className="bg-brand-900/40">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 sm:px-4">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === active ? "page" : undefined}
              className={`block whitespace-nowrap border-b-2 px-3 py-2.5 text-sm font-medium ${
                item.href === active ? "border-white text-white" : "border-transparent text-brand-100 hover:text-white"
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
