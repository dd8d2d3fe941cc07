"use server";
import { revalidatePath } from "next/cache";
import { getToday } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { toActionResult, type ActionResult } from "../errors";
import { remindLateReporters } from "../services/tracker-reminders";

export async function remindLateAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let sent: { reporters: number; notices: number };
  try {
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    sent = await remindLateReporters(viewer, { periodId: formData.get("periodId") }, getDb(), getToday());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/committee/tracker");
  return {
    status: "ok",
    message: sent.notices === 0
      ? "Các đơn vị trễ hạn đều đã được nhắc trong hôm nay; không gửi thêm thông báo."
      : `Đã gửi ${sent.notices} thông báo nhắc nhở tới cán bộ của ${sent.reporters} đơn vị trễ hạn.`,
  };
}
