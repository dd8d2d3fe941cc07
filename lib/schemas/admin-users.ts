import { idSchema, plainString } from "./common";
import { z } from "./zod-locale";

// Accounts as the admin manages them (invite, reassign, deactivate, reset), and the one-time set-password form.

export const ROLES = ["ADMIN", "COMMITTEE", "OFFICER"] as const;
export const PASSWORD_MIN = 10;

const id = idSchema();
const optionalId = z.union([z.literal("").transform(() => null), id]).optional().transform((v) => v ?? null);

/** An officer reports for exactly one unit: a locality or an agency. Other roles have none. */
function checkUnit(value: { role?: string; localityId: number | null; agencyId: number | null }, ctx: z.RefinementCtx) {
  const role = value.role ?? "OFFICER";
  if (role === "OFFICER" && (value.localityId === null) === (value.agencyId === null)) {
    ctx.addIssue({ code: "custom", path: ["unit"], message: "Cán bộ phải thuộc đúng một đơn vị: một địa phương hoặc một cơ quan." });
  }
  if (role !== "OFFICER" && (value.localityId !== null || value.agencyId !== null)) {
    ctx.addIssue({ code: "custom", path: ["unit"], message: "Quản trị viên và thành viên Ban Chỉ đạo không gắn với đơn vị báo cáo." });
  }
}

export const inviteSchema = z.object({
  email: z.string({ error: "Vui lòng nhập email." }).trim().toLowerCase().max(200, "Email quá dài.").pipe(z.email("Email không hợp lệ.")),
  name: plainString({ error: "Vui lòng nhập họ tên." }).trim().min(3, "Vui lòng nhập họ tên (ít nhất 3 ký tự).").max(200, "Họ tên quá dài (tối đa 200 ký tự)."),
  role: z.enum(ROLES, { error: "Vui lòng chọn vai trò." }),
  localityId: optionalId,
  agencyId: optionalId,
}).superRefine(checkUnit);

export const userRefSchema = z.object({ userId: id });

export const userActiveSchema = z.object({
  userId: id,
  active: z.enum(["true", "false"], { error: "Trạng thái không hợp lệ." }).transform((v) => v === "true"),
});

export const reassignSchema = z.object({ userId: id, localityId: optionalId, agencyId: optionalId }).superRefine(checkUnit);

export const setPasswordSchema = z.object({
  token: plainString({ error: "Liên kết không hợp lệ." }).min(20, "Liên kết không hợp lệ.").max(200, "Liên kết không hợp lệ."),
  password: plainString({ error: "Vui lòng nhập mật khẩu mới." }).min(PASSWORD_MIN, `Mật khẩu phải có ít nhất ${PASSWORD_MIN} ký tự.`).max(200, "Mật khẩu quá dài (tối đa 200 ký tự)."),
  confirm: z.string({ error: "Vui lòng nhập lại mật khẩu." }),
}).refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Hai lần nhập mật khẩu không khớp." });

export type InviteInput = z.infer<typeof inviteSchema>;

const one = (formData: FormData, name: string) => formData.get(name) ?? undefined;

/** Fields: email, name, role, unitKind ("locality" | "agency"), localityId, agencyId — only the chosen kind's unit is read. */
export function readInviteForm(formData: FormData) {
  return { email: one(formData, "email"), name: one(formData, "name"), role: one(formData, "role"), ...readUnit(formData) };
}

/** Fields: userId, unitKind, localityId, agencyId. */
export function readReassignForm(formData: FormData) {
  return { userId: one(formData, "userId"), ...readUnit(formData) };
}

/** Fields: userId, active. */
export function readUserForm(formData: FormData) {
  return { userId: one(formData, "userId"), active: one(formData, "active") };
}

/** Fields: token, password, confirm. */
export function readSetPasswordForm(formData: FormData) {
  return { token: one(formData, "token"), password: one(formData, "password"), confirm: one(formData, "confirm") };
}

function readUnit(formData: FormData) {
  const kind = formData.get("unitKind");
  return { localityId: kind === "locality" ? one(formData, "localityId") : "", agencyId: kind === "agency" ? one(formData, "agencyId") : "" };
}
