import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDate, type Locale } from "@/lib/format";
import type { AdminSourceSystem } from "@/lib/server/queries/admin-source-systems";
import { SystemStatus } from "./system-status";
import { TokensTable } from "./tokens-table";

/** One card per system: who runs it, whom to call, and each of its tokens with scope and use. */
export function SourceSystemsList({ systems, locale }: { systems: AdminSourceSystem[]; locale: Locale }) {
  const t = useTranslations("sourceSystems");
  if (systems.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ul aria-label={t("caption")} className="grid gap-4" data-testid="source-systems">
      {systems.map((s) => (
        <li key={s.id} data-system={s.name} className={`rounded-lg border border-slate-200 p-4 shadow-sm sm:p-5 ${s.active ? "bg-white" : "bg-slate-50"}`}>
          <div className="mb-3 flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
            <div className="min-w-0">
              <h2 className="font-semibold text-brand-900">{s.name} <SystemStatus active={s.active} /></h2>
              <dl className="mt-1 grid gap-x-4 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-500">{t("col.owner")}</dt><dd>{s.owner}</dd>
                <dt className="text-slate-500">{t("col.contact")}</dt><dd className="break-all">{s.contact}</dd>
                <dt className="text-slate-500">{t("col.created")}</dt><dd>{formatDate(s.createdAt, locale)}</dd>
              </dl>
            </div>
            <Link href={`/admin/source-systems/${s.id}`} aria-label={t("manageLabel", { name: s.name })} className="whitespace-nowrap font-medium text-brand-700 hover:underline">
              {t("manage")}
            </Link>
          </div>
          <h3 className="mb-2 text-sm font-medium text-slate-900">{t("tokens.count", { count: s.tokens.length })}</h3>
          {s.tokens.length > 0 ? <TokensTable tokens={s.tokens} locale={locale} /> : null}
        </li>
      ))}
    </ul>
  );
}
