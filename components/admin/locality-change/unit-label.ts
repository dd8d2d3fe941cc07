import type { ChangeFormUnit } from "@/lib/server/queries/admin-localities";

/** "Phường Minh Khai (99001)": codes are reused by successor units, so the name and code go together. */
export function unitLabel(unit: Pick<ChangeFormUnit, "name" | "code">): string {
  return `${unit.name} (${unit.code})`;
}

export const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
