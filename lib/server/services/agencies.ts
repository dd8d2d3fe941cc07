import "server-only";
import { agencyActiveSchema, agencyCreateSchema, agencyRenameSchema } from "@/lib/schemas/admin-agencies";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "../errors";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";
import { zodToDomainError } from "./zod-errors";

/** Admin adds a provincial agency. The code is unique for ever (it names the agency in imports). Audited. */
export async function createAgency(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<{ agencyId: number }> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = agencyCreateSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    if (await tx.agency.findUnique({ where: { code: input.code } })) {
      throw new DomainValidationError("Mã cơ quan đã được dùng.", { code: [`Mã ${input.code} đã thuộc một cơ quan khác.`] });
    }
    const agency = await tx.agency.create({ data: input });
    await writeAudit(tx, [{ actorId: viewer.userId, action: "agency.create", entity: "Agency", entityId: agency.id, after: input }], now);
    return { agencyId: agency.id };
  });
}

/** Admin renames an agency (e.g. after a merger of departments); its code, targets and officers stay. Audited. */
export async function renameAgency(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = agencyRenameSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const { agencyId, name, shortName } = parsed.data;
  await db.$transaction(async (tx) => {
    const agency = await tx.agency.findUnique({ where: { id: agencyId } });
    if (!agency) throw new NotFoundError("Không tìm thấy cơ quan.");
    await tx.agency.update({ where: { id: agencyId }, data: { name, shortName } });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "agency.rename", entity: "Agency", entityId: agencyId,
      before: { name: agency.name, shortName: agency.shortName }, after: { name, shortName },
    }], now);
  });
}

/**
 * Admin deactivates an agency (it no longer leads new tasks or targets; its history stays) or reactivates it.
 * Its officers keep their accounts: the admin reassigns or deactivates them separately. Audited.
 */
export async function setAgencyActive(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = agencyActiveSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const { agencyId, active } = parsed.data;
  await db.$transaction(async (tx) => {
    const agency = await tx.agency.findUnique({ where: { id: agencyId } });
    if (!agency) throw new NotFoundError("Không tìm thấy cơ quan.");
    if (agency.active === active) throw new ConflictError(active ? "Cơ quan đang hoạt động." : "Cơ quan đã ngừng hoạt động từ trước.");
    await tx.agency.update({ where: { id: agencyId }, data: { active } });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: active ? "agency.reactivate" : "agency.deactivate", entity: "Agency", entityId: agencyId,
      before: { active: agency.active }, after: { active },
    }], now);
  });
}
