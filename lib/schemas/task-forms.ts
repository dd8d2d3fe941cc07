// Readers from FormData into the shapes the task schemas validate (validation itself happens there).

// A part that is not text (a file where a field was expected) is passed on as it is, for the schema to refuse:
// String() would turn it into the text "[object File]".
const many = (formData: FormData, name: string) => formData.getAll(name).filter((v) => v !== "");
const one = (formData: FormData, name: string) => formData.get(name) ?? undefined;

/** Fields: heldOn, title, chair, attendees, and one `conclusion` field per conclusion (empty ones ignored). */
export function readMeetingForm(formData: FormData) {
  return {
    heldOn: one(formData, "heldOn"), title: one(formData, "title"), chair: one(formData, "chair"), attendees: one(formData, "attendees"),
    conclusions: many(formData, "conclusion").map((c) => (typeof c === "string" ? c.trim() : c)).filter((c) => c !== ""),
  };
}

/** Fields: title, description, kind, pillarCode, leadAgencyId, deadline, and repeated cooperatingAgencyIds / localityIds / indicatorIds. */
export function readTaskForm(formData: FormData) {
  return {
    title: one(formData, "title"), description: one(formData, "description"), kind: one(formData, "kind"),
    pillarCode: one(formData, "pillarCode"), leadAgencyId: one(formData, "leadAgencyId"), deadline: one(formData, "deadline"),
    cooperatingAgencyIds: many(formData, "cooperatingAgencyIds"), localityIds: many(formData, "localityIds"), indicatorIds: many(formData, "indicatorIds"),
    conclusionId: one(formData, "conclusionId"),
  };
}

/** Fields: taskId, periodId, version, reportedStatus, progressPercent, note, evidenceUrl. */
export function readTaskReportForm(formData: FormData) {
  return {
    taskId: one(formData, "taskId"), periodId: one(formData, "periodId"), version: one(formData, "version"),
    reportedStatus: one(formData, "reportedStatus"), progressPercent: one(formData, "progressPercent"),
    note: one(formData, "note"), evidenceUrl: one(formData, "evidenceUrl"),
  };
}

/** Fields: reportId, version (and reason for a return). */
export function readTaskReportTransitionForm(formData: FormData) {
  return { reportId: one(formData, "reportId"), version: one(formData, "version"), reason: one(formData, "reason") };
}

/** Fields: taskId, verdict, note. */
export function readPilotEvaluationForm(formData: FormData) {
  return { taskId: one(formData, "taskId"), verdict: one(formData, "verdict"), note: one(formData, "note") };
}
