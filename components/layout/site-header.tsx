import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Role } from "@/generated/prisma/enums";
import { getViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { countUnreadNotifications } from "@/lib/server/queries/notifications";
import { getProvinceName } from "@/lib/server/queries/site";
import { BellIcon } from "@/components/ui/icons";
import { BrandLink, SkipLink } from "./brand-link";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks, type NavItem } from "./nav-links";
import { UserMenu } from "./user-menu";

const COMMITTEE_NAV = [
  { href: "/committee", key: "overview" },
  { href: "/committee/pillars", key: "pillars" },
  { href: "/committee/localities", key: "localities" },
  { href: "/committee/tracker", key: "tracker" },
  { href: "/committee/tasks", key: "tasks" },
  { href: "/committee/meetings", key: "meetings" },
  { href: "/committee/submissions", key: "review" },
  { href: "/committee/measured", key: "measured" },
  { href: "/committee/brief", key: "brief" },
];

const NAV_BY_ROLE: Record<Role | "ANONYMOUS", { href: string; key: string }[]> = {
  ANONYMOUS: [{ href: "/", key: "scoreboard" }],
  OFFICER: [{ href: "/entry", key: "entry" }, { href: "/", key: "scoreboard" }],
  COMMITTEE: [...COMMITTEE_NAV, { href: "/", key: "scoreboard" }],
  ADMIN: [{ href: "/admin", key: "admin" }, ...COMMITTEE_NAV, { href: "/", key: "scoreboard" }],
};

export async function SiteHeader() {
  const [viewer, provinceName, t, locale] = await Promise.all([getViewer(), getProvinceName(), getTranslations(), getLocale()]);
  const unread = viewer ? await countUnreadNotifications(viewer, getDb()) : 0;
  const entries = [...NAV_BY_ROLE[viewer?.role ?? "ANONYMOUS"]];
  // Agencies lead tasks; communes and districts do not.
  if (viewer?.role === "OFFICER" && viewer.agencyId !== null) entries.splice(1, 0, { href: "/entry/tasks", key: "myTasks" });
  // The public scoreboard carries its language in the URL.
  const items: NavItem[] = entries.map((item) => ({ href: item.href === "/" ? `/${locale}` : item.href, label: t(`nav.${item.key}`) }));
  return (
    <header className="border-b border-brand-900 bg-brand-800 text-white">
      <SkipLink label={t("nav.skip")} />
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3 sm:px-6">
        <BrandLink href={`/${locale}`} provinceName={provinceName} />
        <div className="ml-auto flex shrink-0 items-center gap-2">
          <LanguageSwitcher />
          {viewer ? (
            <Link href="/notifications" className="relative rounded-md border border-brand-600 p-2 hover:bg-brand-700" aria-label={t("nav.notifications", { count: unread })} data-testid="notifications-link">
              <BellIcon />
              {unread > 0 ? <span aria-hidden="true" className="absolute -right-1.5 -top-1.5 min-w-5 rounded-full bg-accent-600 px-1 text-center text-xs font-bold">{unread}</span> : null}
            </Link>
          ) : null}
          {viewer ? (
            <UserMenu name={viewer.name} roleLabel={t(`roles.${viewer.role}`)} signOutLabel={t("nav.signOut")} />
          ) : (
            <Link href="/login" className="rounded-md bg-white px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50">
              {t("nav.signIn")}
            </Link>
          )}
        </div>
      </div>
      <NavLinks items={items} label={t("nav.label")} />
    </header>
  );
}
