import "server-only";
import { indicatorUpdateSchema, methodChangeSchema } from "@/lib/schemas/admin-indicators";
import { parseIsoDate } from "@/lib/today";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { DomainValidationError, ForbiddenError, NotFoundError } from "../errors";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";
import { refreshScoresOfIndicator } from "./score-summary";
import { zodToDomainError } from "./zod-errors";

const EDITABLE = ["nameVi", "nameEn", "definition", "numeratorDefinition", "denominatorDefinition", "source", "leadAgencyId", "active"] as const;

/**
 * Admin edits an indicator's names, definitions, source, default lead agency and whether it is in use. What it
 * measures must not change here: a change of method is recorded with recordMethodChange so series show a break.
 * Audited with the fields that changed, before and after.
 */
export async function updateIndicator(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = indicatorUpdateSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const { indicatorId, ...input } = parsed.data;
  await db.$transaction(async (tx) => {
    const indicator = await tx.indicator.findUnique({ where: { id: indicatorId } });
    if (!indicator) throw new NotFoundError("Không tìm thấy chỉ tiêu.");
    if (input.leadAgencyId !== null && input.leadAgencyId !== indicator.leadAgencyId) {
      const agency = await tx.agency.findUnique({ where: { id: input.leadAgencyId } });
      if (!agency || !agency.active) throw new DomainValidationError("Cơ quan chủ trì không hợp lệ.", { leadAgencyId: ["Vui lòng chọn một cơ quan đang hoạt động."] });
    }
    const changed = EDITABLE.filter((field) => indicator[field] !== input[field]);
    if (changed.length === 0) return;
    await tx.indicator.update({ where: { id: indicatorId }, data: input });
    // Only indicators in use count in a unit's share of targets met.
    if (changed.includes("active")) await refreshScoresOfIndicator(tx, indicatorId);
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "indicator.update", entity: "Indicator", entityId: indicatorId,
      before: Object.fromEntries(changed.map((f) => [f, indicator[f]])), after: Object.fromEntries(changed.map((f) => [f, input[f]])),
    }], now);
  });
}

/**
 * Admin records that the indicator is measured differently from the first day of a quarter (new formula,
 * denominator or source). The public series and charts show a break there; values are never converted. Audited.
 */
export async function recordMethodChange(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<{ methodChangeId: number }> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = methodChangeSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const { indicatorId, descriptionVi, descriptionEn } = parsed.data;
  const effectiveFrom = parseIsoDate(parsed.data.effectiveFrom);
  if (!effectiveFrom) throw new DomainValidationError("Ngày áp dụng không hợp lệ.", { effectiveFrom: ["Ngày không có thật."] });
  return db.$transaction(async (tx) => {
    const indicator = await tx.indicator.findUnique({ where: { id: indicatorId } });
    if (!indicator) throw new NotFoundError("Không tìm thấy chỉ tiêu.");
    const clash = await tx.indicatorMethodChange.findUnique({ where: { indicatorId_effectiveFrom: { indicatorId, effectiveFrom } } });
    if (clash) throw new DomainValidationError("Đã có một thay đổi phương pháp từ ngày này.", { effectiveFrom: ["Chỉ tiêu đã có thay đổi phương pháp áp dụng từ ngày này; vui lòng chọn quý khác."] });
    const change = await tx.indicatorMethodChange.create({ data: { indicatorId, effectiveFrom, descriptionVi, descriptionEn, createdAt: now } });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "indicator.methodChange", entity: "IndicatorMethodChange", entityId: change.id,
      after: { indicatorId, effectiveFrom: parsed.data.effectiveFrom, descriptionVi, descriptionEn },
    }], now);
    return { methodChangeId: change.id };
  });
}
