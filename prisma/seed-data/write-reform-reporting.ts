import type { Prisma } from "@/generated/prisma/client";
import { requireId } from "./ids";
import type { SeedIds } from "./ids";
import { buildReformSubmissionPlan } from "./submissions-2026";
import { resolveSubmission, writeSubmissionPlan } from "./write-reporting";

type Tx = Prisma.TransactionClient;

/**
 * Submissions 2025-Q3 … 2026-Q3 of the agencies and the new units, with their actuals and approved revisions.
 * Agencies report for the province (an unchanged row, so SeedIds names it); a new unit reports for itself,
 * named by newUnitIds because its code is shared with an old commune.
 */
export async function seedReformReporting(tx: Tx, ids: SeedIds, newUnitIds: Map<string, number>, log: (message: string) => void): Promise<void> {
  const resolved = buildReformSubmissionPlan().map((planned) => resolveSubmission(planned, ids, (code) => requireId(newUnitIds, code, "new locality")));
  const { actuals, revisions } = await writeSubmissionPlan(tx, ids, resolved, (code, submission) => submission.localityId ?? requireId(ids.localityIdByCode, code, "locality"));
  log(`[seed] ${resolved.length} submissions 2025-Q3 … 2026-Q3, ${actuals} actuals, ${revisions} approved revisions`);
}
