import { useTranslations } from "next-intl";
import { formatDate, type Locale } from "@/lib/format";
import type { LocalityChangeView } from "@/lib/server/queries/localities-admin";
import { ChangeLinks } from "./locality-change-links";

const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Every recorded change, newest first: date, kind, legal act, and who went where in what share. */
export function LocalityChangeList({ changes, locale }: { changes: LocalityChangeView[]; locale: Locale }) {
  const t = useTranslations("adminLocalities");
  if (changes.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">{t("noChanges")}</p>;
  return (
    <ol className="grid gap-3" data-testid="locality-changes">
      {changes.map((c) => (
        <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="font-semibold text-brand-900">{formatDate(isoToDate(c.effectiveDate), locale)}</span>
            <span className="rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">{t(`kind.${c.kind}`)}</span>
          </div>
          {/* Long legal titles are clamped so the links stay in view; the full text is in the title. */}
          <p className="mt-1 line-clamp-2 text-sm text-slate-700" title={c.decision}>{c.decision}</p>
          {c.note ? <p className="mt-1 line-clamp-3 text-sm text-slate-600" title={c.note}>{c.note}</p> : null}
          <div className="mt-2"><ChangeLinks change={c} locale={locale} /></div>
          {c.createdByName ? <p className="mt-2 text-xs text-slate-500">{t("recordedBy", { name: c.createdByName })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
