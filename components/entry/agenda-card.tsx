import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, type Locale } from "@/lib/format";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import type { OfficerAgenda } from "@/lib/server/queries/agenda";
import { asQuarter } from "@/lib/server/queries/periods";

/** What the officer's unit owes: open quarters, their status and deadline, overdue ones first. */
export async function AgendaCard({ agenda, locale, selectedKey }: { agenda: OfficerAgenda; locale: Locale; selectedKey: string | null }) {
  const t = await getTranslations("agenda");
  if (agenda.length === 0) return null;
  const items = [...agenda].sort((a, b) => Number(b.overdue) - Number(a.overdue) || Number(b.needsAction) - Number(a.needsAction));
  return (
    <Card className="mb-6">
      <h2 className="mb-2 font-semibold text-brand-900">{t("title")}</h2>
      <ul className="divide-y divide-slate-100" data-testid="agenda">
        {items.map((item) => {
          const key = quarterKey(asQuarter(item.period));
          return (
            <li key={key} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2 text-sm">
              <Link href={`/entry?period=${key}`} aria-current={key === selectedKey ? "page" : undefined} className="font-medium text-brand-700 hover:underline">
                {formatQuarter(asQuarter(item.period), locale)}
              </Link>
              <StatusBadge status={item.status} />
              <span className="text-slate-600">{t("deadline", { date: formatDate(item.period.deadline, locale) })}</span>
              {item.overdue ? (
                <span className="font-semibold text-band-low">{t("overdue", { days: -item.daysLeft })}</span>
              ) : item.needsAction ? (
                <span className="text-slate-600">{t("daysLeft", { days: item.daysLeft })}</span>
              ) : item.submittedLate ? (
                <span className="text-slate-600">{t("submittedLate")}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
