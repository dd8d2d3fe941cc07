// What the save-quarter benchmark changes, and putting it back: the commune's 2026-Q4 rows as generated (values,
// versions, who and when), its draft submission (or its absence), and no audit rows of the run left behind.
import type pg from "pg";
import type { QuarterFixture } from "./writes";

export interface QuarterSnapshot {
  actuals: Record<string, unknown>[];
  submission: { id: number; updatedAt: Date; version: number } | null;
  lastAuditId: string;
}

const ACTUAL_COLUMNS = ["value", "numerator", "denominator", "note", "evidenceUrl", "updatedById", "updatedAt", "version", "correctionReason"] as const;

export async function snapshotQuarter(client: pg.Client, fx: QuarterFixture): Promise<QuarterSnapshot> {
  const { rows: actuals } = await client.query<Record<string, unknown>>(
    `SELECT id, ${ACTUAL_COLUMNS.map((c) => `"${c}"`).join(", ")} FROM "Actual" WHERE "localityId" = $1 AND "periodId" = $2`, [fx.localityId, fx.periodId]);
  const { rows: [submission] } = await client.query<{ id: number; updatedAt: Date; version: number }>(
    `SELECT id, "updatedAt", version FROM "Submission" WHERE "localityId" = $1 AND "periodId" = $2`, [fx.localityId, fx.periodId]);
  const { rows: [audit] } = await client.query<{ id: string }>(`SELECT coalesce(max(id), 0)::text AS id FROM "AuditEvent"`);
  return { actuals, submission: submission ?? null, lastAuditId: audit?.id ?? "0" };
}

export async function restoreQuarter(client: pg.Client, fx: QuarterFixture, snapshot: QuarterSnapshot): Promise<void> {
  await client.query("ROLLBACK").catch(() => undefined);
  await client.query("BEGIN");
  try {
    const kept = snapshot.actuals.map((a) => a.id as number);
    const { rows: all } = await client.query<{ id: number }>(`SELECT id FROM "Actual" WHERE "localityId" = $1 AND "periodId" = $2`, [fx.localityId, fx.periodId]);
    await client.query(`DELETE FROM "AuditEvent" WHERE id > $1 AND entity = 'Actual' AND "entityId" = ANY($2::text[])`, [snapshot.lastAuditId, all.map((a) => String(a.id))]);
    await client.query(`DELETE FROM "Actual" WHERE "localityId" = $1 AND "periodId" = $2 AND NOT (id = ANY($3::int[]))`, [fx.localityId, fx.periodId, kept]);
    for (const row of snapshot.actuals) {
      await client.query(
        `UPDATE "Actual" SET ${ACTUAL_COLUMNS.map((c, i) => `"${c}" = $${i + 2}`).join(", ")} WHERE id = $1`,
        [row.id, ...ACTUAL_COLUMNS.map((c) => row[c])],
      );
    }
    if (snapshot.submission === null) await client.query(`DELETE FROM "Submission" WHERE "localityId" = $1 AND "periodId" = $2`, [fx.localityId, fx.periodId]);
    else await client.query(`UPDATE "Submission" SET "updatedAt" = $2, version = $3 WHERE id = $1`, [snapshot.submission.id, snapshot.submission.updatedAt, snapshot.submission.version]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  // The saves leave dead row versions and audit index entries behind: clear them, so later runs start alike.
  await client.query(`VACUUM (ANALYZE) "Actual", "AuditEvent", "Submission"`);
}
