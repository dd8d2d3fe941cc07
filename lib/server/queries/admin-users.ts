import "server-only";
import type { Db } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { canAdminister } from "../permissions";
import { hashToken, tokenProblemKind } from "../services/users";
import type { Viewer } from "../viewer";

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const unitSelect = {
  locality: { select: { id: true, code: true, name: true, level: true, validTo: true, predecessorOf: { select: { successor: { select: { id: true, code: true, name: true, validTo: true } } } } } },
  agency: { select: { id: true, name: true, shortName: true, active: true } },
} as const;
const userSelect = { id: true, email: true, name: true, role: true, active: true, lastLoginAt: true, createdAt: true, ...unitSelect } as const;

type UserRow = Awaited<ReturnType<typeof loadUsers>>[number];
function loadUsers(db: Db, where: object, now: Date) {
  return db.user.findMany({
    where, orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { ...userSelect, passwordTokens: { where: { usedAt: null, expiresAt: { gt: now } }, select: { purpose: true, expiresAt: true } } },
  });
}

/**
 * A unit no longer in force on `today` is flagged with its end date, and its successors are offered for the
 * officer's reassignment. An account whose invitation is still open has not set a password yet.
 */
function toView(u: UserRow, today: Date) {
  const locality = u.locality && {
    id: u.locality.id, code: u.locality.code, name: u.locality.name, level: u.locality.level, validTo: isoDate(u.locality.validTo),
    dissolved: u.locality.validTo !== null && u.locality.validTo <= today,
    successors: u.locality.predecessorOf.map((l) => l.successor).filter((s) => s.validTo === null || s.validTo > today).map(({ id, code, name }) => ({ id, code, name })),
  };
  return {
    id: u.id, email: u.email, name: u.name, role: u.role, active: u.active, lastLoginAt: u.lastLoginAt, agency: u.agency, locality,
    invitationPending: u.lastLoginAt === null && u.passwordTokens.some((t) => t.purpose === "invite"),
  };
}

export type AdminUser = ReturnType<typeof toView>;

/** Every account, optionally narrowed by a search on name or e-mail. */
export async function getUsersForAdmin(viewer: Viewer, search: string, db: Db, today: Date, now: Date): Promise<AdminUser[]> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const q = search.trim();
  const where = q === "" ? {} : { OR: [{ name: { contains: q, mode: "insensitive" as const } }, { email: { contains: q, mode: "insensitive" as const } }] };
  return (await loadUsers(db, where, now)).map((u) => toView(u, today));
}

export async function getUserForAdmin(viewer: Viewer, userId: number, db: Db, today: Date, now: Date): Promise<AdminUser> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const [user] = await loadUsers(db, { id: userId }, now);
  if (!user) throw new NotFoundError("Không tìm thấy tài khoản.");
  return toView(user, today);
}

/** The units an account can be given today: localities in force, by level, and active agencies. */
export async function getUserUnitOptions(viewer: Viewer, db: Db, today: Date) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const [localities, agencies] = await Promise.all([
    db.locality.findMany({
      where: { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gt: today } }] },
      orderBy: [{ level: "asc" }, { code: "asc" }], select: { id: true, code: true, name: true, level: true },
    }),
    db.agency.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { localities, agencies };
}

export type UserUnitOptions = Awaited<ReturnType<typeof getUserUnitOptions>>;

/** For the anonymous set-password page: whose link it is, or why it cannot be used. Reveals nothing for unknown links. */
export async function getPasswordTokenStatus(token: string, db: Db, now: Date) {
  const found = token.length >= 20 && token.length <= 200
    ? await db.passwordToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true, purpose: true, user: { select: { name: true, email: true, active: true } } } })
    : null;
  const problem = tokenProblemKind(found, now);
  if (problem || !found) return { ok: false as const, problem: problem ?? "unknown" };
  return { ok: true as const, purpose: found.purpose, name: found.user.name, email: found.user.email };
}
