"use server";
import { revalidatePath, updateTag } from "next/cache";
import { readReturnForm, readTransitionForm } from "@/lib/schemas/forms";
import { getNow } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { toActionResult, type ActionResult } from "../errors";
import { PUBLIC_DATA_TAG } from "../public-cache";
import { approveSubmission, returnSubmission } from "../services/reporting";

export async function approveSubmissionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    await approveSubmission(viewer, readTransitionForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  // Approved values (and approved corrections) are what the static public pages publish.
  updateTag(PUBLIC_DATA_TAG);
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã phê duyệt báo cáo; số liệu đã được công bố." };
}

export async function returnSubmissionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    await returnSubmission(viewer, readReturnForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã trả lại báo cáo kèm lý do; đơn vị báo cáo đã được thông báo." };
}
