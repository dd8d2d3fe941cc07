"use server";
import { revalidatePath } from "next/cache";
import type { ImportState } from "@/lib/import-state";
import { confirmImportSchema, importFileSchema, readImportForm } from "@/lib/schemas/import";
import { getToday } from "@/lib/today";
import { requireRole } from "../auth";
import { getDb } from "../db";
import { DomainValidationError, toActionResult } from "../errors";
import { confirmImport, previewImport } from "../services/import";
import { zodToDomainError } from "../services/zod-errors";

/** The form's first problem ("choose a file", "too large") is the message the officer reads. */
function formError(error: Parameters<typeof zodToDomainError>[0]): DomainValidationError {
  const { message, fieldErrors } = zodToDomainError(error);
  return new DomainValidationError(error.issues[0]?.message ?? message, fieldErrors);
}

/** Reads the uploaded file and answers with every row's verdict; writes nothing. */
export async function previewImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  try {
    const viewer = await requireRole("OFFICER");
    const parsed = importFileSchema.safeParse(await readImportForm(formData));
    if (!parsed.success) throw formError(parsed.error);
    return { status: "preview", preview: await previewImport(viewer, parsed.data, getDb(), getToday()) };
  } catch (error) {
    return toActionResult(error);
  }
}

/** Writes the accepted rows of the same file, re-sent with the hash its preview returned. */
export async function confirmImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  let result: ImportState;
  try {
    const viewer = await requireRole("OFFICER");
    const parsed = confirmImportSchema.safeParse(await readImportForm(formData));
    if (!parsed.success) throw formError(parsed.error);
    result = { status: "imported", ...(await confirmImport(viewer, parsed.data, getDb(), getToday())) };
  } catch (error) {
    return toActionResult(error);
  }
  revalidatePath("/entry");
  return result;
}
