import Link from "next/link";
import { useTranslations } from "next-intl";
import { tableStyles } from "@/components/ui/table-styles";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatDate, formatValue, type Locale } from "@/lib/format";
import type { AdminTarget } from "@/lib/server/queries/admin-targets";
import { StackCell } from "./agencies-table";

/** Where a target's value came from: set directly, cascaded by a rule, or cascaded then changed by hand. */
export function TargetOrigin({ target }: { target: Pick<AdminTarget, "cascadeRule" | "overridden" | "cascadedFromId"> }) {
  const t = useTranslations("adminTargets");
  if (target.cascadedFromId === null) return <span className="text-slate-600">{t("origin.direct")}</span>;
  const rule = target.cascadeRule === "POPULATION_SHARE" ? "POPULATION_SHARE" : "SAME";
  return target.overridden
    ? <span className="font-medium text-band-mid">{t("origin.overridden", { rule: t(`rule.${rule}`) })}</span>
    : <span className="text-brand-800">{t("origin.cascaded", { rule: t(`rule.${rule}`) })}</span>;
}

export function TargetsTable({ targets, locale, caption }: { targets: AdminTarget[]; locale: Locale; caption: string }) {
  const t = useTranslations("adminTargets");
  if (targets.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">{t("empty")}</p>;
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <table className="block w-full text-left text-sm md:table" data-testid="targets-table">
        <caption className="sr-only">{caption}</caption>
        <thead className={`hidden ${tableStyles.head} md:table-header-group`}>
          <tr>
            {["indicator", "locality", "target", "baseline", "deadline", "lead", "origin"].map((c) => <th key={c} scope="col" className="px-3 py-2">{t(`col.${c}`)}</th>)}
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t("col.actions")}</span></th>
          </tr>
        </thead>
        <tbody className="block divide-y divide-slate-100 md:table-row-group">
          {targets.map((target) => {
            const name = locale === "vi" ? target.indicator.nameVi : target.indicator.nameEn;
            return (
              <tr key={target.id} data-target={target.id} className="block px-4 py-3 md:table-row md:p-0">
                <th scope="row" className="block pb-1 font-medium text-slate-900 md:table-cell md:px-3 md:py-2.5 md:align-top">
                  <span className="font-mono text-xs text-slate-500">{target.indicator.code}</span> <span className="block md:max-w-xs">{name}</span>
                </th>
                <StackCell label={t("col.locality")}>
                  {target.locality.name}
                  {target.locality.validTo ? <span className="block text-xs text-band-mid">{t("endedOn", { date: formatDate(new Date(`${target.locality.validTo}T00:00:00Z`), locale) })}</span> : null}
                </StackCell>
                <StackCell label={t("col.target")}><span className="whitespace-nowrap font-semibold tabular-nums">{COMPARATOR_SYMBOL[target.comparator]} {formatValue(target.value, target.indicator.unit, locale)}</span></StackCell>
                <StackCell label={t("col.baseline")}>{formatValue(target.baseline, target.indicator.unit, locale)}</StackCell>
                <StackCell label={t("col.deadline")}><span className="whitespace-nowrap">{target.deadline ? formatDate(new Date(`${target.deadline}T00:00:00Z`), locale) : "—"}</span></StackCell>
                <StackCell label={t("col.lead")}>{target.leadAgency?.shortName ?? "—"}</StackCell>
                <StackCell label={t("col.origin")}><TargetOrigin target={target} /></StackCell>
                <td className="block pt-2 md:table-cell md:px-3 md:py-2.5">
                  <Link href={`/admin/targets/${target.id}`} className="font-medium text-brand-700 hover:underline" aria-label={t("editLabel", { indicator: target.indicator.code, locality: target.locality.name })}>{t("edit")}</Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
