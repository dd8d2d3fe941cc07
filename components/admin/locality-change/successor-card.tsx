"use client";
import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/admin/fields";
import { FieldError } from "@/components/committee/meetings/form-bits";
import type { LocalityLevel, LocalityType } from "@/generated/prisma/enums";
import type { ChangeFormUnit } from "@/lib/server/queries/admin-localities";
import { TYPES_BY_LEVEL, type NewSuccessorDraft, type SuccessorDraft } from "./form-state";
import { unitLabel } from "./unit-label";

const LEVELS: LocalityLevel[] = ["COMMUNE", "DISTRICT", "PROVINCE"];

/** One successor: an existing unit that absorbs a part, or a new unit with its code, name, level, type, parent and population. */
export function SuccessorCard({ successor, index, existing, parents, predecessors, estimate, errors, autoFocus, onChange, onRemove }: {
  successor: SuccessorDraft;
  index: number;
  existing: ChangeFormUnit[];
  parents: ChangeFormUnit[];
  predecessors: ChangeFormUnit[];
  /** Residents the shares carry over, offered as the new unit's population. */
  estimate: number | null;
  errors: Record<string, string[]>;
  autoFocus: boolean;
  onChange: (next: SuccessorDraft) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("adminLocalities.form");
  const id = `successor-${successor.key}`;
  const title = t(successor.mode === "NEW" ? "newSuccessorTitle" : "existingSuccessorTitle", { n: index + 1 });
  return (
    <li className={`rounded-lg border p-3 sm:p-4 ${errors._ ? "border-band-low" : "border-slate-200"} bg-slate-50`} aria-labelledby={`${id}-title`}>
      <div className="mb-2 flex items-start justify-between gap-2">
        <h3 id={`${id}-title`} className="font-medium text-slate-900">{title}</h3>
        <button type="button" onClick={onRemove} className="text-sm font-medium text-slate-600 underline hover:text-band-low">{t("removeSuccessor", { n: index + 1 })}</button>
      </div>
      <FieldError id={id} errors={errors._} />
      {successor.mode === "EXISTING" ? (
        <SelectField id={`${id}-locality`} name="" label={t("existingUnit")} required autoFocus={autoFocus} value={successor.localityId} placeholder={t("choose")}
          options={existing.map((u) => ({ value: String(u.id), label: unitLabel(u) }))} errors={errors.localityId}
          onChange={(localityId) => onChange({ ...successor, localityId })} />
      ) : (
        <NewUnitFields id={id} unit={successor} parents={parents} predecessors={predecessors} estimate={estimate} errors={errors} autoFocus={autoFocus} onChange={onChange} />
      )}
    </li>
  );
}

function NewUnitFields({ id, unit, parents, predecessors, estimate, errors, autoFocus, onChange }: {
  id: string; unit: NewSuccessorDraft; parents: ChangeFormUnit[]; predecessors: ChangeFormUnit[]; estimate: number | null;
  errors: Record<string, string[]>; autoFocus: boolean; onChange: (next: SuccessorDraft) => void;
}) {
  const t = useTranslations("adminLocalities.form");
  const tl = useTranslations("adminLocalities");
  const set = (patch: Partial<NewSuccessorDraft>) => onChange({ ...unit, ...patch });
  // A rename or an upgrade keeps most of the old unit: copying it saves typing and typos in the code.
  const copyFrom = (value: string) => {
    const source = predecessors.find((p) => String(p.id) === value);
    if (!source) return;
    const parentStillValid = parents.some((p) => p.id === source.parentId);
    set({ code: source.code, name: source.name, level: source.level, type: source.type, parentId: parentStillValid ? String(source.parentId) : "", population: source.population === null ? "" : String(source.population) });
  };
  const setLevel = (level: LocalityLevel) => set({ level, type: TYPES_BY_LEVEL[level].includes(unit.type) ? unit.type : (TYPES_BY_LEVEL[level][0] ?? unit.type), parentId: "" });
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {predecessors.length > 0 ? (
        <div className="sm:col-span-2">
          <label htmlFor={`${id}-copy`} className="block text-sm font-medium text-slate-900">{t("copyFrom")}</label>
          <select id={`${id}-copy`} value="" onChange={(e) => copyFrom(e.target.value)} autoFocus={autoFocus}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm">
            <option value="">{t("copyFromNone")}</option>
            {predecessors.map((p) => <option key={p.id} value={p.id}>{unitLabel(p)}</option>)}
          </select>
        </div>
      ) : null}
      <TextField id={`${id}-name`} name="" label={t("unitName")} required autoFocus={autoFocus && predecessors.length === 0} value={unit.name} onChange={(name) => set({ name })} errors={errors.name} />
      <TextField id={`${id}-code`} name="" label={t("unitCode")} hint={t("unitCodeHint")} required inputMode="numeric" value={unit.code} onChange={(code) => set({ code })} errors={errors.code} />
      <SelectField id={`${id}-level`} name="" label={t("unitLevel")} required value={unit.level} onChange={(v) => setLevel(v as LocalityLevel)}
        options={LEVELS.map((l) => ({ value: l, label: tl(`level.${l}`) }))} errors={errors.level} />
      <SelectField id={`${id}-type`} name="" label={t("unitType")} required value={unit.type} onChange={(v) => set({ type: v as LocalityType })}
        options={TYPES_BY_LEVEL[unit.level].map((type) => ({ value: type, label: tl(`type.${type}`) }))} errors={errors.type} />
      {unit.level !== "PROVINCE" ? (
        <SelectField id={`${id}-parent`} name="" label={t("unitParent")} required value={unit.parentId} placeholder={t("choose")} onChange={(parentId) => set({ parentId })}
          options={parents.map((p) => ({ value: String(p.id), label: unitLabel(p) }))} errors={errors.parentId} />
      ) : null}
      <TextField id={`${id}-population`} name="" label={t("unitPopulation")} inputMode="numeric" value={unit.population} onChange={(population) => set({ population })}
        hint={estimate !== null ? t("populationEstimate", { value: estimate }) : undefined} errors={errors.population} />
    </div>
  );
}
