import Link from "next/link";
import { useTranslations } from "next-intl";
import { tableStyles } from "@/components/ui/table-styles";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatDate, formatValue } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { publicHref, publicPaths } from "@/lib/public-routes";
import { formatQuarter, parseQuarterKey, quarterStart, type Quarter } from "@/lib/quarters";
import type { PublicIndicator, PublicIndicatorLocality } from "@/lib/server/queries/public/indicator";
import { ProvenancePopover } from "./provenance-popover";

const label = (key: string, locale: AppLocale) => { const q = parseQuarterKey(key); return q ? formatQuarter(q, locale) : key; };
const quarterOnly = (q: Quarter, locale: AppLocale) => (locale === "vi" ? `Quý ${["I", "II", "III", "IV"][q.quarter - 1]}` : `Q${q.quarter}`);

/** The quarters of each year, in order; a method change marks the first quarter measured the new way. */
function columnsByYear(data: PublicIndicator) {
  const quarters = data.periods.map((key) => ({ key, q: parseQuarterKey(key) })).filter((c): c is { key: string; q: Quarter } => c.q !== null);
  const marked = new Set(data.breaks.flatMap((b) => quarters.find((c) => quarterStart(c.q).toISOString().slice(0, 10) >= b.date)?.key ?? []));
  const years = [...new Set(quarters.map((c) => c.q.year))];
  return years.map((year) => ({ year, quarters: quarters.filter((c) => c.q.year === year).map((c) => ({ ...c, broken: marked.has(c.key) })) }));
}

/**
 * Rows are the localities that report the indicator (past units included, marked), columns the quarters with
 * approved values grouped by year, each year closed by the row's target. A corrected value opens its history.
 */
export function IndicatorTable({ data, locale }: { data: PublicIndicator; locale: AppLocale }) {
  const t = useTranslations("publicIndicator");
  const name = locale === "vi" ? data.nameVi : data.nameEn;
  const years = columnsByYear(data);
  const breakBorder = "border-l-2 border-dashed border-amber-700";
  const ended = (l: PublicIndicatorLocality) =>
    l.validTo ? t(l.current ? "endedFuture" : "endedPast", { date: formatDate(new Date(l.validTo), locale) }) : null;
  return (
    <div className={tableStyles.frame}>
      <table className="w-full text-left text-sm" data-testid="indicator-table">
        <caption className="sr-only">{t("seriesCaption", { name })}</caption>
        <thead className={tableStyles.head}>
          <tr>
            <th scope="col" rowSpan={2} className="sticky left-0 z-10 bg-slate-100 px-3 py-2 align-bottom">{t("colLocality")}</th>
            {years.map((y) => <th key={y.year} scope="colgroup" colSpan={y.quarters.length + 1} className="border-l border-slate-200 px-3 pt-2 text-center">{y.year}</th>)}
          </tr>
          <tr>
            {years.flatMap((y) => [
              ...y.quarters.map((c) => (
                <th key={c.key} scope="col" className={`relative whitespace-nowrap px-3 py-2 text-right ${c.broken ? breakBorder : "border-l border-slate-200"}`} data-period={c.key}>
                  <span className="sr-only">{label(c.key, locale)}</span>
                  <span aria-hidden="true">{quarterOnly(c.q, locale)}</span>
                  {c.broken ? <span className="block text-[0.65rem] font-semibold normal-case tracking-normal text-amber-800" data-testid="break-mark">{t("breakMark")}</span> : null}
                </th>
              )),
              <th key={`target-${y.year}`} scope="col" className="whitespace-nowrap px-3 py-2 text-right">{t("colTarget", { year: y.year })}</th>,
            ])}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.localities.map((l) => (
            <tr key={`${l.code}-${l.validFrom}`} data-locality={l.code} className={l.current ? "" : "bg-slate-50"}>
              <th scope="row" className={`sticky left-0 z-10 min-w-[9rem] max-w-[12rem] px-3 py-2 font-normal ${l.current ? "bg-white" : "bg-slate-50"}`}>
                <span className="block">
                  <Link href={publicHref(locale, publicPaths.locality(l.code))} className="font-medium text-brand-800 underline decoration-slate-300 underline-offset-2 hover:text-brand-900">{l.name}</Link>
                  {l.parentName ? <span className="block text-xs text-slate-500">{l.parentName}</span> : null}
                  {ended(l) ? <span className="block text-xs font-medium text-amber-900" data-testid="ended">{ended(l)}</span> : null}
                </span>
              </th>
              {years.flatMap((y) => {
                const target = l.targets.find((x) => x.year === y.year);
                return [
                  ...y.quarters.map((c) => {
                    const cell = l.cells.find((x) => x.period === c.key);
                    return (
                      <td key={c.key} className={`px-3 py-2 text-right tabular-nums ${c.broken ? breakBorder : "border-l border-slate-100"}`} data-period={c.key}>
                        {/* nowrap on the value only: the popover inside the cell must wrap its text. */}
                        <span className="whitespace-nowrap">{formatValue(cell?.value, data.unit, locale)}</span>
                        {cell && cell.corrections.length > 0 ? (
                          <ProvenancePopover
                            id={`cell-${l.code}-${l.validFrom}-${c.key}`}
                            provenance={{ reporter: cell.reporter, period: cell.period, approvedAt: cell.approvedAt, formula: data.definition, numerator: data.numerator, denominator: data.denominator, source: data.source, breaks: data.breaks, corrections: cell.corrections, origin: cell.origin, sourceSystem: cell.sourceSystem, deviations: data.deviations }}
                            indicatorName={t("provenanceName", { indicator: name, locality: l.name, period: label(c.key, locale) })}
                            unit={data.unit}
                            locale={locale}
                          />
                        ) : null}
                      </td>
                    );
                  }),
                  <td key={`target-${y.year}`} className="whitespace-nowrap px-3 py-2 text-right tabular-nums text-slate-600">
                    {target ? `${COMPARATOR_SYMBOL[target.comparator]} ${formatValue(target.value, data.unit, locale)}` : "—"}
                  </td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
