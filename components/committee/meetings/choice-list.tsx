"use client";
import { useTranslations } from "next-intl";

export interface ChoiceItem { value: string; label: string; disabled?: boolean }

/** A multi-choice as checkboxes in a scrolling box (agencies, localities, indicators), each field value repeated by name. */
export function ChoiceList({ id, name, legend, optional = false, items, selected, onChange, errors }: {
  id: string;
  name: string;
  legend: string;
  optional?: boolean;
  items: ChoiceItem[];
  selected: string[];
  onChange: (next: string[]) => void;
  errors: string[] | undefined;
}) {
  const t = useTranslations("meetings.assign");
  const toggle = (value: string, on: boolean) => onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset aria-describedby={`${id}-count ${id}-error`} aria-invalid={errors ? true : undefined}>
      <legend className="text-sm font-medium text-slate-900">
        {legend}
        {optional ? <span className="ml-1 font-normal text-slate-500">{t("optional")}</span> : null}
      </legend>
      <p id={`${id}-count`} className="text-xs text-slate-500">{t("selectedCount", { count: selected.length })}</p>
      <ul className={`mt-1 max-h-40 overflow-y-auto rounded-md border p-1 ${errors ? "border-band-low" : "border-slate-300"}`}>
        {items.map((item) => (
          <li key={item.value}>
            <label className={`flex min-h-9 items-start gap-2 rounded px-2 py-1.5 text-sm ${item.disabled ? "text-slate-400" : "cursor-pointer hover:bg-slate-50"}`}>
              <input
                type="checkbox"
                name={name}
                value={item.value}
                checked={selected.includes(item.value)}
                disabled={item.disabled}
                onChange={(e) => toggle(item.value, e.target.checked)}
                className="mt-0.5 h-4 w-4 shrink-0"
              />
              <span>{item.label}</span>
            </label>
          </li>
        ))}
      </ul>
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-band-low">{errors?.join(" ")}</p>
    </fieldset>
  );
}
