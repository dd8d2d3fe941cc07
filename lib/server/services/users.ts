import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { Prisma } from "@/generated/prisma/client";
import { inviteSchema, reassignSchema, setPasswordSchema, userActiveSchema, userRefSchema } from "@/lib/schemas/admin-users";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "../errors";
import { log } from "../log";
import { sendMail } from "../mailer";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";
import { zodToDomainError } from "./zod-errors";

type Tx = Prisma.TransactionClient;
type Purpose = "invite" | "reset";

const TOKEN_DAYS = 7;
const DAY_MS = 86_400_000;

/** Only the SHA-256 of a token is stored, so a leaked table cannot be turned into working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface IssuedLink { path: string; emailed: boolean }

/** A fresh one-time token for the user (older unused ones stop working), valid for 7 days. */
async function issueToken(tx: Tx, userId: number, purpose: Purpose, now: Date): Promise<string> {
  await tx.passwordToken.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  const token = randomBytes(32).toString("base64url");
  await tx.passwordToken.create({ data: { userId, tokenHash: hashToken(token), purpose, expiresAt: new Date(now.getTime() + TOKEN_DAYS * DAY_MS), createdAt: now } });
  return token;
}

/**
 * After commit: e-mail the link when SMTP is configured. Without it (or when sending fails) the link is logged
 * for the operator and the admin is shown it once, since it is the only way the person can get in.
 */
async function deliverLink(user: { id: number; email: string; name: string }, token: string, purpose: Purpose): Promise<IssuedLink> {
  const path = `/dat-mat-khau/${token}`;
  const url = `${(process.env.NEXTAUTH_URL ?? "").replace(/\/$/, "")}${path}`;
  const subject = purpose === "invite" ? "Mời tham gia Bảng theo dõi chuyển đổi số" : "Đặt lại mật khẩu Bảng theo dõi chuyển đổi số";
  const intro = purpose === "invite" ? "Quản trị viên đã tạo tài khoản cho bạn trên Bảng theo dõi chuyển đổi số." : "Quản trị viên đã yêu cầu đặt lại mật khẩu tài khoản của bạn.";
  const text = `Chào ${user.name},\n\n${intro}\nVui lòng đặt mật khẩu tại liên kết sau (dùng được một lần, trong ${TOKEN_DAYS} ngày):\n\n${url}\n\nNếu bạn không chờ thư này, hãy bỏ qua nó.`;
  try {
    if (await sendMail({ to: user.email, subject, text })) return { path, emailed: true };
    log.info("SMTP_URL chưa được cấu hình; liên kết đặt mật khẩu cho người dùng", { area: "mail", purpose, userId: user.id, url });
  } catch (error) {
    log.error("không gửi được thư đặt mật khẩu", { area: "mail", purpose, userId: user.id, error });
  }
  return { path, emailed: false };
}

/** The unit an officer reports for must exist today: a locality in force, or an active agency. */
async function checkUnit(tx: Tx, unit: { localityId: number | null; agencyId: number | null }, now: Date): Promise<void> {
  if (unit.localityId !== null) {
    const locality = await tx.locality.findUnique({ where: { id: unit.localityId } });
    if (!locality || locality.validFrom > now || (locality.validTo !== null && locality.validTo <= now)) {
      throw new DomainValidationError("Địa phương không còn hiệu lực.", { localityId: ["Vui lòng chọn một địa phương đang có hiệu lực."] });
    }
  }
  if (unit.agencyId !== null) {
    const agency = await tx.agency.findUnique({ where: { id: unit.agencyId } });
    if (!agency || !agency.active) throw new DomainValidationError("Cơ quan không hoạt động.", { agencyId: ["Vui lòng chọn một cơ quan đang hoạt động."] });
  }
}

/**
 * Admin creates an account with a role and (for officers) a unit, and sends a one-time link to set its password.
 * Until then the account has a random password nobody knows. Audited (never with the token).
 */
export async function inviteUser(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<{ userId: number } & IssuedLink> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = inviteSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const input = parsed.data;
  // Hashed outside the transaction: argon2 is deliberately slow.
  const unusable = await hash(randomBytes(32).toString("base64url"));
  const { user, token } = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } })) {
      throw new DomainValidationError("Email đã được dùng.", { email: ["Đã có tài khoản với email này."] });
    }
    await checkUnit(tx, input, now);
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, localityId: input.localityId, agencyId: input.agencyId, passwordHash: unusable, createdAt: now },
    });
    const token = await issueToken(tx, user.id, "invite", now);
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "user.invite", entity: "User", entityId: user.id,
      after: { email: input.email, name: input.name, role: input.role, localityId: input.localityId, agencyId: input.agencyId },
    }], now);
    return { user, token };
  });
  return { userId: user.id, ...(await deliverLink(user, token, "invite")) };
}

/** Admin sends a user a new one-time link to set a password; earlier links stop working. Audited. */
export async function issuePasswordReset(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<IssuedLink> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = userRefSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const { user, token } = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: parsed.data.userId } });
    if (!user) throw new NotFoundError("Không tìm thấy tài khoản.");
    if (!user.active) throw new ConflictError("Tài khoản đang bị khoá: hãy mở lại tài khoản trước khi đặt lại mật khẩu.");
    const token = await issueToken(tx, user.id, "reset", now);
    await writeAudit(tx, [{ actorId: viewer.userId, action: "user.passwordReset", entity: "User", entityId: user.id }], now);
    return { user, token };
  });
  return deliverLink(user, token, "reset");
}

/** Admin locks an account (it can no longer sign in; its history stays) or opens it again. Audited. */
export async function setUserActive(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = userActiveSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const { userId, active } = parsed.data;
  if (userId === viewer.userId && !active) throw new DomainValidationError("Bạn không thể tự khoá tài khoản của mình.");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new NotFoundError("Không tìm thấy tài khoản.");
    if (user.active === active) throw new ConflictError(active ? "Tài khoản đang hoạt động." : "Tài khoản đã bị khoá từ trước.");
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (!active) await tx.passwordToken.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: active ? "user.reactivate" : "user.deactivate", entity: "User", entityId: userId,
      before: { active: user.active }, after: { active },
    }], now);
  });
}

/** Admin moves an officer to another unit, e.g. from an abolished commune to its successor. Audited. */
export async function reassignUser(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = reassignSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const { userId, localityId, agencyId } = parsed.data;
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new NotFoundError("Không tìm thấy tài khoản.");
    if (user.role !== "OFFICER") throw new DomainValidationError("Chỉ cán bộ báo cáo mới gắn với đơn vị.");
    if (user.localityId === localityId && user.agencyId === agencyId) throw new ConflictError("Cán bộ đang thuộc đơn vị này.");
    await checkUnit(tx, { localityId, agencyId }, now);
    await tx.user.update({ where: { id: userId }, data: { localityId, agencyId } });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "user.reassign", entity: "User", entityId: userId,
      before: { localityId: user.localityId, agencyId: user.agencyId }, after: { localityId, agencyId },
    }], now);
  });
}

/**
 * Anyone holding a valid link sets the account's password (at least 10 characters, typed twice). The link is
 * spent in the same transaction, guarded so two submissions cannot both use it. Audited as the user.
 */
export async function setPasswordWithToken(rawInput: unknown, db: Db, now: Date): Promise<{ email: string }> {
  const parsed = setPasswordSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const tokenHash = hashToken(parsed.data.token);
  const found = await db.passwordToken.findUnique({ where: { tokenHash }, include: { user: true } });
  const problem = tokenProblem(found, now);
  if (problem) throw new DomainValidationError(problem);
  const passwordHash = await hash(parsed.data.password);
  return db.$transaction(async (tx) => {
    const spent = await tx.passwordToken.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (spent.count !== 1 || !found) throw new DomainValidationError(TOKEN_PROBLEMS.used);
    await tx.user.update({ where: { id: found.userId }, data: { passwordHash } });
    await writeAudit(tx, [{ actorId: found.userId, action: found.purpose === "invite" ? "user.acceptInvite" : "user.setPassword", entity: "User", entityId: found.userId }], now);
    return { email: found.user.email };
  });
}

export const TOKEN_PROBLEMS = {
  unknown: "Liên kết đặt mật khẩu không đúng. Vui lòng kiểm tra lại đường dẫn trong thư, hoặc đề nghị quản trị viên gửi liên kết mới.",
  used: "Liên kết này đã được dùng để đặt mật khẩu. Nếu bạn quên mật khẩu, hãy đề nghị quản trị viên gửi liên kết mới.",
  expired: `Liên kết đã hết hạn (chỉ dùng được trong ${TOKEN_DAYS} ngày). Vui lòng đề nghị quản trị viên gửi liên kết mới.`,
  inactive: "Tài khoản này đang bị khoá. Vui lòng liên hệ quản trị viên.",
} as const;

export type TokenProblem = keyof typeof TOKEN_PROBLEMS;

/** Why a token cannot be used, or null when it can. */
export function tokenProblemKind(token: { usedAt: Date | null; expiresAt: Date; user: { active: boolean } } | null, now: Date): TokenProblem | null {
  if (!token) return "unknown";
  if (token.usedAt) return "used";
  if (token.expiresAt <= now) return "expired";
  if (!token.user.active) return "inactive";
  return null;
}

function tokenProblem(token: Parameters<typeof tokenProblemKind>[0], now: Date): string | null {
  const kind = tokenProblemKind(token, now);
  return kind ? TOKEN_PROBLEMS[kind] : null;
}
