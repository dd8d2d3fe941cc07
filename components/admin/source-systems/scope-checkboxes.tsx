"use client";
import { useTranslations } from "next-intl";

export interface ScopeItem { id: number; label: string; hint?: string }
export interface ScopeGroup { key: string; label: string; items: ScopeItem[] }

/**
 * One scope dimension (indicators or localities) as ticked boxes in labelled groups, each group with
 * "select all" / "clear". The boxes submit as repeated `name` fields; the error line sits under the fieldset.
 */
export function ScopeCheckboxes({ id, name, legend, groups, selected, onChange, errors }: {
  id: string;
  name: string;
  legend: string;
  groups: ScopeGroup[];
  selected: Set<number>;
  onChange: (next: Set<number>) => void;
  errors: string[] | undefined;
}) {
  const t = useTranslations("sourceSystems.issue");
  const setMany = (ids: number[], on: boolean) => {
    const next = new Set(selected);
    for (const item of ids) { if (on) next.add(item); else next.delete(item); }
    onChange(next);
  };
  return (
    <fieldset aria-describedby={`${id}-error`} aria-invalid={errors ? true : undefined} className={`rounded-md border p-3 ${errors ? "border-band-low" : "border-slate-200"}`}>
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {legend} <span className="font-normal text-slate-600">({t("selected", { count: selected.size })})</span>
      </legend>
      <div className="grid gap-4">
        {groups.map((group) => (
          <div key={group.key} role="group" aria-labelledby={`${id}-${group.key}`}>
            <div className="mb-1 flex flex-wrap items-center gap-x-3 gap-y-1">
              <h4 id={`${id}-${group.key}`} className="text-sm font-medium text-brand-900">{group.label}</h4>
              <button type="button" className="text-xs font-medium text-brand-700 hover:underline" aria-label={t("selectAllLabel", { group: group.label })} onClick={() => setMany(group.items.map((i) => i.id), true)}>{t("selectAll")}</button>
              <button type="button" className="text-xs font-medium text-slate-600 hover:underline" aria-label={t("clearLabel", { group: group.label })} onClick={() => setMany(group.items.map((i) => i.id), false)}>{t("clear")}</button>
            </div>
            <ul className="grid gap-1 sm:grid-cols-2">
              {group.items.map((item) => (
                <li key={item.id}>
                  <label className="flex min-h-9 cursor-pointer items-start gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50">
                    <input type="checkbox" name={name} value={item.id} checked={selected.has(item.id)} onChange={(e) => setMany([item.id], e.target.checked)} className="mt-0.5 size-4 shrink-0" />
                    <span>{item.label}{item.hint ? <span className="block text-xs text-slate-500">{item.hint}</span> : null}</span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-band-low">{errors?.join(" ")}</p>
    </fieldset>
  );
}
