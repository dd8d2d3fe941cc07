"use server";
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { readCascadeForm, readTargetForm } from "@/lib/schemas/admin-targets";
import { getNow } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { toActionResult, type ActionResult } from "../errors";
import { PUBLIC_DATA_TAG } from "../public-cache";
import { cascadeTarget, saveTarget } from "../services/targets";

/** Saves the target; a new one opens its own page (where a provincial target can be cascaded). */
export async function saveTargetAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let targetId: number;
  try {
    const viewer = await requireRole("ADMIN");
    ({ targetId } = await saveTarget(viewer, readTargetForm(formData), getDb(), getNow()));
  } catch (error) {
    return toActionResult(error);
  }
  // Targets are published with the scoreboard.
  updateTag(PUBLIC_DATA_TAG);
  revalidatePath("/", "layout");
  if (formData.get("mode") === "new") redirect(`/admin/targets/${targetId}?saved=1`);
  return { status: "ok", message: "Đã lưu mục tiêu." };
}

export async function cascadeTargetAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let message: string;
  try {
    const viewer = await requireRole("ADMIN");
    const r = await cascadeTarget(viewer, readCascadeForm(formData), getDb(), getNow());
    message = `Đã phân bổ cho ${r.units} đơn vị: tạo mới ${r.created}, cập nhật ${r.updated}, giữ nguyên ${r.skipped} mục tiêu đã được sửa tay.`;
  } catch (error) {
    return toActionResult(error);
  }
  updateTag(PUBLIC_DATA_TAG);
  revalidatePath("/", "layout");
  return { status: "ok", message };
}
