"use client";
import { startTransition, useState, type FormEvent } from "react";
import { IMPORT_MAX_BYTES } from "@/lib/import-state";

/** What a preview-then-confirm upload keeps between its two steps. */
export interface PreviewUploadState<P> {
  /** The file the preview (or import) was made from: confirming re-sends exactly it. */
  file: File | null;
  preview: P | null;
  error: string | null;
}

/**
 * Upload a file (the caller owns the useActionState that runs preview and confirm), show the server's preview of what it would do, then confirm with the preview's file hash.
 * The file is sent with startTransition rather than as a form action: React would reset the form, and with it
 * the chosen file, after each submission. A preview belongs to the file it was made from; choosing another
 * file hides it.
 */
export function usePreviewUpload<P extends { fileHash: string }>(
  state: PreviewUploadState<P>,
  dispatch: (formData: FormData) => void,
  options: { fields?: Record<string, string>; messages: { chooseFile: string; tooLarge: string } },
) {
  const [file, setFile] = useState<File | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [intent, setIntent] = useState<"preview" | "confirm">("preview");
  const current = state.file !== null && state.file === file;
  const preview = current ? state.preview : null;
  const error = hint ?? (current ? state.error : null);

  const send = (chosen: File, extra: Record<string, string>) => {
    const formData = new FormData();
    formData.set("file", chosen);
    for (const [name, value] of Object.entries({ ...options.fields, ...extra })) formData.set(name, value);
    startTransition(() => dispatch(formData));
  };
  const onPreview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return setHint(options.messages.chooseFile);
    if (file.size > IMPORT_MAX_BYTES) return setHint(options.messages.tooLarge);
    setHint(null);
    setIntent("preview");
    send(file, {});
  };
  const onConfirm = () => {
    if (!preview || !state.file) return;
    setIntent("confirm");
    send(state.file, { intent: "confirm", fileHash: preview.fileHash });
  };
  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setHint(null);
  };
  return { intent, current, preview, error, chooseFile, onPreview, onConfirm };
}
