"use server";
import { revalidatePath, updateTag } from "next/cache";
import { readAgencyForm } from "@/lib/schemas/admin-agencies";
import { getNow } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { toActionResult, type ActionResult } from "../errors";
import { PUBLIC_DATA_TAG } from "../public-cache";
import { createAgency, renameAgency, setAgencyActive } from "../services/agencies";

export async function createAgencyAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await createAgency(viewer, readAgencyForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  updateTag(PUBLIC_DATA_TAG);
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã thêm cơ quan." };
}

export async function renameAgencyAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await renameAgency(viewer, readAgencyForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  updateTag(PUBLIC_DATA_TAG);
  revalidatePath("/", "layout");
  return { status: "ok", message: "Đã đổi tên cơ quan." };
}

export async function setAgencyActiveAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await setAgencyActive(viewer, readAgencyForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  updateTag(PUBLIC_DATA_TAG);
  revalidatePath("/", "layout");
  return { status: "ok", message: formData.get("active") === "true" ? "Đã cho cơ quan hoạt động trở lại." : "Đã ngừng hoạt động cơ quan." };
}
