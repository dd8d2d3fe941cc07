"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { recordMeetingAction } from "@/lib/server/actions/tasks";
import { FieldError, FieldLabel, fieldAria, inputClass } from "./form-bits";

interface ConclusionDraft { key: number; text: string; added: boolean }

/**
 * Records a meeting and its conclusions ("Kết luận 1", "Kết luận 2", … — more added on demand). Every field is
 * controlled so what was typed survives an error; on success the action opens the new meeting's page.
 */
export function MeetingForm({ today }: { today: string }) {
  const t = useTranslations("meetings.form");
  const [state, formAction, pending] = useActionState(recordMeetingAction, IDLE);
  const [fields, setFields] = useState({ heldOn: today, title: "", chair: "", attendees: "" });
  const [conclusions, setConclusions] = useState<ConclusionDraft[]>([{ key: 0, text: "", added: false }]);
  // The action skips empty conclusions, so its error "conclusions.N" counts only the filled ones: remember which were sent.
  const [sent, setSent] = useState<number[]>([]);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const conclusionErrors = (index: number) => {
    const n = sent.indexOf(index);
    const own = n >= 0 ? errors[`conclusions.${n}`] : undefined;
    const none = index === 0 ? errors.conclusions : undefined;
    return own || none ? [...(own ?? []), ...(none ?? [])] : undefined;
  };
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));
  const text = (name: keyof typeof fields, label: string, multiline = false) => {
    const id = `meeting-${name}`;
    const props = { id, name, value: fields[name], onChange: set(name), ...fieldAria(id, errors[name], true), className: inputClass(Boolean(errors[name])) };
    return (
      <div>
        <FieldLabel htmlFor={id} required>{label}</FieldLabel>
        {multiline ? <textarea rows={3} {...props} /> : <input type={name === "heldOn" ? "date" : "text"} {...props} />}
        <FieldError id={id} errors={errors[name]} />
      </div>
    );
  };
  return (
    <form
      action={formAction}
      onSubmit={() => setSent(conclusions.flatMap((c, i) => (c.text.trim() !== "" ? [i] : [])))}
      className="grid gap-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      noValidate
    >
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        {text("heldOn", t("heldOn"))}
        {text("title", t("title"))}
      </div>
      {text("chair", t("chair"))}
      {text("attendees", t("attendees"), true)}
      <fieldset className="grid gap-3">
        <legend className="mb-1 font-semibold text-brand-900">{t("conclusionsLegend")}</legend>
        <p className="-mt-1 text-sm text-slate-600">{t("conclusionsHint")}</p>
        <ol className="grid gap-3">
          {conclusions.map((c, index) => {
            const id = `meeting-conclusion-${c.key}`;
            const own = conclusionErrors(index);
            return (
              <li key={c.key}>
                <div className="flex items-end justify-between gap-2">
                  <FieldLabel htmlFor={id} required={index === 0}>{t("conclusion", { n: index + 1 })}</FieldLabel>
                  {conclusions.length > 1 ? (
                    <button type="button" onClick={() => setConclusions((list) => list.filter((x) => x.key !== c.key))} className="text-sm font-medium text-slate-600 underline hover:text-band-low">
                      {t("remove", { n: index + 1 })}
                    </button>
                  ) : null}
                </div>
                <textarea
                  id={id}
                  name="conclusion"
                  rows={3}
                  value={c.text}
                  autoFocus={c.added}
                  onChange={(e) => setConclusions((list) => list.map((x) => (x.key === c.key ? { ...x, text: e.target.value } : x)))}
                  {...fieldAria(id, own, index === 0)}
                  className={inputClass(Boolean(own))}
                />
                <FieldError id={id} errors={own} />
              </li>
            );
          })}
        </ol>
        <div>
          <button
            type="button"
            onClick={() => setConclusions((list) => [...list, { key: Math.max(...list.map((x) => x.key)) + 1, text: "", added: true }])}
            disabled={conclusions.length >= 30}
            className={buttonClass("secondary")}
          >
            {t("addConclusion")}
          </button>
        </div>
      </fieldset>
      <div className="flex flex-col gap-3 border-t border-slate-100 pt-4 sm:flex-row sm:items-center">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("saving") : t("save")}</button>
        <Link href="/committee/meetings" className={buttonClass("ghost")}>{t("cancel")}</Link>
        <p role="alert" className="text-sm font-medium text-band-low">{state.status === "error" ? state.message : null}</p>
      </div>
    </form>
  );
}
