"use server";
import { revalidatePath, updateTag } from "next/cache";
import { readIndicatorForm, readMethodChangeForm } from "@/lib/schemas/admin-indicators";
import { getNow } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { toActionResult, type ActionResult } from "../errors";
import { PUBLIC_DATA_TAG } from "../public-cache";
import { recordMethodChange, updateIndicator } from "../services/indicators";

export async function updateIndicatorAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await updateIndicator(viewer, readIndicatorForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  // Names, definitions and series breaks appear on the static public pages.
  updateTag(PUBLIC_DATA_TAG);
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã lưu chỉ tiêu." };
}

export async function recordMethodChangeAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await recordMethodChange(viewer, readMethodChangeForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  // Names, definitions and series breaks appear on the static public pages.
  updateTag(PUBLIC_DATA_TAG);
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã ghi nhận thay đổi phương pháp; các chuỗi số liệu sẽ hiển thị điểm gián đoạn từ ngày áp dụng." };
}
