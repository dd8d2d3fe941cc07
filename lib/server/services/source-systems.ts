import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { issueTokenSchema, registerSourceSystemSchema, sourceSystemActiveSchema, tokenRefSchema } from "@/lib/schemas/source-systems";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "../errors";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";
import { zodToDomainError } from "./zod-errors";

// The admin's side of machine ingestion: registering source systems and issuing the scoped tokens they push
// measurements with (lib/server/services/ingest.ts checks them). Every write is audited; no token is logged.

export const API_TOKEN_PREFIX_LENGTH = 8;

/** Only the SHA-256 of a token is stored, so a leaked table holds nothing that can push data. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** `cds_` and 40 base64url characters (30 random bytes): recognisable in logs and secret scanners. */
export function generateApiToken(): string {
  return `cds_${randomBytes(30).toString("base64url")}`;
}

function parseOrThrow<T>(result: { success: true; data: T } | { success: false; error: Parameters<typeof zodToDomainError>[0] }): T {
  if (!result.success) throw zodToDomainError(result.error);
  return result.data;
}

export async function registerSourceSystem(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<{ sourceSystemId: number }> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const input = parseOrThrow(registerSourceSystemSchema.safeParse(rawInput));
  return db.$transaction(async (tx) => {
    if (await tx.sourceSystem.findFirst({ where: { name: { equals: input.name, mode: "insensitive" } } })) {
      throw new DomainValidationError("Tên hệ thống đã được dùng.", { name: ["Đã có hệ thống nguồn mang tên này."] });
    }
    const system = await tx.sourceSystem.create({ data: { ...input, createdAt: now } });
    await writeAudit(tx, [{ actorId: viewer.userId, action: "sourceSystem.register", entity: "SourceSystem", entityId: system.id, after: input }], now);
    return { sourceSystemId: system.id };
  });
}

export interface IssuedApiToken { tokenId: number; token: string; tokenPrefix: string }

/**
 * A new token for an active system, scoped to active indicators and to units valid today. The plain token is
 * returned ONCE, to be shown to the admin; only its hash and first characters are kept.
 */
export async function issueToken(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<IssuedApiToken> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const input = parseOrThrow(issueTokenSchema.safeParse(rawInput));
  const token = generateApiToken();
  const tokenPrefix = token.slice(0, API_TOKEN_PREFIX_LENGTH);
  const tokenId = await db.$transaction(async (tx) => {
    const system = await tx.sourceSystem.findUnique({ where: { id: input.sourceSystemId } });
    if (!system) throw new NotFoundError("Không tìm thấy hệ thống nguồn.");
    if (!system.active) throw new ConflictError("Hệ thống nguồn đang tạm dừng: hãy cho hoạt động lại trước khi cấp mã truy cập.");
    const indicators = await tx.indicator.count({ where: { id: { in: input.indicatorIds }, active: true } });
    if (indicators !== input.indicatorIds.length) {
      throw new DomainValidationError("Có chỉ tiêu không còn được theo dõi.", { indicatorIds: ["Chỉ chọn các chỉ tiêu đang được theo dõi."] });
    }
    const localities = await tx.locality.count({
      where: { id: { in: input.localityIds }, validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gt: now } }] },
    });
    if (localities !== input.localityIds.length) {
      throw new DomainValidationError("Có địa phương không còn hiệu lực.", { localityIds: ["Chỉ chọn các đơn vị hành chính đang có hiệu lực."] });
    }
    const created = await tx.apiToken.create({
      data: { sourceSystemId: system.id, tokenHash: hashApiToken(token), tokenPrefix, indicatorIds: input.indicatorIds, localityIds: input.localityIds, createdById: viewer.userId, createdAt: now },
    });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "apiToken.issue", entity: "ApiToken", entityId: created.id,
      after: { sourceSystemId: system.id, tokenPrefix, indicatorIds: input.indicatorIds, localityIds: input.localityIds },
    }], now);
    return created.id;
  });
  return { tokenId, token, tokenPrefix };
}

/** The token stops working at once; batches it delivered stay. Audited. */
export async function revokeToken(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const { tokenId } = parseOrThrow(tokenRefSchema.safeParse(rawInput));
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId } });
    if (!token) throw new NotFoundError("Không tìm thấy mã truy cập.");
    // Guarded update: two admins revoking at once record one revocation.
    const revoked = await tx.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count !== 1) throw new ConflictError("Mã truy cập đã bị thu hồi từ trước.");
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "apiToken.revoke", entity: "ApiToken", entityId: tokenId,
      before: { revokedAt: null }, after: { revokedAt: now.toISOString(), tokenPrefix: token.tokenPrefix },
    }], now);
  });
}

/** A paused system's tokens are refused (401) without being revoked, so it can resume with the same tokens. */
export async function setSourceSystemActive(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const { sourceSystemId, active } = parseOrThrow(sourceSystemActiveSchema.safeParse(rawInput));
  await db.$transaction(async (tx) => {
    const system = await tx.sourceSystem.findUnique({ where: { id: sourceSystemId } });
    if (!system) throw new NotFoundError("Không tìm thấy hệ thống nguồn.");
    if (system.active === active) throw new ConflictError(active ? "Hệ thống nguồn đang hoạt động." : "Hệ thống nguồn đã tạm dừng từ trước.");
    await tx.sourceSystem.update({ where: { id: sourceSystemId }, data: { active } });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: active ? "sourceSystem.activate" : "sourceSystem.deactivate", entity: "SourceSystem", entityId: sourceSystemId,
      before: { active: system.active }, after: { active },
    }], now);
  });
}
