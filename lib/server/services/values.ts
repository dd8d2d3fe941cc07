import "server-only";
import { formatDateTime, formatValue } from "@/lib/format";
import { checkValue } from "@/lib/value-rules";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit, type AuditEntry } from "../audit";
import { toNumber } from "../decimal";
import { ConflictError } from "../errors";
import type { Reporter } from "../permissions";
import type { DueTarget } from "../queries/due-targets";
import type { Viewer } from "../viewer";

type Tx = Prisma.TransactionClient;

/** Parses one typed value against its indicator's unit (the shared rule in lib/value-rules.ts). */
export const parseValueFor = checkValue;

export interface ValueWrite {
  indicatorId: number;
  /** The version the writer saw (0: did not exist); null writes over whatever is there (imports). */
  version: number | null;
  value: number | null;
  /**
   * A rate's counts; null clears them. undefined keeps the stored ones only while the value is unchanged:
   * counts that no longer describe the value must not be added up by aggregation.
   */
  numerator?: number | null;
  denominator?: number | null;
  /** undefined leaves the stored note / link as they are. */
  note?: string | null;
  evidenceUrl?: string | null;
}

export interface WriteContext {
  viewer: Viewer;
  reporter: Reporter;
  periodId: number;
  submissionId: number;
  due: Map<number, DueTarget>;
  action: "actual.save" | "actual.import" | "actual.correct";
  reason?: string | null;
}

/**
 * Writes values inside the caller's transaction, each with an audit row. A value whose version moved on
 * since the writer read it is refused with who changed it, when and to what — never overwritten.
 */
export async function writeValues(tx: Tx, ctx: WriteContext, items: ValueWrite[]): Promise<{ changed: number; actualIds: number[] }> {
  const audit: AuditEntry[] = [];
  const actualIds: number[] = [];
  for (const item of items) {
    const target = ctx.due.get(item.indicatorId);
    if (!target) continue;
    const key = { indicatorId: item.indicatorId, localityId: target.localityId, periodId: ctx.periodId };
    const existing = await tx.actual.findUnique({ where: { indicatorId_localityId_periodId: key }, include: { updatedBy: { select: { name: true } } } });
    if (item.version !== null && (existing?.version ?? 0) !== item.version) {
      throw staleValueError(target, existing);
    }
    const before = {
      value: toNumber(existing?.value), numerator: toNumber(existing?.numerator), denominator: toNumber(existing?.denominator),
      note: existing?.note ?? null, evidenceUrl: existing?.evidenceUrl ?? null,
    };
    const keepCounts = before.value === item.value;
    const after = {
      value: item.value,
      numerator: item.numerator !== undefined ? item.numerator : keepCounts ? before.numerator : null,
      denominator: item.denominator !== undefined ? item.denominator : keepCounts ? before.denominator : null,
      note: item.note === undefined ? before.note : item.note,
      evidenceUrl: item.evidenceUrl === undefined ? before.evidenceUrl : item.evidenceUrl,
    };
    if ((Object.keys(after) as (keyof typeof after)[]).every((k) => before[k] === after[k])) continue;
    let actualId: number;
    if (existing) {
      const updated = await tx.actual.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...after, updatedById: ctx.viewer.userId, updatedAt: new Date(), version: { increment: 1 },
          ...(ctx.action === "actual.correct" ? { correctionReason: ctx.reason ?? null } : {}) },
      });
      if (updated.count !== 1) throw new ConflictError();
      actualId = existing.id;
    } else {
      if (after.value === null && after.note === null && after.evidenceUrl === null) continue;
      const created = await tx.actual.create({
        data: { ...key, ...after, submissionId: ctx.submissionId, updatedById: ctx.viewer.userId,
          ...(ctx.action === "actual.correct" ? { correctionReason: ctx.reason ?? null } : {}) },
      });
      actualId = created.id;
    }
    actualIds.push(actualId);
    audit.push({ actorId: ctx.viewer.userId, action: ctx.action, entity: "Actual", entityId: actualId, before, after, reason: ctx.reason ?? null });
  }
  await writeAudit(tx, audit);
  return { changed: audit.length, actualIds };
}

function staleValueError(target: DueTarget, current: { value: Prisma.Decimal | null; updatedAt: Date; updatedBy: { name: string } | null } | null): ConflictError {
  const name = target.indicator.nameVi;
  if (!current) return new ConflictError(`Giá trị "${name}" đã bị thay đổi. Vui lòng tải lại trang rồi nhập lại.`);
  const who = current.updatedBy?.name ?? "một người dùng khác";
  const shown = formatValue(toNumber(current.value), target.indicator.unit, "vi");
  return new ConflictError(
    `Giá trị "${name}" vừa được ${who} cập nhật lúc ${formatDateTime(current.updatedAt, "vi")} thành ${shown}. Số liệu của bạn chưa được lưu; vui lòng tải lại trang, kiểm tra rồi nhập lại.`,
  );
}
