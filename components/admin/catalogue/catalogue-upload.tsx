"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { usePreviewUpload } from "@/components/ui/use-preview-upload";
import { IDLE } from "@/lib/action-result";
import type { CatalogueImportResult, CatalogueImportState, CataloguePreview } from "@/lib/catalogue";
import { importCatalogueAction, previewCatalogueAction } from "@/lib/server/actions/catalogue";
import { CataloguePreviewTable } from "./catalogue-preview-table";

const ACCEPT = ".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface PanelState {
  /** The file the preview (or import) was made from: confirming re-sends exactly it. */
  file: File | null;
  preview: CataloguePreview | null;
  error: string | null;
  /** Per-row problems the server named when refusing the import (`row.<n>` → reasons). */
  rowErrors: Record<string, string[]>;
  imported: CatalogueImportResult | null;
}

const INITIAL: PanelState = { file: null, preview: null, error: null, rowErrors: {}, imported: null };
const failure = (result: CatalogueImportState) => (result.status === "error" ? { error: result.message, rowErrors: result.fieldErrors } : { error: null, rowErrors: {} });

/** Preview and confirm share one state, so a failed confirmation keeps the preview it was about. */
async function run(previous: PanelState, formData: FormData): Promise<PanelState> {
  const file = formData.get("file");
  if (!(file instanceof File)) return previous;
  if (formData.get("intent") === "confirm") {
    const result = await importCatalogueAction(IDLE, formData);
    if (result.status === "imported") return { ...INITIAL, file, imported: result.result };
    return { ...previous, ...failure(result), imported: null };
  }
  const result = await previewCatalogueAction(IDLE, formData);
  if (result.status === "preview") return { ...INITIAL, file, preview: result.preview };
  return { ...INITIAL, file, ...failure(result) };
}

/** Upload the national catalogue (JSON or Excel), see what every entry would do, then import it all at once. */
export function CatalogueUpload() {
  const t = useTranslations("catalogue");
  const [state, dispatch, pending] = useActionState(run, INITIAL);
  const { intent, current, preview, error, chooseFile, onPreview, onConfirm } = usePreviewUpload(state, dispatch, {
    messages: { chooseFile: t("chooseFile"), tooLarge: t("tooLarge") },
  });
  const changes = preview ? preview.counts.create + preview.counts.update : 0;

  return (
    <Card>
      <h2 className="font-semibold text-brand-900">{t("uploadTitle")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("uploadIntro")}</p>
      <form onSubmit={onPreview} className="mt-3 flex flex-wrap items-end gap-3">
        <div className="grid gap-1">
          <label htmlFor="catalogue-file" className="text-sm font-medium text-slate-800">{t("fileLabel")}</label>
          <input
            id="catalogue-file" name="file" type="file" accept={ACCEPT}
            aria-describedby="catalogue-file-hint catalogue-status" aria-invalid={error ? true : undefined}
            onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
            className="block max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-100"
          />
        </div>
        <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending && intent === "preview" ? t("previewing") : t("preview")}</button>
      </form>
      <p id="catalogue-file-hint" className="mt-2 text-xs text-slate-600">{t("fileHint")}</p>
      <div id="catalogue-status" role="status" aria-live="polite" className="text-sm">
        {error ? (
          <div className="mt-3 rounded-md border border-band-low/30 bg-band-low-soft p-3 text-band-low">
            <p className="font-medium">{error}</p>
            {Object.keys(state.rowErrors).length > 0 && current ? (
              <ul className="mt-1 list-disc pl-5">
                {Object.entries(state.rowErrors).map(([key, reasons]) => <li key={key}>{t("rowError", { row: key.replace(/^row\./, ""), reasons: reasons.join(" ") })}</li>)}
              </ul>
            ) : null}
          </div>
        ) : null}
        {current && state.imported ? (
          <p className="mt-3 rounded-md border border-band-met/30 bg-band-met-soft p-3 font-medium text-band-met" data-testid="catalogue-imported">
            {t("imported", { ...state.imported })}
          </p>
        ) : null}
      </div>
      {preview ? (
        <div className="mt-5">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
            <h3 className="font-semibold text-slate-900">{t("previewTitle")}</h3>
            <p className="text-sm font-medium text-slate-700" data-testid="catalogue-summary">{t("summary", preview.counts)}</p>
          </div>
          <CataloguePreviewTable rows={preview.rows} />
          {preview.localCodes.length > 0 ? <p className="mt-3 text-sm text-slate-600">{t("staysLocal", { codes: preview.localCodes.join(", ") })}</p> : null}
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <button type="button" onClick={onConfirm} disabled={pending || preview.counts.error > 0 || changes === 0} className={buttonClass("success")}>
              {pending && intent === "confirm" ? t("confirming") : t("confirm", { count: changes })}
            </button>
            <p className="text-sm text-slate-600">{preview.counts.error > 0 ? t("fixErrors") : changes === 0 ? t("nothingToDo") : t("confirmHint")}</p>
          </div>
        </div>
      ) : null}
    </Card>
  );
}
