"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { PASSWORD_MIN } from "@/lib/schemas/admin-users";
import { setPasswordAction } from "@/lib/server/actions/users";
import { errorsOf, TextField } from "./fields";

/** The one-time set-password form; once saved it gives way to a link to sign in. */
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("setPassword");
  const [state, formAction, pending] = useActionState(setPasswordAction, IDLE);
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const errors = errorsOf(state);
  if (state.status === "ok") {
    return (
      <div role="status" className="grid gap-4">
        <p className="rounded-md bg-band-met-soft px-3 py-2 text-sm font-medium text-band-met">{state.message}</p>
        <Link href="/login" className={buttonClass("primary", "w-full")}>{t("signIn")}</Link>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="grid gap-4">
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField id="new-password" name="password" type="password" autoComplete="new-password" label={t("password")} required hint={t("passwordHint", { min: PASSWORD_MIN })}
        value={password} onChange={setPassword} errors={errors.password} />
      <TextField id="confirm-password" name="confirm" type="password" autoComplete="new-password" label={t("confirm")} required value={confirm} onChange={setConfirm} errors={errors.confirm} />
      <p role="alert" className="min-h-5 text-sm font-medium text-band-low">{state.status === "error" && !errors.password && !errors.confirm ? state.message : null}</p>
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>{pending ? t("saving") : t("save")}</button>
    </form>
  );
}
