import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getNow } from "@/lib/today";

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  reason?: string | null;
}

type AuditWriter = Pick<Prisma.TransactionClient, "auditEvent">;

/**
 * Writes audit rows; call it with the transaction client so the rows commit or roll back with the change.
 * Stamped with the application clock (getNow), like the transitions they record.
 */
export async function writeAudit(tx: AuditWriter, entries: AuditEntry[], at: Date = getNow()): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditEvent.createMany({
    data: entries.map((entry) => ({
      at,
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: entry.before ?? Prisma.DbNull,
      after: entry.after ?? Prisma.DbNull,
      reason: entry.reason ?? null,
    })),
  });
}
