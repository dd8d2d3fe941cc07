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

type AuditWriter = Pick<Prisma.TransactionClient, "$executeRaw">;

const jsonText = (value: Prisma.InputJsonValue | null | undefined): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * Writes audit rows; call it with the transaction client so the rows commit or roll back with the change.
 * Stamped with the application clock (getNow), like the transitions they record.
 */
export async function writeAudit(tx: AuditWriter, entries: AuditEntry[], at: Date = getNow()): Promise<void> {
  if (entries.length === 0) return;
  await tx.$executeRaw(auditInsert(entries, at));
}

/**
 * The INSERT of audit rows as one statement over parallel arrays, whatever their number (a save of a whole grid
 * audits every value), in the entries' order; a writer may run it inside its own statement (WITH … AS (…)).
 */
export function auditInsert(entries: AuditEntry[], at: Date = getNow()): Prisma.Sql {
  const column = <T>(pick: (entry: AuditEntry) => T): T[] => entries.map(pick);
  // timestamp(3) holds UTC wall-clock time, as Prisma writes a DateTime; the zone of the ISO text is ignored.
  return Prisma.sql`
    INSERT INTO "AuditEvent" ("at", "actorId", "action", "entity", "entityId", "before", "after", "reason")
    SELECT ${at.toISOString()}::timestamp(3), e."actorId", e."action", e."entity", e."entityId", e."before", e."after", e."reason"
    FROM unnest(
      ${column((e) => e.actorId)}::int[], ${column((e) => e.action)}::text[], ${column((e) => e.entity)}::text[],
      ${column((e) => String(e.entityId))}::text[], ${column((e) => jsonText(e.before))}::jsonb[], ${column((e) => jsonText(e.after))}::jsonb[],
      ${column((e) => e.reason ?? null)}::text[]
    ) WITH ORDINALITY AS e("actorId", "action", "entity", "entityId", "before", "after", "reason", n)
    ORDER BY e.n`;
}
