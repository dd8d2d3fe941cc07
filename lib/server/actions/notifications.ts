"use server";
import { revalidatePath } from "next/cache";
import { writeAudit } from "../audit";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { toActionResult, type ActionResult } from "../errors";

/** Marks the caller's own notices as read; nobody else's can be touched. */
export async function markNotificationsReadAction(_prev: ActionResult, _formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("OFFICER", "COMMITTEE", "ADMIN");
    await getDb().$transaction(async (tx) => {
      const { count } = await tx.notification.updateMany({ where: { userId: viewer.userId, readAt: null }, data: { readAt: new Date() } });
      await writeAudit(tx, [{ actorId: viewer.userId, action: "notification.read_all", entity: "User", entityId: viewer.userId, after: { count } }]);
    });
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã đánh dấu tất cả là đã đọc." };
}
