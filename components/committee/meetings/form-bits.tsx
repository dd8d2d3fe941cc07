import type { ReactNode } from "react";

// The pieces every field of the meeting and task forms shares: a visible label, and an error line that
// is always present (so screen readers hear it when it fills) and tied to the field by aria-describedby.

export function inputClass(invalid: boolean, extra = ""): string {
  return `mt-1 block w-full rounded-md border px-3 py-2 text-base sm:text-sm ${invalid ? "border-band-low bg-band-low-soft" : "border-slate-300 bg-white"} ${extra}`.trim();
}

export function fieldAria(id: string, errors: string[] | undefined, required = false) {
  return {
    "aria-invalid": errors ? true : undefined,
    "aria-required": required ? true : undefined,
    "aria-describedby": `${id}-error`,
  } as const;
}

export function FieldLabel({ htmlFor, required = false, children }: { htmlFor: string; required?: boolean; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-900">
      {children}
      {required ? <span aria-hidden="true" className="ml-0.5 text-band-low">*</span> : null}
    </label>
  );
}

export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  return <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-band-low">{errors?.join(" ")}</p>;
}
