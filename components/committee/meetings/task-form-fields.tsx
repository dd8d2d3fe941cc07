"use client";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/format";
import { ChoiceList } from "./choice-list";
import { FieldError, FieldLabel, fieldAria, inputClass } from "./form-bits";
import type { TaskFormOptions, TaskFormValues } from "./types";

type Errors = Record<string, string[]>;

/** Errors of a repeated field arrive per item ("cooperatingAgencyIds.2"); they are shown once, on the group. */
function errorsFor(errors: Errors, name: string): string[] | undefined {
  const found = Object.entries(errors).filter(([key]) => key === name || key.startsWith(`${name}.`)).flatMap(([, list]) => list);
  return found.length > 0 ? [...new Set(found)] : undefined;
}

/** The task form's fields (names as in lib/schemas/task-forms.ts), controlled by the dialog that owns the values. */
export function TaskFormFields({ idPrefix, values, onChange, errors, options, locale }: {
  idPrefix: string;
  values: TaskFormValues;
  onChange: (patch: Partial<TaskFormValues>) => void;
  errors: Errors;
  options: TaskFormOptions;
  locale: Locale;
}) {
  const t = useTranslations("meetings.assign");
  const tKind = useTranslations("tasks.kind");
  const id = (name: string) => `${idPrefix}-${name}`;
  // An unchosen select comes back as "invalid id"; say what to do instead.
  const chosen: Partial<Record<string, string>> = { pillarCode: t("pillarRequired"), leadAgencyId: t("leadRequired") };
  const err = (name: string) => {
    const found = errorsFor(errors, name);
    const empty = name in chosen && values[name as "pillarCode" | "leadAgencyId"] === "";
    return found && empty ? [chosen[name] ?? found[0] ?? ""] : found;
  };
  const text = (name: "title" | "deadline", label: string, type: "text" | "date") => (
    <div>
      <FieldLabel htmlFor={id(name)} required>{label}</FieldLabel>
      <input id={id(name)} name={name} type={type} value={values[name]} onChange={(e) => onChange({ [name]: e.target.value })} {...fieldAria(id(name), err(name), true)} className={inputClass(Boolean(err(name)))} />
      <FieldError id={id(name)} errors={err(name)} />
    </div>
  );
  const select = (name: "pillarCode" | "leadAgencyId", label: string, placeholder: string, items: { value: string; label: string }[]) => (
    <div>
      <FieldLabel htmlFor={id(name)} required>{label}</FieldLabel>
      <select id={id(name)} name={name} value={values[name]} onChange={(e) => onChange({ [name]: e.target.value })} {...fieldAria(id(name), err(name), true)} className={inputClass(Boolean(err(name)))}>
        <option value="">{placeholder}</option>
        {items.map((item) => <option key={item.value} value={item.value}>{item.label}</option>)}
      </select>
      <FieldError id={id(name)} errors={err(name)} />
    </div>
  );
  return (
    <div className="grid gap-4">
      {text("title", t("taskTitle"), "text")}
      <fieldset aria-describedby={`${id("kind")}-error`}>
        <legend className="text-sm font-medium text-slate-900">{t("kind")}</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {(["TASK", "PILOT_MODEL"] as const).map((kind) => (
            <label key={kind} className={`flex min-h-10 cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm ${values.kind === kind ? "border-brand-600 bg-brand-50" : "border-slate-300"}`}>
              <input type="radio" name="kind" value={kind} checked={values.kind === kind} onChange={() => onChange({ kind })} className="h-4 w-4" />
              {tKind(kind)}
            </label>
          ))}
        </div>
        <FieldError id={id("kind")} errors={err("kind")} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {select("pillarCode", t("pillar"), t("choosePillar"), options.pillars.map((p) => ({ value: p.code, label: locale === "vi" ? p.nameVi : p.nameEn })))}
        {select("leadAgencyId", t("lead"), t("chooseLead"), options.agencies.map((a) => ({ value: String(a.id), label: a.name })))}
      </div>
      <div className="sm:max-w-[calc(50%-0.5rem)]">{text("deadline", t("deadline"), "date")}</div>
      <ChoiceList
        id={id("cooperating")}
        name="cooperatingAgencyIds"
        legend={t("cooperating")}
        optional
        items={options.agencies.map((a) => ({ value: String(a.id), label: a.name, disabled: String(a.id) === values.leadAgencyId }))}
        selected={values.cooperatingAgencyIds.filter((v) => v !== values.leadAgencyId)}
        onChange={(next) => onChange({ cooperatingAgencyIds: next })}
        errors={err("cooperatingAgencyIds")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <ChoiceList
          id={id("localities")}
          name="localityIds"
          legend={t("localities")}
          optional
          items={options.localities.map((l) => ({ value: String(l.id), label: l.name }))}
          selected={values.localityIds}
          onChange={(next) => onChange({ localityIds: next })}
          errors={err("localityIds")}
        />
        <ChoiceList
          id={id("indicators")}
          name="indicatorIds"
          legend={t("indicators")}
          optional
          items={options.indicators.map((i) => ({ value: String(i.id), label: `${i.code} · ${locale === "vi" ? i.nameVi : i.nameEn}` }))}
          selected={values.indicatorIds}
          onChange={(next) => onChange({ indicatorIds: next })}
          errors={err("indicatorIds")}
        />
      </div>
      <div>
        <FieldLabel htmlFor={id("description")}>{t("description")}</FieldLabel>
        <textarea id={id("description")} name="description" rows={3} value={values.description} onChange={(e) => onChange({ description: e.target.value })} {...fieldAria(id("description"), err("description"))} className={inputClass(Boolean(err("description")))} />
        <FieldError id={id("description")} errors={err("description")} />
      </div>
    </div>
  );
}
