"use client";

import { buttonClass } from "@/components/ui/button";

/** Opens the browser's print dialog; the page's print styles leave only the A4 document. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("secondary")}>
      {label}
    </button>
  );
}
