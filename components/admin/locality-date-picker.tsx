import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { formatDate, type Locale } from "@/lib/format";

const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dayBefore = (iso: string) => new Date(isoToDate(iso).getTime() - 86_400_000).toISOString().slice(0, 10);

/** A plain GET form (works without JavaScript), plus one-click dates: today, and the eve and day of each change. */
export function LocalityDatePicker({ date, today, changeDates, locale }: { date: string; today: string; changeDates: string[]; locale: Locale }) {
  const t = useTranslations("adminLocalities");
  const quick = [...new Set([today, ...[...new Set(changeDates)].slice(0, 3).flatMap((d) => [dayBefore(d), d])])];
  return (
    <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="map-date" className="block text-sm font-medium text-slate-900">{t("dateLabel")}</label>
          <input id="map-date" name="date" type="date" defaultValue={date} required className="mt-1 min-h-10 rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm" />
        </div>
        <button type="submit" className={buttonClass("secondary")}>{t("show")}</button>
      </form>
      <nav aria-label={t("quickDates")} className="flex flex-wrap gap-2 text-sm">
        {quick.map((d) => (
          <Link key={d} href={`/admin/localities?date=${d}`} aria-current={d === date ? "true" : undefined}
            className={`rounded-full border px-3 py-1 ${d === date ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-slate-300 text-slate-700 hover:bg-slate-100"}`}>
            {d === today ? t("today", { date: formatDate(isoToDate(d), locale) }) : formatDate(isoToDate(d), locale)}
          </Link>
        ))}
      </nav>
    </div>
  );
}
