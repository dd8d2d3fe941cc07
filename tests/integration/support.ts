import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../lib/server/prisma-client";
import type { Viewer } from "../../lib/server/viewer";

/** The run's real database (see global-setup.ts). */
export function connectTestDb(): PrismaClient {
  return createPrismaClient(inject("databaseUrl"));
}

/** The caller, as a test may choose it: a real seeded user, looked up by email. */
export async function viewerFor(db: PrismaClient, email: string): Promise<Viewer> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { userId: user.id, name: user.name, email: user.email, role: user.role, localityId: user.localityId, agencyId: user.agencyId };
}

/** The newest audit row's id, so a test can read exactly the rows written after it. */
export async function lastAuditId(db: PrismaClient): Promise<bigint> {
  const { _max } = await db.auditEvent.aggregate({ _max: { id: true } });
  return _max.id ?? 0n;
}
