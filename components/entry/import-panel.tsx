"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { usePreviewUpload } from "@/components/ui/use-preview-upload";
import { IDLE } from "@/lib/action-result";
import { IMPORT_ACCEPT, type ImportPreview, type ImportResult, type ImportState } from "@/lib/import-state";
import { confirmImportAction, previewImportAction } from "@/lib/server/actions/import";
import { ImportPreviewTable } from "./import-preview-table";

interface PanelState {
  /** The file the preview (or import) was made from: confirming re-sends exactly it. */
  file: File | null;
  preview: ImportPreview | null;
  error: string | null;
  imported: ImportResult | null;
}

const INITIAL: PanelState = { file: null, preview: null, error: null, imported: null };

const errorOf = (result: ImportState) => (result.status === "error" || result.status === "ok" ? result.message : null);

/** Preview and confirm share one state, so a failed confirmation keeps the preview it was about. */
async function runImport(previous: PanelState, formData: FormData): Promise<PanelState> {
  const file = formData.get("file");
  if (!(file instanceof File)) return previous;
  if (formData.get("intent") === "confirm") {
    const result = await confirmImportAction(IDLE, formData);
    if (result.status === "imported") return { file, preview: null, error: null, imported: { written: result.written, unchanged: result.unchanged } };
    return { ...previous, error: errorOf(result), imported: null };
  }
  const result = await previewImportAction(IDLE, formData);
  if (result.status === "preview") return { file, preview: result.preview, error: null, imported: null };
  return { file, preview: null, error: errorOf(result), imported: null };
}

/** Upload a filled-in template, see every row's verdict, then write the accepted rows in one go. */
export function ImportPanel({ periodId, periodKey }: { periodId: number; periodKey: string }) {
  const t = useTranslations("import");
  const [state, dispatch, pending] = useActionState(runImport, INITIAL);
  const { intent, current, preview, error, chooseFile, onPreview, onConfirm } = usePreviewUpload(state, dispatch, {
    fields: { periodId: String(periodId) }, messages: { chooseFile: t("chooseFile"), tooLarge: t("tooLarge") },
  });

  return (
    <div className="grid grid-cols-1 gap-6">
      <Card>
        <h2 className="text-base font-semibold text-slate-900">{t("uploadTitle")}</h2>
        <form onSubmit={onPreview} className="mt-3 flex flex-wrap items-end gap-3">
          <div className="grid gap-1">
            <label htmlFor="import-file" className="text-sm font-medium text-slate-800">{t("fileLabel")}</label>
            <input
              id="import-file" name="file" type="file" accept={IMPORT_ACCEPT}
              aria-describedby="import-file-hint import-status" aria-invalid={error ? true : undefined}
              onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
              className="block max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-100"
            />
          </div>
          <button type="submit" disabled={pending} className={buttonClass("primary")}>
            {pending && intent === "preview" ? t("previewing") : t("preview")}
          </button>
        </form>
        <p id="import-file-hint" className="mt-2 text-xs text-slate-600">{t("fileHint")}</p>
        <div id="import-status" role="status" aria-live="polite" className="text-sm">
          {error ? <p className="mt-3 rounded-md border border-band-low/30 bg-band-low-soft p-3 font-medium text-band-low">{error}</p> : null}
          {current && state.imported ? (
            <div className="mt-3 rounded-md border border-band-met/30 bg-band-met-soft p-3 text-band-met">
              <p className="font-medium">{t("imported", { count: state.imported.written })}</p>
              {state.imported.unchanged > 0 ? <p className="mt-1">{t("unchanged", { count: state.imported.unchanged })}</p> : null}
              <Link href={`/entry?period=${periodKey}`} className="mt-2 inline-block font-semibold underline">{t("backToEntry")}</Link>
            </div>
          ) : null}
        </div>
      </Card>
      {preview ? (
        <Card>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
            <h2 className="text-base font-semibold text-slate-900">{t("previewTitle")}</h2>
            <p className="text-sm font-medium text-slate-700" data-testid="import-summary">
              {t("summary", { accepted: preview.accepted, rejected: preview.rejected })}
            </p>
          </div>
          <ImportPreviewTable rows={preview.rows} />
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <button type="button" onClick={onConfirm} disabled={pending || preview.accepted === 0} className={buttonClass("success")}>
              {pending && intent === "confirm" ? t("confirming") : t("confirm", { count: preview.accepted })}
            </button>
            <p className="text-sm text-slate-600">{preview.accepted === 0 ? t("nothingAccepted") : t("confirmHint")}</p>
          </div>
        </Card>
      ) : null}
    </div>
  );
}
