"use server";
import { revalidatePath, updateTag } from "next/cache";
import type { CatalogueImportState } from "@/lib/catalogue";
import { catalogueFileSchema, confirmCatalogueSchema, readCatalogueForm, readMethodDeviationForm } from "@/lib/schemas/catalogue";
import { getNow } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { DomainValidationError, toActionResult, type ActionResult } from "../errors";
import { PUBLIC_DATA_TAG } from "../public-cache";
import { importCatalogue, previewCatalogueImport, recordMethodDeviation, removeMethodDeviation } from "../services/catalogue";
import { zodToDomainError } from "../services/zod-errors";

/** The form's first problem ("choose a file", "too large") is the message the administrator reads. */
function formError(error: Parameters<typeof zodToDomainError>[0]): DomainValidationError {
  const { message, fieldErrors } = zodToDomainError(error);
  return new DomainValidationError(error.issues[0]?.message ?? message, fieldErrors);
}

/** The national code and the deviations show on the public indicator pages and in the open data. */
function refreshPublic() {
  updateTag(PUBLIC_DATA_TAG);
  revalidatePath("/", "layout");
}

/** Reads the uploaded catalogue and answers with every entry's verdict; writes nothing. */
export async function previewCatalogueAction(_prev: CatalogueImportState, formData: FormData): Promise<CatalogueImportState> {
  try {
    const viewer = await requireRole("ADMIN");
    const parsed = catalogueFileSchema.safeParse(await readCatalogueForm(formData));
    if (!parsed.success) throw formError(parsed.error);
    return { status: "preview", preview: await previewCatalogueImport(viewer, parsed.data, getDb()) };
  } catch (error) {
    return toActionResult(error);
  }
}

/** Imports the same file, re-sent with the hash its preview returned. */
export async function importCatalogueAction(_prev: CatalogueImportState, formData: FormData): Promise<CatalogueImportState> {
  let result: CatalogueImportState;
  try {
    const viewer = await requireRole("ADMIN");
    const parsed = confirmCatalogueSchema.safeParse(await readCatalogueForm(formData));
    if (!parsed.success) throw formError(parsed.error);
    result = { status: "imported", result: await importCatalogue(viewer, parsed.data, getDb(), getNow()) };
  } catch (error) {
    return toActionResult(error);
  }
  refreshPublic();
  return result;
}

export async function recordMethodDeviationAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await recordMethodDeviation(viewer, readMethodDeviationForm(formData), getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  refreshPublic();
  return { status: "ok", message: "Đã ghi nhận sai khác phương pháp so với danh mục quốc gia." };
}

export async function removeMethodDeviationAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    const viewer = await requireRole("ADMIN");
    await removeMethodDeviation(viewer, { deviationId: formData.get("deviationId") ?? undefined }, getDb(), getNow());
  } catch (error) {
    return toActionResult(error);
  }
  refreshPublic();
  return { status: "ok", message: "Đã xoá sai khác phương pháp." };
}
