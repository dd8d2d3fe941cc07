"use client";
import { startTransition, type FormEvent, type ReactNode } from "react";
import { FieldError, FieldLabel, fieldAria, inputClass } from "@/components/committee/meetings/form-bits";
import type { ActionResult } from "@/lib/action-result";

// Labelled, controlled admin form fields: a visible label, an always-present error line (aria-live) tied to the
// field by aria-describedby, and an optional hint. Controlled so what was typed survives a rejected save.

export type FieldErrors = Record<string, string[]>;

/**
 * Submits a form's action without React's automatic form reset: the reset puts controlled <select>s, checkboxes
 * and radios back to their first option on screen while their state keeps the chosen value, so after a
 * rejected save the screen would lie. Keep `action={formAction}` too, for a submission before hydration.
 */
export function submitWithoutReset(formAction: (data: FormData) => void, before?: () => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    before?.();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
}

export function errorsOf(state: ActionResult): FieldErrors {
  return state.status === "error" ? state.fieldErrors : {};
}

interface BaseProps { id: string; name: string; label: string; errors: string[] | undefined; required?: boolean; hint?: string; autoFocus?: boolean }

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  return hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p> : null;
}

function describedBy(id: string, hint: string | undefined) {
  return hint ? `${id}-hint ${id}-error` : `${id}-error`;
}

export function TextField({ id, name, label, errors, required = false, hint, autoFocus, value, onChange, type = "text", inputMode, autoComplete = "off", multiline = false }: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "date" | "number" | "password";
  inputMode?: "decimal" | "numeric";
  autoComplete?: string;
  multiline?: boolean;
}) {
  const props = {
    id, name, value, autoFocus, onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    ...fieldAria(id, errors, required), "aria-describedby": describedBy(id, hint), className: inputClass(Boolean(errors)),
  };
  return (
    <div>
      <FieldLabel htmlFor={id} required={required}>{label}</FieldLabel>
      {multiline ? <textarea rows={3} {...props} /> : <input type={type} inputMode={inputMode} autoComplete={autoComplete} {...props} />}
      <Hint id={id} hint={hint} />
      <FieldError id={id} errors={errors} />
    </div>
  );
}

export interface SelectOption { value: string; label: string }

/** Options may come in labelled groups (<optgroup>), e.g. units by level. */
export function SelectField({ id, name, label, errors, required = false, hint, autoFocus, value, onChange, options = [], groups = [], placeholder }: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  options?: SelectOption[];
  groups?: { label: string; options: SelectOption[] }[];
  placeholder?: string;
}) {
  return (
    <div>
      <FieldLabel htmlFor={id} required={required}>{label}</FieldLabel>
      <select
        id={id}
        name={name}
        value={value}
        autoFocus={autoFocus}
        onChange={(e) => onChange(e.target.value)}
        {...fieldAria(id, errors, required)}
        aria-describedby={describedBy(id, hint)}
        className={inputClass(Boolean(errors))}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        {groups.filter((g) => g.options.length > 0).map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </optgroup>
        ))}
      </select>
      <Hint id={id} hint={hint} />
      <FieldError id={id} errors={errors} />
    </div>
  );
}

/** The outcome of the last save: a polite live region for success, an alert-coloured line for failures. */
export function FormStatus({ state, id }: { state: ActionResult; id?: string }) {
  return (
    <p id={id} role="status" aria-live="polite" className={`text-sm ${state.status === "error" ? "font-medium text-band-low" : "text-band-met"}`}>
      {state.status === "idle" ? null : state.message}
    </p>
  );
}

export function FormCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 className="mb-3 font-semibold text-brand-900">{title}</h2>
      {children}
    </section>
  );
}
