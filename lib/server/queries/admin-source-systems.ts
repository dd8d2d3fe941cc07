import "server-only";
import type { Db } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";

// What the admin sees of source systems and their tokens. A token's hash never leaves the database; its
// prefix is what identifies it on screen.

const TOKEN_SELECT = {
  id: true, tokenPrefix: true, indicatorIds: true, localityIds: true, createdAt: true, lastUsedAt: true, revokedAt: true,
  createdBy: { select: { name: true } }, _count: { select: { batches: true } },
} as const;

async function scopeNames(db: Db, tokens: { indicatorIds: number[]; localityIds: number[] }[]) {
  const [indicators, localities] = await Promise.all([
    db.indicator.findMany({ where: { id: { in: [...new Set(tokens.flatMap((t) => t.indicatorIds))] } }, select: { id: true, code: true }, orderBy: { code: "asc" } }),
    db.locality.findMany({ where: { id: { in: [...new Set(tokens.flatMap((t) => t.localityIds))] } }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } }),
  ]);
  return <T extends { indicatorIds: number[]; localityIds: number[] }>(token: T) => ({
    ...token,
    indicators: indicators.filter((i) => token.indicatorIds.includes(i.id)).map((i) => i.code),
    localities: localities.filter((l) => token.localityIds.includes(l.id)).map((l) => ({ code: l.code, name: l.name })),
  });
}

/** Every source system, active first, with its tokens (newest first) and what each may write. */
export async function getSourceSystemsForAdmin(viewer: Viewer, db: Db) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const systems = await db.sourceSystem.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, owner: true, contact: true, active: true, createdAt: true, tokens: { select: TOKEN_SELECT, orderBy: { createdAt: "desc" } } },
  });
  const named = await scopeNames(db, systems.flatMap((s) => s.tokens));
  return systems.map((s) => ({ ...s, tokens: s.tokens.map(named) }));
}

export type AdminSourceSystem = Awaited<ReturnType<typeof getSourceSystemsForAdmin>>[number];
export type AdminApiToken = AdminSourceSystem["tokens"][number];

/** One system with its tokens and what it has delivered; a missing id is a NotFoundError. */
export async function getSourceSystemForAdmin(viewer: Viewer, db: Db, id: number) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const system = await db.sourceSystem.findUnique({
    where: { id },
    select: {
      id: true, name: true, owner: true, contact: true, active: true, createdAt: true,
      tokens: { select: TOKEN_SELECT, orderBy: { createdAt: "desc" } },
      _count: { select: { measurements: true, measuredValues: true } },
    },
  });
  if (!system) throw new NotFoundError("Không tìm thấy hệ thống nguồn.");
  const named = await scopeNames(db, system.tokens);
  return { ...system, tokens: system.tokens.map(named) };
}

export type AdminSourceSystemDetail = Awaited<ReturnType<typeof getSourceSystemForAdmin>>;

/** What a token may be scoped to: active indicators by pillar, and the units valid at `now` by level (as issueToken checks). */
export async function getTokenScopeOptions(viewer: Viewer, db: Db, now: Date) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const [pillars, localities] = await Promise.all([
    db.pillar.findMany({
      orderBy: { sortOrder: "asc" },
      select: {
        code: true, nameVi: true, nameEn: true,
        indicators: { where: { active: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, nameVi: true, nameEn: true, levels: true } },
      },
    }),
    db.locality.findMany({
      where: { validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gt: now } }] },
      orderBy: [{ level: "asc" }, { code: "asc" }],
      select: { id: true, code: true, name: true, level: true },
    }),
  ]);
  return { pillars: pillars.filter((p) => p.indicators.length > 0), localities };
}

export type TokenScopeOptions = Awaited<ReturnType<typeof getTokenScopeOptions>>;
