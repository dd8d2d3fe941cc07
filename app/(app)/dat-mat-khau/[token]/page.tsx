import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/admin/set-password-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { getDb } from "@/lib/server/db";
import { getPasswordTokenStatus } from "@/lib/server/queries/admin-users";
import { getNow } from "@/lib/today";

export async function generateMetadata() {
  // The address is a secret: keep it out of search engines and out of the Referer of any link followed.
  return { title: (await getTranslations("setPassword"))("title"), robots: { index: false, follow: false }, referrer: "no-referrer" as const };
}

/** Anonymous: whoever holds a valid invitation or reset link sets the account's password here, once. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [status, t] = await Promise.all([getPasswordTokenStatus(decodeURIComponent(token), getDb(), getNow()), getTranslations("setPassword")]);
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-2xl font-bold text-brand-900">{status.ok && status.purpose === "reset" ? t("resetTitle") : t("title")}</h1>
        {status.ok ? (
          <>
            <p className="mb-5 mt-1 text-sm text-slate-600">{t("intro", { name: status.name, email: status.email })}</p>
            <SetPasswordForm token={decodeURIComponent(token)} email={status.email} />
          </>
        ) : (
          <>
            <p role="alert" className="mb-5 mt-3 rounded-md bg-band-low-soft px-3 py-2 text-sm font-medium text-band-low">{t(`problem.${status.problem}`)}</p>
            <Link href="/login" className={buttonClass("secondary", "w-full")}>{t("toLogin")}</Link>
          </>
        )}
      </Card>
    </div>
  );
}
