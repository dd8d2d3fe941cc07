/** A required "why" box (return, correction): label, textarea, optional hint and the field's errors, all wired for screen readers. */
export function ReasonField({ id, label, value, onChange, errors, hint, rows = 3 }: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: string[] | undefined;
  hint?: string;
  rows?: number;
}) {
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return (
    <>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label} <span aria-hidden="true" className="text-band-low">*</span>
      </label>
      <textarea
        id={id}
        name="reason"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-required="true"
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 w-full rounded-md border px-3 py-2 text-base ${errors ? "border-band-low bg-band-low-soft" : "border-slate-300"}`}
      />
      {hint ? <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p> : null}
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-band-low">{errors?.join(" ")}</p>
    </>
  );
}
