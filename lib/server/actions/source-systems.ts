"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { readIssueTokenForm, readRegisterForm, readSourceSystemActiveForm, readTokenForm } from "@/lib/schemas/source-systems";
import { getNow } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { toActionResult, type ActionResult } from "../errors";
import { issueToken, registerSourceSystem, revokeToken, setSourceSystemActive, type IssuedApiToken } from "../services/source-systems";

/** The issue form's state: on success it carries the plain token, which exists nowhere else afterwards. */
export type IssueTokenState = ActionResult | { status: "issued"; message: string; token: string; tokenPrefix: string };

/** On success it goes to the new system's page, where its first token is issued. */
export async function registerSourceSystemAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let sourceSystemId: number;
  try {
    const viewer = await requireRole("ADMIN");
    ({ sourceSystemId } = await registerSourceSystem(viewer, readRegisterForm(formData), getDb(), getNow()));
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/admin/source-systems", "layout");
  redirect(`/admin/source-systems/${sourceSystemId}`);
}

export async function issueTokenAction(_prev: IssueTokenState, formData: FormData): Promise<IssueTokenState> {
  let issued: IssuedApiToken;
  try {
    const viewer = await requireRole("ADMIN");
    issued = await issueToken(viewer, readIssueTokenForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/admin/source-systems", "layout");
  return { status: "issued", message: "Đã cấp mã truy cập.", token: issued.token, tokenPrefix: issued.tokenPrefix };
}

export async function revokeTokenAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await revokeToken(viewer, readTokenForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/admin/source-systems", "layout");
  return { status: "ok", message: "Đã thu hồi mã truy cập; hệ thống không thể dùng mã này nữa." };
}

export async function setSourceSystemActiveAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await setSourceSystemActive(viewer, readSourceSystemActiveForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/admin/source-systems", "layout");
  return { status: "ok", message: formData.get("active") === "true" ? "Hệ thống nguồn hoạt động trở lại." : "Đã tạm dừng hệ thống nguồn; mọi mã truy cập của hệ thống bị từ chối cho tới khi hoạt động lại." };
}
