"use client";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useId, useState, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { loginErrorMessage, parseLoginError, type LoginErrorLabels } from "@/lib/login-errors";

export interface LoginLabels extends LoginErrorLabels { email: string; password: string; submit: string; pending: string }

/** Only same-site paths are followed after sign-in, never another origin. */
function safeCallback(url: string | null): string {
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/home";
}

export function LoginForm({ labels, callbackUrl, initialError }: { labels: LoginLabels; callbackUrl: string | null; initialError: string | null }) {
  const router = useRouter();
  const errorId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(initialError);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
      if (!result || result.error) {
        setError(loginErrorMessage(parseLoginError(result?.error) ?? { kind: "invalid" }, labels));
        return;
      }
      router.replace(safeCallback(callbackUrl));
      router.refresh();
    } catch {
      setError(labels.failed);
    } finally {
      setPending(false);
    }
  }

  return (
    // method="post": a click before the page has hydrated must not put the password in the URL (and the logs).
    <form onSubmit={onSubmit} method="post" className="grid gap-4" noValidate>
      <label className="grid gap-1 text-sm font-medium text-slate-800">
        {labels.email}
        <input name="email" type="email" autoComplete="username" required aria-describedby={error ? errorId : undefined}
          className="rounded-md border border-slate-300 px-3 py-2 text-base" />
      </label>
      <label className="grid gap-1 text-sm font-medium text-slate-800">
        {labels.password}
        <input name="password" type="password" autoComplete="current-password" required aria-describedby={error ? errorId : undefined}
          className="rounded-md border border-slate-300 px-3 py-2 text-base" />
      </label>
      <p id={errorId} role="alert" aria-live="polite" className="min-h-5 text-sm font-medium text-band-low">{error}</p>
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
