"use server";
import { revalidatePath } from "next/cache";
import { readCorrectionForm } from "@/lib/schemas/forms";
import { getNow } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { toActionResult, type ActionResult } from "../errors";
import { correctValue } from "../services/corrections";
import { setPeriodDeadline, setPeriodLock } from "../services/periods";

export async function setPeriodLockAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await setPeriodLock(viewer, { periodId: formData.get("periodId"), lock: formData.get("lock") }, getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: formData.get("lock") === "lock" ? "Đã khoá kỳ báo cáo." : "Đã mở lại kỳ báo cáo." };
}

export async function setPeriodDeadlineAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await setPeriodDeadline(viewer, { periodId: formData.get("periodId"), deadline: formData.get("deadline") }, getDb());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã cập nhật hạn nộp." };
}

export async function correctValueAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await correctValue(viewer, readCorrectionForm(formData), getDb());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã ghi nhận điều chỉnh; số liệu công khai giữ nguyên cho đến khi Ban Chỉ đạo phê duyệt." };
}
