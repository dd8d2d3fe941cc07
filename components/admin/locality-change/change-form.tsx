"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useMemo, useState } from "react";
import { errorsOf, SelectField, submitWithoutReset, TextField } from "@/components/admin/fields";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { formatDate, type Locale } from "@/lib/format";
import { quarterOf, formatQuarter } from "@/lib/quarters";
import { LOCALITY_CHANGE_KINDS, type LocalityChangeKind } from "@/lib/schemas/locality-changes";
import { recordLocalityChangeAction } from "@/lib/server/actions/localities";
import type { ChangeFormUnit } from "@/lib/server/queries/admin-localities";
import {
  buildInput, existingSuccessorCandidates, parentCandidates, predecessorCandidates, readShare, routeErrors, shareKey, shareText,
  type ChangeDraft, type Sent, type SuccessorDraft,
} from "./form-state";
import { PredecessorsField } from "./predecessors-field";
import { SharesField } from "./shares-field";
import { SuccessorCard } from "./successor-card";
import { isoToDate, unitLabel } from "./unit-label";

/**
 * Records one change to the administrative map on one screen. The nested input travels as one JSON field
 * (`payload`); every field is controlled, so a rejected save keeps what was typed and shows each error beside
 * its field. On success the action opens the map on the effective date.
 */
export function LocalityChangeForm({ units, dates, defaultDate, locale }: { units: ChangeFormUnit[]; dates: string[]; defaultDate: string; locale: Locale }) {
  const t = useTranslations("adminLocalities.form");
  const tl = useTranslations("adminLocalities");
  const [state, formAction, pending] = useActionState(recordLocalityChangeAction, IDLE);
  const [draft, setDraft] = useState<ChangeDraft>({ kind: "MERGE", effectiveDate: defaultDate, decision: "", note: "", predecessors: [], successors: [], shares: {} });
  const [sent, setSent] = useState<Sent>({ predecessors: [], successorKeys: [], links: [] });
  const [nextKey, setNextKey] = useState(1);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const errors = routeErrors(errorsOf(state), sent);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const candidates = predecessorCandidates(units, draft.effectiveDate);
  const chosen = draft.predecessors.flatMap((id) => byId.get(id) ?? []);
  const { input } = buildInput(draft);

  const update = (patch: Partial<ChangeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // Units that no longer exist the day before the new date cannot be ended on it: drop them rather than send them.
  const setDate = (effectiveDate: string) => setDraft((d) => ({ ...d, effectiveDate, predecessors: d.predecessors.filter((id) => predecessorCandidates(units, effectiveDate).some((u) => u.id === id)) }));
  const addSuccessor = (mode: SuccessorDraft["mode"]) => {
    const key = `s${nextKey}`;
    setNextKey((n) => n + 1);
    setFocusKey(key);
    const successor: SuccessorDraft = mode === "EXISTING"
      ? { key, mode, localityId: "" }
      : { key, mode, code: "", name: "", level: "COMMUNE", type: "XA", parentId: "", population: "" };
    setDraft((d) => ({ ...d, successors: [...d.successors, successor] }));
  };
  const setShare = (p: number, s: string, field: "share" | "basis", value: string) =>
    setDraft((d) => {
      const key = shareKey(p, s);
      // Writing one cell fixes the others' defaults too, so they do not change under the admin's eyes.
      const current = { ...d.shares[key], share: d.shares[key]?.share ?? shareText(d, p, s) };
      return { ...d, shares: { ...d.shares, [key]: { ...current, [field]: value } } };
    });
  const successorLabel = (s: SuccessorDraft, index: number) => {
    if (s.mode === "NEW") return s.name.trim() !== "" ? `${s.name.trim()}${s.code ? ` (${s.code})` : ""}` : t("newSuccessorTitle", { n: index + 1 });
    const unit = byId.get(Number(s.localityId));
    return unit ? unitLabel(unit) : t("existingSuccessorTitle", { n: index + 1 });
  };
  const estimate = (key: string) => {
    const parts = chosen.map((p) => ({ population: p.population, share: readShare(shareText(draft, p.id, key)) })).filter((x) => typeof x.share === "number" && x.population !== null);
    return parts.length === 0 ? null : Math.round(parts.reduce((sum, x) => sum + (x.population ?? 0) * (x.share as number), 0));
  };
  const dateLabel = (iso: string) => `${formatDate(isoToDate(iso), locale)} · ${formatQuarter(quarterOf(isoToDate(iso)), locale)}`;
  const unrouted = Object.entries(errors.form).filter(([field]) => !["kind", "effectiveDate", "decision", "note", "predecessors", "successors"].includes(field)).flatMap(([, m]) => m);

  return (
    <form
      action={formAction}
      onSubmit={submitWithoutReset(formAction, () => setSent({ predecessors: draft.predecessors, successorKeys: draft.successors.map((s) => s.key), links: buildInput(draft).links }))}
      noValidate
      className="grid gap-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <input type="hidden" name="payload" value={JSON.stringify(input)} />
      <section className="grid gap-4 sm:grid-cols-2" aria-labelledby="change-general">
        <h2 id="change-general" className="font-semibold text-brand-900 sm:col-span-2">{t("generalLegend")}</h2>
        <SelectField id="change-kind" name="" label={t("kind")} required value={draft.kind} onChange={(v) => update({ kind: v as LocalityChangeKind })}
          options={LOCALITY_CHANGE_KINDS.map((k) => ({ value: k, label: tl(`kind.${k}`) }))} hint={t(`kindHint.${draft.kind}`)} errors={errors.form.kind} />
        <SelectField id="change-date" name="" label={t("effectiveDate")} required value={draft.effectiveDate} onChange={setDate}
          options={dates.map((d) => ({ value: d, label: dateLabel(d) }))} hint={t("effectiveDateHint")} errors={errors.form.effectiveDate} />
        <div className="sm:col-span-2">
          <TextField id="change-decision" name="" label={t("decision")} required value={draft.decision} onChange={(decision) => update({ decision })} hint={t("decisionHint")} errors={errors.form.decision} />
        </div>
        <div className="sm:col-span-2">
          <TextField id="change-note" name="" label={t("note")} multiline value={draft.note} onChange={(note) => update({ note })} errors={errors.form.note} />
        </div>
      </section>

      <PredecessorsField candidates={candidates} units={units} selected={draft.predecessors} onChange={(predecessors) => update({ predecessors })}
        errors={errors.form.predecessors} unitErrors={errors.predecessor} />

      <section className="grid gap-3" aria-labelledby="change-successors">
        <h2 id="change-successors" className="font-semibold text-brand-900">{t("successorsLegend")}</h2>
        <p className="text-sm text-slate-600">{t("successorsHint")}</p>
        {draft.successors.length > 0 ? (
          <ol className="grid gap-3">
            {draft.successors.map((s, index) => (
              <SuccessorCard key={s.key} successor={s} index={index} autoFocus={focusKey === s.key}
                existing={existingSuccessorCandidates(units, draft.effectiveDate, draft.predecessors)}
                parents={parentCandidates(units, draft.effectiveDate, s.mode === "NEW" ? s.level : "COMMUNE", draft.predecessors)}
                predecessors={chosen} estimate={estimate(s.key)} errors={errors.successor[s.key] ?? {}}
                onChange={(next) => setDraft((d) => ({ ...d, successors: d.successors.map((x) => (x.key === s.key ? next : x)) }))}
                onRemove={() => setDraft((d) => ({ ...d, successors: d.successors.filter((x) => x.key !== s.key) }))} />
            ))}
          </ol>
        ) : null}
        <p id="successors-error" aria-live="polite" className="text-sm font-medium text-band-low">{errors.form.successors?.join(" ")}</p>
        <div className="flex flex-col gap-2 sm:flex-row">
          <button type="button" onClick={() => addSuccessor("NEW")} className={buttonClass("secondary")}>{t("addNew")}</button>
          <button type="button" onClick={() => addSuccessor("EXISTING")} className={buttonClass("secondary")}>{t("addExisting")}</button>
        </div>
      </section>

      <section className="grid gap-3" aria-labelledby="change-shares">
        <h2 id="change-shares" className="font-semibold text-brand-900">{t("sharesLegend")}</h2>
        {chosen.length > 0 && draft.successors.length > 0 ? (
          <>
            <p className="text-sm text-slate-600">{t("sharesHint")}</p>
            <SharesField predecessors={chosen} successors={draft.successors.map((s, i) => ({ key: s.key, label: successorLabel(s, i) }))} locale={locale}
              text={(p, s) => shareText(draft, p, s)} basis={(p, s) => draft.shares[shareKey(p, s)]?.basis ?? ""}
              onShare={(p, s, v) => setShare(p, s, "share", v)} onBasis={(p, s, v) => setShare(p, s, "basis", v)} linkErrors={errors.link} />
          </>
        ) : (
          <p className="text-sm text-slate-600">{draft.kind === "ABOLISH" && draft.successors.length === 0 ? t("sharesAbolish") : t("sharesEmpty")}</p>
        )}
      </section>

      <div className="flex flex-col gap-3 border-t border-slate-100 pt-4 sm:flex-row sm:items-start">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("saving") : t("save")}</button>
        <Link href="/admin/localities" className={buttonClass("ghost")}>{t("cancel")}</Link>
        <div role="alert" className="text-sm font-medium text-band-low">
          {state.status === "error" ? <p>{state.message}</p> : null}
          {unrouted.length > 0 ? <ul className="mt-1 list-disc pl-5">{unrouted.map((m) => <li key={m}>{m}</li>)}</ul> : null}
        </div>
      </div>
    </form>
  );
}
