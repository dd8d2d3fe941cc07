import "server-only";
import type { LocalityLevel } from "@/generated/prisma/enums";
import { localityChangeSchema, type LocalityChangeInput, type NewLocalityInput } from "@/lib/schemas/locality-changes";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { ConflictError, DomainValidationError, ForbiddenError } from "../errors";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";
import { zodToDomainError } from "./zod-errors";

/**
 * Recording a change to the administrative map (merge, split, rename, reparent, abolish, upgrade, establish).
 *
 * For the admin screens — ready to call:
 *   recordLocalityChange(viewer, rawInput, db, now) → { changeId, successorIds: { [successorKey]: localityId } }
 *   rawInput: LocalityChangeFormInput (lib/schemas/locality-changes.ts) — kind, effectiveDate "yyyy-mm-dd"
 *   (first day of a quarter), decision, note, predecessors: locality ids, successors: { key, mode: "EXISTING",
 *   localityId } | { key, mode: "NEW", code, name, level, type, parentId, population }, links: { predecessorId,
 *   successorKey, share, shareBasis }. Throws ForbiddenError (not ADMIN, checked before anything else),
 *   DomainValidationError (Vietnamese message + fieldErrors keyed like "links.0.shareBasis") or ConflictError;
 *   map them with toActionResult. Reads for the screens: lib/server/queries/localities-admin.ts.
 *
 * What stays true: history is never rewritten. A changed unit becomes a NEW row valid from effectiveDate (a
 * rename keeps the code on a new row); the old row only gets validTo = effectiveDate. Every predecessor ends
 * on effectiveDate, and the shares of each predecessor sum to 1 (lib/lineage.ts relies on that).
 */
export async function recordLocalityChange(viewer: Viewer, rawInput: unknown, db: Db, now: Date) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = localityChangeSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const input = parsed.data;
  const effectiveDate = new Date(`${input.effectiveDate}T00:00:00.000Z`);

  return db.$transaction(async (tx) => {
    await checkAgainstMap(tx, input, effectiveDate);
    const change = await tx.localityChange.create({
      data: { kind: input.kind, effectiveDate, decision: input.decision, note: input.note, createdById: viewer.userId, createdAt: now },
    });
    const successorIds: Record<string, number> = {};
    for (const successor of input.successors) {
      if (successor.mode === "EXISTING") {
        successorIds[successor.key] = successor.localityId;
        continue;
      }
      const { code, name, level, type, parentId, population } = successor;
      const created = await tx.locality.create({ data: { code, name, level, type, parentId, population, validFrom: effectiveDate, validTo: null } });
      successorIds[successor.key] = created.id;
    }
    for (const predecessorId of input.predecessors) {
      // Guarded on validTo still open, so two admins ending the same unit at once cannot both succeed.
      const ended = await tx.locality.updateMany({ where: { id: predecessorId, validTo: null }, data: { validTo: effectiveDate } });
      if (ended.count !== 1) throw new ConflictError("Một đơn vị cũ vừa được người khác kết thúc. Vui lòng tải lại trang rồi thử lại.");
    }
    const links = input.links.map((l) => ({
      changeId: change.id, predecessorId: l.predecessorId, successorId: successorIds[l.successorKey] ?? 0, share: l.share, shareBasis: l.shareBasis,
    }));
    if (links.length > 0) await tx.localityLink.createMany({ data: links });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "locality.change", entity: "LocalityChange", entityId: change.id, before: null,
      after: {
        kind: input.kind, effectiveDate: input.effectiveDate, decision: input.decision, note: input.note,
        predecessors: input.predecessors, successors: Object.values(successorIds),
        links: links.map(({ predecessorId, successorId, share, shareBasis }) => ({ predecessorId, successorId, share, shareBasis })),
      },
    }], now);
    return { changeId: change.id, successorIds };
  });
}

export type RecordLocalityChangeResult = Awaited<ReturnType<typeof recordLocalityChange>>;

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
const formatDate = (d: Date) => d.toISOString().slice(0, 10).split("-").reverse().join("/");
const PARENT_LEVELS: Record<LocalityLevel, LocalityLevel[]> = { PROVINCE: [], DISTRICT: ["PROVINCE"], COMMUNE: ["DISTRICT", "PROVINCE"] };

/** The rules that need the map as it stands: validity on the date, parents, codes in use, units left orphaned. */
async function checkAgainstMap(tx: Tx, input: LocalityChangeInput, effectiveDate: Date): Promise<void> {
  const fail = (field: string, message: string): never => { throw new DomainValidationError(message, { [field]: [message] }); };
  const shown = formatDate(effectiveDate);

  const predecessors = await tx.locality.findMany({ where: { id: { in: input.predecessors } } });
  input.predecessors.forEach((id, i) => {
    const unit = predecessors.find((p) => p.id === id);
    if (!unit) return fail(`predecessors.${i}`, `Không tìm thấy đơn vị cũ mã ${id}.`);
    if (unit.validFrom >= effectiveDate) return fail(`predecessors.${i}`, `Ngày hiệu lực phải sau ngày ${unit.name} bắt đầu tồn tại (${formatDate(unit.validFrom)}).`);
    if (unit.validTo !== null && unit.validTo < effectiveDate) return fail(`predecessors.${i}`, `${unit.name} đã kết thúc từ ${formatDate(unit.validTo)}, trước ngày hiệu lực.`);
    if (unit.validTo !== null) return fail(`predecessors.${i}`, `${unit.name} đã được ghi nhận kết thúc từ ${formatDate(unit.validTo)} bởi một thay đổi khác.`);
  });
  const children = await tx.locality.findMany({
    where: { parentId: { in: input.predecessors }, OR: [{ validTo: null }, { validTo: { gt: effectiveDate } }] }, select: { name: true, parentId: true },
  });
  const orphan = children[0];
  if (orphan) {
    const parent = predecessors.find((p) => p.id === orphan.parentId);
    fail("predecessors", `${parent?.name ?? "Đơn vị cũ"} còn đơn vị trực thuộc sau ngày ${shown} (${orphan.name}): hãy ghi nhận việc chuyển các đơn vị này sang đơn vị cấp trên mới trước.`);
  }

  for (const [i, successor] of input.successors.entries()) {
    if (successor.mode === "EXISTING") {
      const unit = await tx.locality.findUnique({ where: { id: successor.localityId } });
      if (!unit) fail(`successors.${i}`, `Không tìm thấy đơn vị kế thừa mã ${successor.localityId}.`);
      else if (unit.validFrom > effectiveDate || unit.validTo !== null) fail(`successors.${i}`, `${unit.name} không còn hiệu lực vào ngày ${shown} nên không thể nhận phần kế thừa.`);
    } else {
      await checkNewUnit(tx, successor, i, input.predecessors, effectiveDate, fail);
    }
  }
}

async function checkNewUnit(tx: Tx, unit: NewLocalityInput, i: number, predecessorIds: number[], effectiveDate: Date, fail: (field: string, message: string) => never) {
  const shown = formatDate(effectiveDate);
  const allowed = PARENT_LEVELS[unit.level];
  if (allowed.length === 0 && unit.parentId !== null) fail(`successors.${i}.parentId`, "Tỉnh không có đơn vị cấp trên.");
  if (allowed.length > 0 && unit.parentId === null) fail(`successors.${i}.parentId`, `Vui lòng chọn đơn vị cấp trên cho ${unit.name}.`);
  if (unit.parentId !== null) {
    const parent = await tx.locality.findUnique({ where: { id: unit.parentId } });
    const validOnDate = parent && parent.validFrom <= effectiveDate && (parent.validTo === null || parent.validTo > effectiveDate) && !predecessorIds.includes(parent.id);
    if (!parent || !validOnDate) fail(`successors.${i}.parentId`, `Đơn vị cấp trên của ${unit.name} phải còn hiệu lực vào ngày ${shown}.`);
    else if (!allowed.includes(parent.level)) fail(`successors.${i}.parentId`, `${parent.name} không thể là đơn vị cấp trên của ${unit.name} (sai cấp hành chính).`);
  }
  const holder = await tx.locality.findFirst({
    where: { code: unit.code, id: { notIn: predecessorIds }, OR: [{ validTo: null }, { validTo: { gt: effectiveDate } }] }, select: { name: true },
  });
  if (holder) fail(`successors.${i}.code`, `Mã ${unit.code} đang được ${holder.name} sử dụng vào ngày ${shown}.`);
}
