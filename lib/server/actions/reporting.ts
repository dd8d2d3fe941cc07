"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getNow, getToday } from "@/lib/today";
import { readSaveActualsForm, readTransitionForm } from "@/lib/schemas/forms";
import { denominatorFieldName, numeratorFieldName } from "@/lib/schemas/reporting";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { toActionResult, type ActionResult } from "../errors";
import { saveActuals, submitSubmission } from "../services/reporting";

/** The grid's form plus a rate's counts, which only rows that offer them send (absent: undefined). */
function readSaveActualsWithCounts(formData: FormData) {
  const optional = (name: string) => (formData.has(name) ? formData.get(name) : undefined);
  const form = readSaveActualsForm(formData);
  const items = form.items.map((item) => {
    const id = Number(item.indicatorId);
    return { ...item, numerator: optional(numeratorFieldName(id)), denominator: optional(denominatorFieldName(id)) };
  });
  return { ...form, items };
}

export async function saveActualsAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let result: ActionResult;
  try {
    const viewer = await requireRole("OFFICER");
    const { changed } = await saveActuals(viewer, readSaveActualsWithCounts(formData), getDb(), getToday());
    result = { status: "ok", message: changed === 0 ? "Không có thay đổi nào cần lưu." : `Đã lưu ${changed} giá trị.` };
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/entry");
  return result;
}

export async function submitSubmissionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let periodKey: string;
  try {
    const viewer = await requireRole("OFFICER");
    ({ periodKey } = await submitSubmission(viewer, readTransitionForm(formData), getDb(), getNow()));
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/entry");
  // The form gives way to the read-only view; the notice travels in the URL.
  redirect(`/entry?period=${periodKey}&sent=1`);
}
