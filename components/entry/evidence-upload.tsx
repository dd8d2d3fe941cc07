"use client";
import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import type { Locale } from "@/lib/format";
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES } from "@/lib/schemas/evidence";
import { removeEvidenceAction, uploadEvidenceAction } from "@/lib/server/actions/evidence";

/** UI text, from the `evidence` message namespace (same keys). */
export interface EvidenceUploadLabels {
  heading: string;
  empty: string;
  chooseFile: string;
  hint: string;
  upload: string;
  uploading: string;
  remove: string;
  removeConfirm: string;
  download: string;
  noFileChosen: string;
  tooLarge: string;
  limitReached: string;
  saveFirst: string;
}

export interface EvidenceFileItem { id: number; originalName: string; sizeBytes: number; mimeType: string }

const KB = 1024;
const MB = 1024 * 1024;

function formatSize(bytes: number, locale: Locale): string {
  const format = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 1 });
  return bytes < MB ? `${format.format(Math.max(1, Math.round(bytes / KB)))} KB` : `${format.format(bytes / MB)} MB`;
}

/**
 * A value's evidence files: list, download, remove, upload. It sits inside the entry grid's <form>, so it
 * renders no form of its own (forms cannot nest) and no named input (the grid's save must not carry the file):
 * it builds its own FormData and calls the actions directly.
 */
export function EvidenceUpload({ actualId, files, disabled = false, labels, locale = "vi" }: {
  /** null while the value has not been saved yet: files attach to a stored value. */
  actualId: number | null;
  files: EvidenceFileItem[];
  disabled?: boolean;
  labels: EvidenceUploadLabels;
  locale?: Locale;
}) {
  const [uploadState, uploadDispatch, uploadPending] = useActionState(uploadEvidenceAction, IDLE);
  const [removeState, removeDispatch, removePending] = useActionState(removeEvidenceAction, IDLE);
  const [last, setLast] = useState<"upload" | "remove" | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const headingId = `${id}-heading`;
  const inputId = `${id}-file`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;

  useEffect(() => {
    if (uploadState.status === "ok" && inputRef.current) inputRef.current.value = "";
  }, [uploadState]);

  const busy = disabled || uploadPending || removePending;
  const result = last === "upload" ? uploadState : last === "remove" ? removeState : IDLE;
  const message = localError ?? (result.status === "idle" ? null : result.message);
  const isError = localError !== null || result.status === "error";

  function upload() {
    const file = inputRef.current?.files?.[0];
    if (!file) return setLocalError(labels.noFileChosen);
    if (file.size > EVIDENCE_MAX_BYTES) return setLocalError(labels.tooLarge);
    const data = new FormData();
    data.set("actualId", String(actualId));
    data.set("file", file);
    setLocalError(null);
    setLast("upload");
    startTransition(() => uploadDispatch(data));
  }

  function remove(file: EvidenceFileItem) {
    if (!window.confirm(`${labels.removeConfirm}\n${file.originalName}`)) return;
    const data = new FormData();
    data.set("evidenceId", String(file.id));
    setLocalError(null);
    setLast("remove");
    startTransition(() => removeDispatch(data));
  }

  return (
    <div role="group" aria-labelledby={headingId} className="mt-2 grid gap-1.5 text-sm">
      <p id={headingId} className="text-xs font-medium text-slate-700">{labels.heading}</p>
      {actualId === null ? (
        <p className="text-xs text-slate-500">{labels.saveFirst}</p>
      ) : (
        <>
          {files.length === 0 ? (
            <p className="text-xs text-slate-500">{labels.empty}</p>
          ) : (
            <ul className="grid gap-1">
              {files.map((file) => (
                <li key={file.id} className="flex flex-wrap items-center gap-2">
                  <a href={`/api/evidence/${file.id}`} download title={labels.download} className="break-all text-brand-700 underline hover:text-brand-900">
                    {file.originalName}
                  </a>
                  <span className="text-xs text-slate-500 tabular-nums">{formatSize(file.sizeBytes, locale)}</span>
                  <button
                    type="button"
                    onClick={() => remove(file)}
                    disabled={busy}
                    aria-label={`${labels.remove}: ${file.originalName}`}
                    className={buttonClass("ghost", "min-h-8 px-2 py-1 text-xs text-band-low")}
                  >
                    {labels.remove}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {files.length >= EVIDENCE_MAX_FILES ? (
            <p className="text-xs text-slate-500">{labels.limitReached}</p>
          ) : (
            <>
              <div className="flex flex-wrap items-center gap-2">
                <label htmlFor={inputId} className="sr-only">{labels.chooseFile}</label>
                <input
                  ref={inputRef}
                  id={inputId}
                  type="file"
                  accept={EVIDENCE_ACCEPT}
                  disabled={busy}
                  onChange={() => setLocalError(null)}
                  aria-describedby={`${hintId} ${statusId}`}
                  aria-invalid={isError ? true : undefined}
                  className="max-w-full text-xs file:mr-2 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-2 file:py-1 file:text-xs"
                />
                <button type="button" onClick={upload} disabled={busy} className={buttonClass("secondary", "min-h-8 px-3 py-1 text-xs")}>
                  {uploadPending ? labels.uploading : labels.upload}
                </button>
              </div>
              <p id={hintId} className="text-xs text-slate-500">{labels.hint}</p>
            </>
          )}
          <p id={statusId} role="status" aria-live="polite" className={`text-xs ${isError ? "font-medium text-band-low" : "text-band-met"}`}>
            {message}
          </p>
        </>
      )}
    </div>
  );
}
