import { IDLE } from "../../../lib/action-result";

/** The state a form's action receives before its first submission. */
export { IDLE };

type Field = string | number | File | readonly (string | number)[] | null | undefined;

/** A FormData as the browser sends it: repeated fields for lists, nothing for null/undefined. */
export function form(fields: Record<string, Field>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    if (value instanceof File) data.append(name, value);
    else if (Array.isArray(value)) for (const item of value) data.append(name, String(item));
    else data.append(name, String(value));
  }
  return data;
}

/** A file field's value. */
export function file(name: string, bytes: Uint8Array | string, type = ""): File {
  return new File([typeof bytes === "string" ? bytes : Uint8Array.from(bytes)], name, { type });
}

export const ADMIN = ["admin"] as const;
export const REVIEWERS = ["committee", "admin"] as const;
/** Every active account with a role: notices and the like belong to whoever is signed in. */
export const SIGNED_IN = ["localOfficer", "otherOfficer", "agencyOfficer", "abolishedOfficer", "committee", "admin"] as const;
