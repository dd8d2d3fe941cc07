import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { Card } from "@/components/ui/page-header";
import { loginErrorMessage, parseLoginError } from "@/lib/login-errors";

export async function generateMetadata() {
  return { title: (await getTranslations("login"))("title") };
}

type Search = { callbackUrl?: string | string[]; error?: string | string[] };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Search> }) {
  const [{ callbackUrl, error }, t] = await Promise.all([searchParams, getTranslations("login")]);
  const labels = {
    email: t("email"), password: t("password"), submit: t("submit"), pending: t("pending"),
    invalid: t("invalid"), failed: t("failed"), rateLimited: String(t.raw("rateLimited")),
  };
  // next-auth sends the sign-in back here with ?error=<code> when the form is posted without JavaScript.
  const initial = parseLoginError(typeof error === "string" ? error : null);
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="mb-5 mt-1 text-sm text-slate-600">{t("intro")}</p>
        <LoginForm
          callbackUrl={typeof callbackUrl === "string" ? callbackUrl : null}
          labels={labels}
          initialError={initial ? loginErrorMessage(initial, labels) : null}
        />
      </Card>
      <p className="mt-4 text-center text-xs text-slate-500">{t("demoHint")}</p>
    </div>
  );
}
