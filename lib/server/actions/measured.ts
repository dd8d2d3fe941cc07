"use server";
import { revalidatePath, updateTag } from "next/cache";
import { getNow } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { toActionResult, type ActionResult } from "../errors";
import { PUBLIC_DATA_TAG } from "../public-cache";
import { approveMeasuredValue } from "../services/measured";

export async function approveMeasuredValueAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let published: boolean;
  try {
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    ({ published } = await approveMeasuredValue(viewer, { measuredValueId: formData.get("measuredValueId") }, getDb(), getNow()));
  } catch (error) {
    return toActionResult(error);
  }
  // A measured figure published under MEASURED_WINS is what the static public pages now show.
  if (published) updateTag(PUBLIC_DATA_TAG);
  revalidatePath("/committee/measured");
  return {
    status: "ok",
    message: published
      ? "Đã phê duyệt số liệu đo; số liệu đo đã được công bố."
      : "Đã phê duyệt số liệu đo; chỉ tiêu công bố số liệu báo cáo nên số liệu đo được lưu để đối chiếu.",
  };
}
