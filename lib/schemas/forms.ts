import { valueFieldName, versionFieldName } from "./reporting";

/** Reads the entry form into the shape saveActualsSchema validates (validation happens there). */
export function readSaveActualsForm(formData: FormData) {
  const nullableId = (name: string) => {
    const value = formData.get(name);
    return value === null || value === "" ? null : value;
  };
  const items = formData
    .getAll("indicatorId")
    .map((id) => String(id))
    .map((id) => ({
      indicatorId: id,
      version: formData.get(versionFieldName(Number(id))) ?? "",
      value: formData.get(valueFieldName(Number(id))) ?? "",
    }));
  return {
    periodId: formData.get("periodId"),
    reporter: { localityId: nullableId("localityId"), agencyId: nullableId("agencyId") },
    items,
  };
}

export function readTransitionForm(formData: FormData) {
  return { submissionId: formData.get("submissionId"), version: formData.get("version") };
}
