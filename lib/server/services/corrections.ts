import "server-only";
import { correctValueSchema, valueFieldName } from "@/lib/schemas/reporting";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { DomainValidationError, ForbiddenError, NotFoundError } from "../errors";
import { canAdminister } from "../permissions";
import { getDueTargets } from "../queries/due-targets";
import type { Viewer } from "../viewer";
import { upsertSubmission } from "./reporting";
import { parseValueFor, writeValues } from "./values";
import { zodToDomainError } from "./zod-errors";

/**
 * An administrator corrects a value, in any period (locked ones included), always with a reason. A correction
 * to an approved report sends it back to the committee's queue: the public keeps the last approved value until
 * the correction is approved.
 */
export async function correctValue(viewer: Viewer, rawInput: unknown, db: Db): Promise<void> {
  if (!canAdminister(viewer)) throw new ForbiddenError("Chỉ quản trị viên được điều chỉnh số liệu.");
  const parsed = correctValueSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const input = parsed.data;
  const period = await db.reportingPeriod.findUnique({ where: { id: input.periodId } });
  if (!period) throw new NotFoundError("Không tìm thấy kỳ báo cáo.");
  const due = new Map((await getDueTargets(db, input.reporter, period)).map((t) => [t.indicatorId, t]));
  const target = due.get(input.indicatorId);
  const field = valueFieldName(input.indicatorId);
  if (!target) throw new DomainValidationError("Chỉ tiêu này không thuộc báo cáo của đơn vị trong kỳ.", { [field]: ["Chỉ tiêu không thuộc báo cáo."] });
  const value = parseValueFor(input.value, target.indicator.unit);
  if ("error" in value) throw new DomainValidationError("Giá trị chưa hợp lệ.", { [field]: [value.error] });

  await db.$transaction(async (tx) => {
    const submission = await upsertSubmission(tx, input.reporter, period.id);
    const { changed } = await writeValues(
      tx,
      { viewer, reporter: input.reporter, periodId: period.id, submissionId: submission.id, due, action: "actual.correct", reason: input.reason },
      [{ indicatorId: input.indicatorId, version: input.version, value: value.value }],
    );
    if (changed === 0) return;
    // The committee approves a submitted report at the version it read: a correction must make that view stale,
    // or an approval racing it would publish a value the committee never saw.
    if (submission.status === "SUBMITTED") await tx.submission.update({ where: { id: submission.id }, data: { version: { increment: 1 } } });
    if (submission.status !== "APPROVED") return;
    await tx.submission.update({ where: { id: submission.id }, data: { status: "SUBMITTED", version: { increment: 1 } } });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "submission.reopen_for_correction", entity: "Submission", entityId: submission.id,
      before: { status: "APPROVED" }, after: { status: "SUBMITTED" }, reason: input.reason,
    }]);
  });
}
