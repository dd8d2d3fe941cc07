"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";

/**
 * The plain token, shown this once: it exists only in this component's state, so leaving the page or
 * pressing "saved" loses it for good. The box is read-only and selects itself for a manual copy.
 */
export function TokenReveal({ token, tokenPrefix, ingestUrl, onDone }: { token: string; tokenPrefix: string; ingestUrl: string; onDone: () => void }) {
  const t = useTranslations("sourceSystems.reveal");
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  // Focus lands on the token itself, selected, so the admin (or a screen reader) meets it first.
  useEffect(() => input.current?.focus(), []);
  const copyToken = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopy("copied");
    } catch {
      input.current?.select();
      setCopy("failed");
    }
  };
  return (
    <section aria-labelledby="token-reveal-title" className="rounded-lg border-2 border-band-mid bg-band-mid-soft p-4" data-testid="token-reveal">
      <h3 id="token-reveal-title" className="font-semibold text-slate-900">{t("title", { prefix: tokenPrefix })}</h3>
      <p className="mt-1 text-sm font-medium text-slate-900">{t("warning")}</p>
      <label htmlFor="token-reveal-value" className="mt-3 block text-sm font-medium text-slate-900">{t("label")}</label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          ref={input} id="token-reveal-value" readOnly value={token} onFocus={(e) => e.target.select()} spellCheck={false} autoComplete="off"
          className="block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900"
        />
        <button type="button" onClick={copyToken} className={buttonClass("primary", "shrink-0")}>{t("copy")}</button>
      </div>
      <p role="status" aria-live="polite" className="mt-1 min-h-5 text-sm text-slate-700">{copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed") : null}</p>
      <p className="mt-1 break-words text-sm text-slate-700">{t("usage", { url: ingestUrl, header: `Authorization: Bearer ${tokenPrefix}…` })}</p>
      <button type="button" onClick={onDone} className={buttonClass("secondary", "mt-3")}>{t("done")}</button>
    </section>
  );
}
