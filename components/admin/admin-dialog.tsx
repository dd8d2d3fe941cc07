"use client";
import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

/**
 * A modal form: Radix traps focus, closes on Escape and returns focus to the trigger. The trigger carries an
 * accessible name naming its row, since "Sửa" alone is ambiguous in a list.
 */
export function AdminDialog({ trigger, triggerLabel, title, description, children, open, onOpenChange, variant = "secondary" }: {
  trigger: ReactNode;
  triggerLabel?: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  variant?: "primary" | "secondary";
}) {
  const controlled = open !== undefined && onOpenChange !== undefined ? { open, onOpenChange } : {};
  return (
    <Dialog.Root {...controlled}>
      <Dialog.Trigger aria-label={triggerLabel} className={buttonClass(variant, variant === "secondary" ? "min-h-9 px-3 py-1.5" : "")}>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold text-brand-900">{title}</Dialog.Title>
          {description ? <Dialog.Description className="mt-1 text-sm text-slate-700">{description}</Dialog.Description> : <Dialog.Description className="sr-only">{title}</Dialog.Description>}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

export const DialogClose = Dialog.Close;
