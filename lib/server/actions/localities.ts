"use server";
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { getNow } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { DomainValidationError, toActionResult, type ActionResult } from "../errors";
import { PUBLIC_DATA_TAG } from "../public-cache";
import { recordLocalityChange } from "../services/locality-changes";

/**
 * The change form sends its nested input (predecessors, successors, links) as one JSON field, `payload`, shaped
 * as LocalityChangeFormInput; the service validates it. On success the map is shown on the effective date.
 */
export async function recordLocalityChangeAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  let target: string;
  try {
    const viewer = await requireRole("ADMIN");
    const input = readPayload(formData.get("payload"));
    const { changeId } = await recordLocalityChange(viewer, input, getDb(), getNow());
    target = `/admin/localities?date=${encodeURIComponent(String(input.effectiveDate))}&change=${changeId}`;
  } catch (error) {
    return toActionResult(error);
  }
  // The public pages re-express history in the units of the new map.
  updateTag(PUBLIC_DATA_TAG);
  revalidatePath("/", "layout");
  redirect(target);
}

function readPayload(raw: FormDataEntryValue | null): { effectiveDate?: unknown } {
  try {
    const value: unknown = typeof raw === "string" ? JSON.parse(raw) : null;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return value;
  } catch {
    // Falls through to the same message as a missing payload.
  }
  throw new DomainValidationError("Không đọc được nội dung biểu mẫu. Vui lòng tải lại trang rồi thử lại.");
}
