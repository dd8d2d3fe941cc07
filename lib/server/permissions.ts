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
