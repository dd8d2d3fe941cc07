"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import type { Locale } from "@/lib/format";
import { createTaskFromConclusionAction } from "@/lib/server/actions/tasks";
import { TaskFormFields } from "./task-form-fields";
import { EMPTY_TASK_FORM, type TaskFormOptions, type TaskFormValues } from "./types";

interface Props { conclusion: { id: number; ordinal: number; text: string }; options: TaskFormOptions; locale: Locale }

/**
 * "Giao nhiệm vụ" for one conclusion: a dialog with the task form. After a success the dialog keeps the
 * message but stops being modal, so the page behind — which now lists the new task — is readable again;
 * closing it starts a fresh form (a new session, keyed) for the next task.
 */
export function AssignTaskDialog(props: Props) {
  const [session, setSession] = useState({ key: 0, open: false, returnFocus: false });
  return (
    <AssignTaskSession
      key={session.key}
      {...props}
      initiallyOpen={session.open}
      returnFocus={session.returnFocus}
      onFinished={(reopen) => setSession((s) => ({ key: s.key + 1, open: reopen, returnFocus: !reopen }))}
    />
  );
}

function AssignTaskSession({ conclusion, options, locale, initiallyOpen, returnFocus, onFinished }: Props & {
  initiallyOpen: boolean;
  returnFocus: boolean;
  onFinished: (reopen: boolean) => void;
}) {
  const t = useTranslations("meetings.assign");
  const [state, formAction, pending] = useActionState(createTaskFromConclusionAction, IDLE);
  const [open, setOpen] = useState(initiallyOpen);
  const [values, setValues] = useState<TaskFormValues>(EMPTY_TASK_FORM);
  const successRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const done = state.status === "ok";
  // The success note takes focus so it is read out — after the modal layer's own focus restore, which Radix
  // schedules with a zero timeout as it unmounts. A fresh session after closing hands focus back to its button.
  useEffect(() => {
    if (!done) return;
    const timer = setTimeout(() => successRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [done]);
  useEffect(() => { if (returnFocus) triggerRef.current?.focus(); }, [returnFocus]);
  const label = t("conclusionLabel", { n: conclusion.ordinal });
  const onOpenChange = (next: boolean) => (!next && done ? onFinished(false) : setOpen(next));
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange} modal={!done}>
      <Dialog.Trigger ref={triggerRef} className={buttonClass("secondary", "min-h-9 px-3 py-1.5")} aria-label={`${t("button")}: ${label}`}>
        {t("button")}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <Dialog.Content
          onOpenAutoFocus={(e) => { if (done) e.preventDefault(); }}
          className={`fixed z-50 overflow-y-auto rounded-lg bg-white p-4 shadow-xl sm:p-6 ${
            done
              ? "bottom-4 left-4 right-4 ring-1 ring-slate-300 sm:left-auto sm:w-[28rem]"
              : "left-1/2 top-1/2 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-2xl -translate-x-1/2 -translate-y-1/2"
          }`}
        >
          <Dialog.Title className="text-lg font-semibold text-brand-900">{t("title", { n: conclusion.ordinal })}</Dialog.Title>
          <Dialog.Description className="mt-1 line-clamp-3 whitespace-pre-line text-sm text-slate-600">{conclusion.text}</Dialog.Description>
          {done ? (
            <div ref={successRef} tabIndex={-1} className="mt-4 outline-none">
              <p role="status" className="rounded-md bg-band-met-soft px-3 py-2 text-sm font-medium text-band-met">{state.message}</p>
              <div className="mt-4 flex flex-wrap justify-end gap-2">
                <button type="button" onClick={() => onFinished(true)} className={buttonClass("secondary")}>{t("another")}</button>
                <Dialog.Close className={buttonClass("primary")}>{t("close")}</Dialog.Close>
              </div>
            </div>
          ) : (
            <form action={formAction} noValidate className="mt-4">
              <input type="hidden" name="conclusionId" value={conclusion.id} />
              <TaskFormFields
                idPrefix={`assign-${conclusion.id}`}
                values={values}
                onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
                errors={state.status === "error" ? state.fieldErrors : {}}
                options={options}
                locale={locale}
              />
              <p role="alert" className="mt-3 text-sm font-medium text-band-low">{state.status === "error" ? state.message : null}</p>
              <div className="mt-3 flex flex-wrap justify-end gap-2 border-t border-slate-100 pt-4">
                <Dialog.Close className={buttonClass("ghost")}>{t("cancel")}</Dialog.Close>
                <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("saving") : t("save")}</button>
              </div>
            </form>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
