import Link from "next/link";
import { useTranslations } from "next-intl";
import { tableStyles } from "@/components/ui/table-styles";
import { formatDate, formatDateTime, type Locale } from "@/lib/format";
import type { AdminUser } from "@/lib/server/queries/admin-users";
import { StackCell } from "./agencies-table";

const DAY_MS = 86_400_000;

/** The unit an account reports for; a locality no longer in force is flagged with its last day. */
export function UserUnit({ user, locale }: { user: AdminUser; locale: Locale }) {
  const t = useTranslations("adminUsers");
  if (user.agency) return <span>{user.agency.shortName}{user.agency.active ? null : <span className="block text-xs font-medium text-band-mid">{t("agencyInactive")}</span>}</span>;
  if (!user.locality) return <span className="text-slate-500">—</span>;
  const { locality } = user;
  return (
    <span>
      {locality.name}
      {locality.dissolved && locality.validTo ? (
        <span className="block text-xs font-medium text-band-low" data-testid="unit-dissolved">
          {t("dissolved", { date: formatDate(new Date(Date.parse(`${locality.validTo}T00:00:00Z`) - DAY_MS), locale) })}
        </span>
      ) : null}
    </span>
  );
}

export function UserStatus({ user }: { user: AdminUser }) {
  const t = useTranslations("adminUsers");
  if (!user.active) return <span className="whitespace-nowrap font-medium text-band-low">{t("status.inactive")}</span>;
  if (user.invitationPending) return <span className="whitespace-nowrap font-medium text-band-mid">{t("status.pending")}</span>;
  return <span className="whitespace-nowrap font-medium text-band-met">{t("status.active")}</span>;
}

export function UsersTable({ users, locale }: { users: AdminUser[]; locale: Locale }) {
  const t = useTranslations("adminUsers");
  const tr = useTranslations("roles");
  if (users.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">{t("empty")}</p>;
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <table className="block w-full text-left text-sm md:table" data-testid="users-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className={`hidden ${tableStyles.head} md:table-header-group`}>
          <tr>
            {["user", "role", "unit", "status", "lastLogin"].map((c) => <th key={c} scope="col" className="px-3 py-2">{t(`col.${c}`)}</th>)}
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t("col.actions")}</span></th>
          </tr>
        </thead>
        <tbody className="block divide-y divide-slate-100 md:table-row-group">
          {users.map((u) => (
            <tr key={u.id} data-user={u.email} className={`block px-4 py-3 md:table-row md:p-0 ${u.active ? "" : "bg-slate-50"}`}>
              <th scope="row" className="block pb-1 text-left font-normal md:table-cell md:px-3 md:py-2.5 md:align-top">
                <span className="block font-semibold text-slate-900">{u.name}</span>
                <span className="block break-all text-xs text-slate-500">{u.email}</span>
              </th>
              <StackCell label={t("col.role")}>{tr(u.role)}</StackCell>
              <StackCell label={t("col.unit")}><UserUnit user={u} locale={locale} /></StackCell>
              <StackCell label={t("col.status")}><UserStatus user={u} /></StackCell>
              <StackCell label={t("col.lastLogin")}>{u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : t("never")}</StackCell>
              <td className="block pt-2 md:table-cell md:px-3 md:py-2.5">
                <Link href={`/admin/users/${u.id}`} className="whitespace-nowrap font-medium text-brand-700 hover:underline" aria-label={t("manageLabel", { name: u.name })}>{t("manage")}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
