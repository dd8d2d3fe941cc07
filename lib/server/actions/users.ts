"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { readInviteForm, readReassignForm, readSetPasswordForm, readUserForm } from "@/lib/schemas/admin-users";
import { getNow } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { toActionResult, type ActionResult } from "../errors";
import { inviteUser, issuePasswordReset, reassignUser, setPasswordWithToken, setUserActive, type IssuedLink } from "../services/users";

/** Without e-mail the admin is shown the link once, to pass on by another channel. */
async function linkMessage(done: string, link: IssuedLink): Promise<string> {
  if (link.emailed) return `${done} Thư có liên kết đặt mật khẩu đã được gửi (hiệu lực 7 ngày).`;
  const origin = (process.env.NEXTAUTH_URL ?? (await headers()).get("origin") ?? "").replace(/\/$/, "");
  return `${done} Hệ thống chưa gửi được thư: hãy chuyển liên kết sau cho người dùng (dùng một lần, hiệu lực 7 ngày): ${origin}${link.path}`;
}

export async function inviteUserAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let link: IssuedLink;
  try {
    const viewer = await requireRole("ADMIN");
    link = await inviteUser(viewer, readInviteForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/admin", "layout");
  return { status: "ok", message: await linkMessage("Đã tạo tài khoản.", link) };
}

export async function resetPasswordAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let link: IssuedLink;
  try {
    const viewer = await requireRole("ADMIN");
    link = await issuePasswordReset(viewer, readUserForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/admin", "layout");
  return { status: "ok", message: await linkMessage("Đã tạo liên kết đặt lại mật khẩu; các liên kết cũ không còn dùng được.", link) };
}

export async function setUserActiveAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await setUserActive(viewer, readUserForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/admin", "layout");
  return { status: "ok", message: formData.get("active") === "true" ? "Đã mở lại tài khoản." : "Đã khoá tài khoản; người dùng không thể đăng nhập nữa." };
}

export async function reassignUserAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await reassignUser(viewer, readReassignForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã chuyển cán bộ sang đơn vị mới." };
}

/** Anonymous: the token in the form is the credential. */
export async function setPasswordAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    await setPasswordWithToken(readSetPasswordForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  return { status: "ok", message: "Đã đặt mật khẩu. Bạn có thể đăng nhập ngay." };
}
