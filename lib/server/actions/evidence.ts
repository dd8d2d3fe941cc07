"use server";
import { revalidatePath } from "next/cache";
import { readRemoveEvidenceForm, readUploadEvidenceForm } from "@/lib/schemas/evidence";
import { getToday } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { toActionResult, type ActionResult } from "../errors";
import { removeEvidence, uploadEvidence } from "../services/evidence";

export async function uploadEvidenceAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let result: ActionResult;
  try {
    const viewer = await requireRole("OFFICER");
    const file = await uploadEvidence(viewer, await readUploadEvidenceForm(formData), getDb(), getToday());
    result = { status: "ok", message: `Đã tải lên tệp minh chứng "${file.originalName}".` };
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/entry");
  return result;
}

export async function removeEvidenceAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("OFFICER");
    await removeEvidence(viewer, readRemoveEvidenceForm(formData), getDb(), getToday());
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/entry");
  return { status: "ok", message: "Đã xoá tệp minh chứng." };
}
