import "server-only";
import type { Viewer } from "./viewer";

/** The reporter of a submission: a locality's officers, or an agency's for provincial values. */
export interface Reporter { localityId: number | null; agencyId: number | null }

/** Officers enter values only for their own locality or agency; nobody else enters values here. */
export function canEnterActuals(viewer: Viewer, reporter: Reporter): boolean {
  if (viewer.role !== "OFFICER") return false;
  if (reporter.agencyId !== null) return viewer.agencyId === reporter.agencyId;
  return reporter.localityId !== null && viewer.localityId === reporter.localityId;
}

/**
 * A unit reports only for quarters it existed in: after the 2025 reform an abolished commune's or district's
 * officers keep reading their history but write nothing for later quarters (validTo is exclusive).
 */
export function unitExistsDuring(unit: { validFrom: Date; validTo: Date | null }, period: { startsOn: Date; endsOn: Date }): boolean {
  return unit.validFrom <= period.endsOn && (unit.validTo === null || unit.validTo > period.startsOn);
}

/** Drafts and returned submissions are visible to their own officers, the committee and admins. */
export function canViewSubmission(viewer: Viewer, reporter: Reporter): boolean {
  return viewer.role === "COMMITTEE" || viewer.role === "ADMIN" || canEnterActuals(viewer, reporter);
}

export function canReviewSubmissions(viewer: Viewer): boolean {
  return viewer.role === "COMMITTEE" || viewer.role === "ADMIN";
}

export function canAdminister(viewer: Viewer): boolean {
  return viewer.role === "ADMIN";
}

/** The committee (and admins) record meetings, create tasks and review task reports. */
export function canManageTasks(viewer: Viewer): boolean {
  return viewer.role === "COMMITTEE" || viewer.role === "ADMIN";
}

/** Only an officer of the task's lead agency reports on it. */
export function canReportOnTask(viewer: Viewer, task: { leadAgencyId: number }): boolean {
  return viewer.role === "OFFICER" && viewer.agencyId !== null && viewer.agencyId === task.leadAgencyId;
}

/** Tasks are visible to the committee and admins, and to officers of the lead or a co-operating agency. */
export function canViewTask(viewer: Viewer, task: { leadAgencyId: number; cooperatingAgencyIds: number[] }): boolean {
  if (canManageTasks(viewer)) return true;
  return viewer.role === "OFFICER" && viewer.agencyId !== null && (viewer.agencyId === task.leadAgencyId || task.cooperatingAgencyIds.includes(viewer.agencyId));
}
