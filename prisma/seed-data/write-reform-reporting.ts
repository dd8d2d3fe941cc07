import type { Prisma } from "@/generated/prisma/client";
import { quarterKey } from "../../lib/quarters";
import { requireId } from "./ids";
import type { SeedIds } from "./ids";
import { buildReformSubmissionPlan } from "./submissions-2026";
import type { PlannedSubmission } from "./submissions";
import { COMMITTEE_EMAIL } from "./users";

type Tx = Prisma.TransactionClient;

interface ResolvedSubmission {
  planned: PlannedSubmission;
  periodId: number;
  agencyId: number | null;
  localityId: number | null;
  officerId: number | null;
}

function reporterKey(periodId: number, agencyId: number | null, localityId: number | null): string {
  return agencyId === null ? `${periodId}|locality:${localityId}` : `${periodId}|agency:${agencyId}`;
}

/**
 * Agencies report for the province (an unchanged row, so SeedIds names it); a new unit reports for itself,
 * named by newUnitIds because its code is shared with an old commune.
 */
function resolve(planned: PlannedSubmission, ids: SeedIds, newUnitIds: Map<string, number>): ResolvedSubmission {
  const { reporter } = planned;
  return {
    planned,
    periodId: requireId(ids.periodIdByKey, quarterKey(planned.quarter), "reporting period"),
    agencyId: reporter.agencyCode === null ? null : requireId(ids.agencyIdByCode, reporter.agencyCode, "agency"),
    localityId: reporter.localityCode === null ? null : requireId(newUnitIds, reporter.localityCode, "new locality"),
    officerId: ids.userIdByEmail.get(reporter.officerEmail) ?? null,
  };
}

function actualLocalityId(localityCode: string, submission: ResolvedSubmission, ids: SeedIds): number {
  return submission.localityId ?? requireId(ids.localityIdByCode, localityCode, "locality");
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

async function seedActuals(tx: Tx, resolved: ResolvedSubmission[], submissionIdByKey: Map<string, number>, ids: SeedIds): Promise<number[]> {
  const approvedSubmissionIds: number[] = [];
  const data = resolved.flatMap((submission) => {
    const { planned, periodId, agencyId, localityId, officerId } = submission;
    const submissionId = requireId(submissionIdByKey, reporterKey(periodId, agencyId, localityId), "submission");
    const approved = planned.status === "APPROVED";
    if (approved) approvedSubmissionIds.push(submissionId);
    return planned.actuals.map((actual) => ({
      indicatorId: requireId(ids.indicatorIdByCode, actual.indicatorCode, "indicator"),
      localityId: actualLocalityId(actual.localityCode, submission, ids),
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
    return { actualId: actual.id, revision: 1, value: actual.value, numerator: actual.numerator, denominator: actual.denominator, approvedAt, approvedById: committeeId };
  });
  await tx.actualRevision.createMany({ data, skipDuplicates: true });
  return data.length;
}

/** Submissions 2025-Q3 … 2026-Q3 of the agencies and the new units, with their actuals and approved revisions. */
export async function seedReformReporting(tx: Tx, ids: SeedIds, newUnitIds: Map<string, number>, log: (message: string) => void): Promise<void> {
  const committeeId = requireId(ids.userIdByEmail, COMMITTEE_EMAIL, "user");
  const resolved = buildReformSubmissionPlan().map((planned) => resolve(planned, ids, newUnitIds));
  const submissionIdByKey = await seedSubmissions(tx, resolved, committeeId);
  const approvedSubmissionIds = await seedActuals(tx, resolved, submissionIdByKey, ids);
  const revisionCount = await seedRevisions(tx, approvedSubmissionIds, committeeId);
  const actualCount = resolved.reduce((sum, submission) => sum + submission.planned.actuals.length, 0);
  log(`[seed] ${resolved.length} submissions 2025-Q3 … 2026-Q3, ${actualCount} actuals, ${revisionCount} approved revisions`);
}
