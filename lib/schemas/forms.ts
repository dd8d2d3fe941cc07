import { evidenceFieldName, noteFieldName, valueFieldName, valueReasonFieldName, versionFieldName } from "./reporting";

// Readers from FormData into the shapes the zod schemas validate (validation itself happens there).

const nullableId = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return value === null || value === "" ? null : value;
};

const readReporter = (formData: FormData) => ({ localityId: nullableId(formData, "localityId"), agencyId: nullableId(formData, "agencyId") });

/** The entry grid: one hidden `indicatorId` per row, and per-row value, version, note and evidence link. */
export function readSaveActualsForm(formData: FormData) {
  const items = formData.getAll("indicatorId").map((raw) => {
    const id = Number(raw);
    return {
      indicatorId: String(raw),
      version: formData.get(versionFieldName(id)) ?? "",
      value: formData.get(valueFieldName(id)) ?? "",
      note: formData.has(noteFieldName(id)) ? formData.get(noteFieldName(id)) : undefined,
      evidenceUrl: formData.has(evidenceFieldName(id)) ? formData.get(evidenceFieldName(id)) : undefined,
    };
  });
  return { periodId: formData.get("periodId"), reporter: readReporter(formData), items };
}

export function readTransitionForm(formData: FormData) {
  return { submissionId: formData.get("submissionId"), version: formData.get("version") };
}

/** Trimmed text; a part that is not text (a file) is passed on for the schema to refuse, not read as "[object File]". */
const textOrAsIs = (value: FormDataEntryValue | null) => (typeof value === "string" ? value.trim() : value ?? "");

/** A return: the submission's reason, plus `reason:<indicatorId>` fields; empty ones are ignored. */
export function readReturnForm(formData: FormData) {
  const valueReasons = formData
    .getAll("indicatorId")
    .map((raw) => ({ indicatorId: String(raw), reason: textOrAsIs(formData.get(valueReasonFieldName(Number(raw)))) }))
    .filter((r) => r.reason !== "");
  return { ...readTransitionForm(formData), reason: formData.get("reason") ?? "", valueReasons };
}

export function readCorrectionForm(formData: FormData) {
  return {
    periodId: formData.get("periodId"),
    reporter: readReporter(formData),
    indicatorId: formData.get("indicatorId"),
    version: formData.get("version"),
    value: formData.get("value") ?? "",
    reason: formData.get("reason") ?? "",
  };
}
