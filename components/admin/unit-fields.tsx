"use client";
import { useTranslations } from "next-intl";
import type { UserUnitOptions } from "@/lib/server/queries/admin-users";
import { SelectField, type FieldErrors } from "./fields";

export interface UnitDraft { unitKind: "locality" | "agency"; localityId: string; agencyId: string }

const LEVELS = ["PROVINCE", "DISTRICT", "COMMUNE"] as const;

/**
 * An officer's unit: a locality or an agency (radio buttons), then the unit itself. Only the chosen kind's
 * select is rendered, so only it is sent. `suggested` puts a dissolved unit's successors first.
 */
export function UnitFields({ idPrefix, value, onChange, options, errors, suggested = [] }: {
  idPrefix: string; value: UnitDraft; onChange: (next: UnitDraft) => void; options: UserUnitOptions; errors: FieldErrors;
  suggested?: { id: number; code: string; name: string }[];
}) {
  const t = useTranslations("adminUsers");
  const tl = useTranslations("adminLocalities");
  // "Exactly one unit" is reported on the unit as a whole; it is shown on the select the officer must fill.
  const unitErrors = errors.unit;
  return (
    <fieldset className="grid gap-3">
      <legend className="text-sm font-medium text-slate-900">{t("unit")}<span aria-hidden="true" className="ml-0.5 text-band-low">*</span></legend>
      <input type="hidden" name="unitKind" value={value.unitKind} />
      <div className="flex flex-wrap gap-4">
        {(["locality", "agency"] as const).map((kind) => (
          <label key={kind} className="flex min-h-10 items-center gap-2 text-sm">
            <input type="radio" name={`${idPrefix}-unitKind`} value={kind} checked={value.unitKind === kind} onChange={() => onChange({ ...value, unitKind: kind })} className="h-4 w-4" />
            {t(`unitKind.${kind}`)}
          </label>
        ))}
      </div>
      {value.unitKind === "locality" ? (
        <SelectField id={`${idPrefix}-locality`} name="localityId" label={t("locality")} required value={value.localityId} placeholder={t("choose")} errors={errors.localityId ?? unitErrors}
          onChange={(localityId) => onChange({ ...value, localityId })}
          groups={[
            { label: t("successors"), options: suggested.map((s) => ({ value: String(s.id), label: `${s.name} (${s.code})` })) },
            ...LEVELS.map((level) => ({ label: tl(`level.${level}`), options: options.localities.filter((l) => l.level === level).map((l) => ({ value: String(l.id), label: `${l.name} (${l.code})` })) })),
          ]} />
      ) : (
        <SelectField id={`${idPrefix}-agency`} name="agencyId" label={t("agency")} required value={value.agencyId} placeholder={t("choose")} errors={errors.agencyId ?? unitErrors}
          onChange={(agencyId) => onChange({ ...value, agencyId })} options={options.agencies.map((a) => ({ value: String(a.id), label: a.name }))} />
      )}
    </fieldset>
  );
}
