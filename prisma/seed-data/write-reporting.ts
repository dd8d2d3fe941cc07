import type { Prisma } from "@/generated/prisma/client";
import { quarterKey } from "../../lib/quarters";
import { requireId } from "./ids";
import type { SeedIds } from "./ids";
import { buildSubmissionPlan } from "./submissions";
import type { PlannedSubmission } from "./submissions";
import { COMMITTEE_EMAIL } from "./users";

type Tx = Prisma.TransactionClient;

function reporterKey(periodId: number, agencyId: number | null, localityId: number | null): string {
  return agencyId === null ? `${periodId}|locality:${localityId}` : `${periodId}|agency:${agencyId}`;
}

export interface ResolvedSubmission {
  planned: PlannedSubmission;
  periodId: number;
  agencyId: number | null;
  localityId: number | null;
  officerId: number | null;
}

/** A planned submission with its ids; `localityIdOf` names the reporting locality by code. */
export function resolveSubmission(planned: PlannedSubmission, ids: SeedIds, localityIdOf: (code: string) => number): ResolvedSubmission {
  const { reporter } = planned;
  return {
    planned,
    periodId: requireId(ids.periodIdByKey, quarterKey(planned.quarter), "reporting period"),
    agencyId: reporter.agencyCode === null ? null : requireId(ids.agencyIdByCode, reporter.agencyCode, "agency"),
    localityId: reporter.localityCode === null ? null : localityIdOf(reporter.localityCode),
    // A reporter without an officer account reports anonymously (null), never as someone else.
    officerId: ids.userIdByEmail.get(reporter.officerEmail) ?? null,
  };
}

async function seedSubmissions(tx: Tx, resolved: ResolvedSubmission[], committeeId: number): Promise<Map<string, number>> {
  await tx.submission.createMany({
    data: resolved.map(({ planned, periodId, agencyId, localityId, officerId }) => ({
      periodId,
      agencyId,
      localityId,
      status: planned.status,
      submittedAt: planned.submittedAt,
      submittedById: planned.submittedAt === null ? null : officerId,
      reviewedAt: planned.reviewedAt,
      reviewedById: planned.reviewedAt === null ? null : committeeId,
      returnReason: planned.returnReason,
      createdAt: planned.createdAt,
      updatedAt: planned.reviewedAt ?? planned.submittedAt ?? planned.editedAt,
    })),
    skipDuplicates: true,
  });
  const saved = await tx.submission.findMany({
    where: { periodId: { in: [...new Set(resolved.map((submission) => submission.periodId))] } },
    select: { id: true, periodId: true, agencyId: true, localityId: true },
  });
  return new Map(saved.map((row) => [reporterKey(row.periodId, row.agencyId, row.localityId), row.id]));
}

async function seedActuals(
  tx: Tx,
  resolved: ResolvedSubmission[],
  submissionIdByKey: Map<string, number>,
  ids: SeedIds,
  actualLocalityId: (localityCode: string, submission: ResolvedSubmission) => number,
): Promise<number[]> {
  const approvedSubmissionIds: number[] = [];
  const data = resolved.flatMap((submission) => {
    const { planned, periodId, agencyId, localityId, officerId } = submission;
    const submissionId = requireId(submissionIdByKey, reporterKey(periodId, agencyId, localityId), "submission");
    const approved = planned.status === "APPROVED";
    if (approved) approvedSubmissionIds.push(submissionId);
    return planned.actuals.map((actual) => ({
      indicatorId: requireId(ids.indicatorIdByCode, actual.indicatorCode, "indicator"),
      localityId: actualLocalityId(actual.localityCode, submission),
      periodId,
      submissionId,
      value: actual.value,
      numerator: actual.numerator,
      denominator: actual.denominator,
      updatedById: officerId,
      updatedAt: planned.editedAt,
      publishedRevision: approved ? 1 : null,
    }));
  });
  await tx.actual.createMany({ data, skipDuplicates: true });
  return approvedSubmissionIds;
}

/** Revision 1 of every approved actual: the value the public sees, exactly as submitted. */
async function seedRevisions(tx: Tx, approvedSubmissionIds: number[], committeeId: number): Promise<number> {
  const approved = await tx.actual.findMany({
    where: { submissionId: { in: approvedSubmissionIds } },
    select: { id: true, value: true, numerator: true, denominator: true, submission: { select: { reviewedAt: true } } },
  });
  const data = approved.map((actual) => {
    const approvedAt = actual.submission.reviewedAt;
    if (approvedAt === null) throw new Error(`Seed: approved actual ${actual.id} has no review date`);
    return {
      actualId: actual.id,
      revision: 1,
      value: actual.value,
      numerator: actual.numerator,
      denominator: actual.denominator,
      approvedAt,
      approvedById: committeeId,
    };
  });
  await tx.actualRevision.createMany({ data, skipDuplicates: true });
  return data.length;
}

/**
 * Writes resolved submissions with their actuals and, for the approved ones, revision 1. Used for the quarters
 * before the reform and after it (where a reporting unit is named by id, its code being shared).
 */
export async function writeSubmissionPlan(
  tx: Tx,
  ids: SeedIds,
  resolved: ResolvedSubmission[],
  actualLocalityId: (localityCode: string, submission: ResolvedSubmission) => number,
): Promise<{ actuals: number; revisions: number }> {
  const committeeId = requireId(ids.userIdByEmail, COMMITTEE_EMAIL, "user");
  const submissionIdByKey = await seedSubmissions(tx, resolved, committeeId);
  const approvedSubmissionIds = await seedActuals(tx, resolved, submissionIdByKey, ids, actualLocalityId);
  const revisions = await seedRevisions(tx, approvedSubmissionIds, committeeId);
  return { actuals: resolved.reduce((sum, submission) => sum + submission.planned.actuals.length, 0), revisions };
}

/** Submissions 2024-Q1 … 2025-Q2 with their actuals and the approved revisions. */
export async function seedReporting(tx: Tx, ids: SeedIds, log: (message: string) => void): Promise<void> {
  const byCode = (code: string) => requireId(ids.localityIdByCode, code, "locality");
  const resolved = buildSubmissionPlan().map((planned) => resolveSubmission(planned, ids, byCode));
  const { actuals, revisions } = await writeSubmissionPlan(tx, ids, resolved, byCode);
  log(`[seed] ${resolved.length} submissions, ${actuals} actuals, ${revisions} approved revisions`);
}
