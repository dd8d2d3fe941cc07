import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/format";
import type { TargetFilters } from "@/lib/server/queries/admin-targets";

const select = "mt-1 block w-full min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm";

/** A plain GET form, so a filtered list has its own address and works without JavaScript. */
export function TargetFiltersForm({ filters, years, indicators, locale }: {
  filters: TargetFilters; years: number[]; indicators: { id: number; code: string; nameVi: string; nameEn: string }[]; locale: Locale;
}) {
  const t = useTranslations("adminTargets");
  const tl = useTranslations("adminLocalities");
  const yearChoices = [...new Set([...years, filters.year])].sort();
  const newHref = `/admin/targets/new?year=${filters.year}${filters.indicatorId !== null ? `&indicator=${filters.indicatorId}` : ""}`;
  return (
    <div className="mb-4 flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
      <form method="get" className="grid gap-3 sm:grid-cols-[8rem_minmax(0,1fr)_10rem_auto] sm:items-end">
        <div>
          <label htmlFor="filter-year" className="block text-sm font-medium text-slate-900">{t("filterYear")}</label>
          <select id="filter-year" name="year" defaultValue={filters.year} className={select}>{yearChoices.map((y) => <option key={y} value={y}>{y}</option>)}</select>
        </div>
        <div>
          <label htmlFor="filter-indicator" className="block text-sm font-medium text-slate-900">{t("filterIndicator")}</label>
          <select id="filter-indicator" name="indicator" defaultValue={filters.indicatorId ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {indicators.map((i) => <option key={i.id} value={i.id}>{`${i.code} · ${locale === "vi" ? i.nameVi : i.nameEn}`}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filter-level" className="block text-sm font-medium text-slate-900">{t("filterLevel")}</label>
          <select id="filter-level" name="level" defaultValue={filters.level ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {(["PROVINCE", "DISTRICT", "COMMUNE"] as const).map((l) => <option key={l} value={l}>{tl(`level.${l}`)}</option>)}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>{t("filter")}</button>
      </form>
      <Link href={newHref} className={buttonClass("primary", "whitespace-nowrap")}>{t("new")}</Link>
    </div>
  );
}
