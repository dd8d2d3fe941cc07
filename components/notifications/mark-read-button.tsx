"use client";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { markNotificationsReadAction } from "@/lib/server/actions/notifications";

export function MarkReadButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const [state, formAction, pending] = useActionState(markNotificationsReadAction, IDLE);
  return (
    <form action={formAction} className="flex items-center gap-3">
      <button type="submit" disabled={pending} className={buttonClass("secondary")}>{pending ? pendingLabel : label}</button>
      <p role="status" aria-live="polite" className="text-sm text-slate-600">{state.status === "idle" ? "" : state.message}</p>
    </form>
  );
}
