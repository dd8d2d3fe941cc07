import type { LocalityLevel, LocalityType } from "@/generated/prisma/enums";
import { parseLocalizedNumber } from "@/lib/parse-number";
import type { LocalityChangeFormInput, LocalityChangeKind } from "@/lib/schemas/locality-changes";
import type { ChangeFormUnit } from "@/lib/server/queries/admin-localities";

// The change form's state and the pure rules that turn it into the service's input
// (LocalityChangeFormInput, lib/schemas/locality-changes.ts) and route its errors back to the fields.

export interface NewSuccessorDraft {
  key: string; mode: "NEW"; code: string; name: string; level: LocalityLevel; type: LocalityType; parentId: string; population: string;
}
export interface ExistingSuccessorDraft { key: string; mode: "EXISTING"; localityId: string }
export type SuccessorDraft = NewSuccessorDraft | ExistingSuccessorDraft;
export interface ShareDraft { share?: string; basis?: string }

export interface ChangeDraft {
  kind: LocalityChangeKind;
  effectiveDate: string;
  decision: string;
  note: string;
  predecessors: number[];
  successors: SuccessorDraft[];
  /** Keyed by shareKey(predecessorId, successorKey); an untouched cell takes its default (see shareText). */
  shares: Record<string, ShareDraft>;
}

export const shareKey = (predecessorId: number, successorKey: string) => `${predecessorId}|${successorKey}`;

/** Which types belong to which level (a xã is never a district). */
export const TYPES_BY_LEVEL: Record<LocalityLevel, LocalityType[]> = {
  PROVINCE: ["TINH", "THANH_PHO_TRUC_THUOC_TW"],
  DISTRICT: ["HUYEN", "THI_XA", "THANH_PHO_THUOC_TINH", "QUAN"],
  COMMUNE: ["XA", "PHUONG", "THI_TRAN", "DAC_KHU"],
};

/** Mirrors the service: a commune hangs under a district or, since 2025-07-01, directly under the province. */
const PARENT_LEVELS: Record<LocalityLevel, LocalityLevel[]> = { PROVINCE: [], DISTRICT: ["PROVINCE"], COMMUNE: ["DISTRICT", "PROVINCE"] };

/** validTo is exclusive, and "yyyy-mm-dd" strings compare like the dates they name. */
export function validOn(unit: ChangeFormUnit, date: string): boolean {
  return unit.validFrom <= date && (unit.validTo === null || unit.validTo > date);
}

/** Units valid the day before the change and not already ended by another change: those a change can end. */
export function predecessorCandidates(units: ChangeFormUnit[], date: string): ChangeFormUnit[] {
  return units.filter((u) => u.validFrom < date && u.validTo === null);
}

/** Units that exist on the date and go on existing: they may absorb a predecessor unchanged. */
export function existingSuccessorCandidates(units: ChangeFormUnit[], date: string, predecessors: number[]): ChangeFormUnit[] {
  return units.filter((u) => u.validFrom <= date && u.validTo === null && !predecessors.includes(u.id));
}

export function parentCandidates(units: ChangeFormUnit[], date: string, level: LocalityLevel, predecessors: number[]): ChangeFormUnit[] {
  return units.filter((u) => validOn(u, date) && !predecessors.includes(u.id) && PARENT_LEVELS[level].includes(u.level));
}

/** The first days of quarters a change may take effect on, oldest first. */
export function quarterStarts(fromYear: number, toYear: number): string[] {
  const dates: string[] = [];
  for (let year = fromYear; year <= toYear; year += 1) for (const month of ["01", "04", "07", "10"]) dates.push(`${year}-${month}-01`);
  return dates;
}

/** With a single successor every predecessor goes to it whole, so its cells start at 1. */
export function shareText(draft: ChangeDraft, predecessorId: number, successorKey: string): string {
  return draft.shares[shareKey(predecessorId, successorKey)]?.share ?? (draft.successors.length === 1 ? "1" : "");
}

/** A typed share as a number (Vietnamese "0,4" or "0.4"); text that is no number goes through so zod names the fault. */
export function readShare(text: string): number | string | null {
  const value = parseLocalizedNumber(text);
  if (value === null) return null;
  return Number.isNaN(value) ? text : value;
}

export interface SentLink { predecessorId: number; successorKey: string }

/** The service's input, and the order links were sent in (its errors name links by index). */
export function buildInput(draft: ChangeDraft): { input: LocalityChangeFormInput; links: SentLink[] } {
  const links: SentLink[] = [];
  const linkInputs: LocalityChangeFormInput["links"] = [];
  for (const predecessorId of draft.predecessors) {
    for (const successor of draft.successors) {
      const share = readShare(shareText(draft, predecessorId, successor.key));
      if (share === null) continue;
      links.push({ predecessorId, successorKey: successor.key });
      linkInputs.push({ predecessorId, successorKey: successor.key, share, shareBasis: draft.shares[shareKey(predecessorId, successor.key)]?.basis ?? null });
    }
  }
  const successors = draft.successors.map((s) =>
    s.mode === "EXISTING"
      ? { key: s.key, mode: "EXISTING" as const, localityId: s.localityId }
      : { key: s.key, mode: "NEW" as const, code: s.code, name: s.name, level: s.level, type: s.type, parentId: s.parentId === "" ? null : s.parentId, population: s.population },
  );
  return {
    input: { kind: draft.kind, effectiveDate: draft.effectiveDate, decision: draft.decision, note: draft.note, predecessors: draft.predecessors, successors, links: linkInputs },
    links,
  };
}

export interface RoutedErrors {
  /** Top-level fields: kind, effectiveDate, decision, note, predecessors, successors, links. */
  form: Record<string, string[]>;
  predecessor: Record<number, string[]>;
  /** By successor key, then by field ("_" for the successor as a whole). */
  successor: Record<string, Record<string, string[]>>;
  /** By shareKey, then "share", "shareBasis" or "_". */
  link: Record<string, Record<string, string[]>>;
}

export interface Sent { predecessors: number[]; successorKeys: string[]; links: SentLink[] }

/** Puts each of the service's errors ("links.3.shareBasis", "successors.1.code"…) beside the field it is about. */
export function routeErrors(fieldErrors: Record<string, string[]>, sent: Sent): RoutedErrors {
  const routed: RoutedErrors = { form: {}, predecessor: {}, successor: {}, link: {} };
  const push = (bucket: Record<string, string[]>, key: string, messages: string[]) => { bucket[key] = [...(bucket[key] ?? []), ...messages]; };
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const [head = "", index, field = "_"] = path.split(".");
    const i = Number(index);
    if (index === undefined || !Number.isInteger(i)) { push(routed.form, head, messages); continue; }
    const predecessorId = head === "predecessors" ? sent.predecessors[i] : undefined;
    const successorKey = head === "successors" ? sent.successorKeys[i] : undefined;
    const link = head === "links" ? sent.links[i] : undefined;
    if (predecessorId !== undefined) push(routed.predecessor as Record<string, string[]>, String(predecessorId), messages);
    else if (successorKey !== undefined) push((routed.successor[successorKey] ??= {}), field, messages);
    else if (link) push((routed.link[shareKey(link.predecessorId, link.successorKey)] ??= {}), field, messages);
    else push(routed.form, head, messages);
  }
  return routed;
}
