"use client";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { inputClass } from "@/components/committee/meetings/form-bits";
import type { ChangeFormUnit } from "@/lib/server/queries/admin-localities";
import { unitLabel } from "./unit-label";

/**
 * The units the change ends: a filter box over a checkbox list (native controls, so Tab/Space work), and the
 * chosen ones listed with their own errors (e.g. a unit already ended by another change).
 */
export function PredecessorsField({ candidates, units, selected, onChange, errors, unitErrors }: {
  candidates: ChangeFormUnit[];
  units: ChangeFormUnit[];
  selected: number[];
  onChange: (next: number[]) => void;
  errors: string[] | undefined;
  unitErrors: Record<number, string[]>;
}) {
  const t = useTranslations("adminLocalities.form");
  const tl = useTranslations("adminLocalities");
  const [filter, setFilter] = useState("");
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const needle = filter.trim().toLocaleLowerCase("vi");
  const shown = candidates.filter((u) => needle === "" || unitLabel(u).toLocaleLowerCase("vi").includes(needle));
  const toggle = (id: number, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  const parentName = (u: ChangeFormUnit) => (u.parentId === null ? null : byId.get(u.parentId)?.name ?? null);
  return (
    <fieldset className="grid gap-2" aria-describedby="predecessors-count predecessors-error">
      <legend className="font-semibold text-brand-900">{t("predecessorsLegend")}</legend>
      <p className="text-sm text-slate-600">{t("predecessorsHint")}</p>
      <label htmlFor="predecessor-filter" className="text-sm font-medium text-slate-900">{t("filter")}</label>
      <input id="predecessor-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" className={inputClass(false, "mt-0")} />
      <p id="predecessors-count" className="text-xs text-slate-500">{t("selectedCount", { count: selected.length, total: candidates.length })}</p>
      <ul className={`max-h-64 overflow-y-auto rounded-md border p-1 ${errors ? "border-band-low" : "border-slate-300"}`}>
        {shown.length === 0 ? <li className="px-2 py-1.5 text-sm text-slate-500">{t("noCandidates")}</li> : null}
        {shown.map((u) => (
          <li key={u.id}>
            <label className="flex min-h-10 cursor-pointer items-start gap-2 rounded px-2 py-1.5 text-sm hover:bg-slate-50">
              <input type="checkbox" checked={selected.includes(u.id)} onChange={(e) => toggle(u.id, e.target.checked)} className="mt-0.5 h-4 w-4 shrink-0" />
              <span>
                {unitLabel(u)}
                <span className="block text-xs text-slate-500">{[tl(`level.${u.level}`), parentName(u)].filter(Boolean).join(" · ")}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p id="predecessors-error" aria-live="polite" className="text-sm font-medium text-band-low">{errors?.join(" ")}</p>
      {selected.length > 0 ? (
        <div>
          <h3 className="text-sm font-medium text-slate-900">{t("chosen")}</h3>
          <ul className="mt-1 flex flex-wrap gap-2">
            {selected.map((id) => {
              const unit = byId.get(id);
              const own = unitErrors[id];
              return (
                <li key={id} className={`rounded-md border px-2 py-1 text-sm ${own ? "border-band-low bg-band-low-soft" : "border-slate-200 bg-slate-50"}`}>
                  <span>{unit ? unitLabel(unit) : id}</span>
                  <button type="button" onClick={() => toggle(id, false)} className="ml-2 font-medium text-slate-600 underline hover:text-band-low"
                    aria-label={t("removePredecessor", { unit: unit ? unitLabel(unit) : String(id) })}>
                    {t("remove")}
                  </button>
                  {own ? <span role="alert" className="block text-xs font-medium text-band-low">{own.join(" ")}</span> : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
