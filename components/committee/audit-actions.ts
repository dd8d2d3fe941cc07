// Audit actions as the history screens name them (keys under the "history.actions" messages).
// An action missing here is shown as recorded, so a new kind of event is never hidden.
const ACTION_LABEL_KEYS: Record<string, string> = {
  "submission.submit": "submit",
  "submission.return": "return",
  "submission.approve": "approve",
  "submission.reopen_for_correction": "reopenForCorrection",
  "submission.import": "importSubmission",
  "actual.save": "save",
  "actual.import": "importValue",
  "actual.correct": "correct",
  "evidence.upload": "evidenceUpload",
  "evidence.remove": "evidenceRemove",
};

export function auditActionLabel(action: string, translate: (key: string) => string): string {
  const key = ACTION_LABEL_KEYS[action];
  return key ? translate(`actions.${key}`) : action;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A field of an audit row's before/after snapshot; undefined when the snapshot does not record it. */
export function auditField(snapshot: unknown, field: string): Json | undefined {
  if (snapshot === null || typeof snapshot !== "object" || Array.isArray(snapshot)) return undefined;
  return (snapshot as Record<string, Json>)[field];
}

/** A recorded value as a number (null when recorded empty), or undefined when not recorded. */
export function auditNumber(snapshot: unknown, field: string): number | null | undefined {
  const value = auditField(snapshot, field);
  if (value === undefined) return undefined;
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return null;
}
