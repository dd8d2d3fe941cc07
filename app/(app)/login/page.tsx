import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { Card } from "@/components/ui/page-header";

export async function generateMetadata() {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [{ callbackUrl }, t] = await Promise.all([searchParams, getTranslations("login")]);
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="mb-5 mt-1 text-sm text-slate-600">{t("intro")}</p>
        <LoginForm
          callbackUrl={callbackUrl ?? null}
          labels={{ email: t("email"), password: t("password"), submit: t("submit"), pending: t("pending"), invalid: t("invalid"), failed: t("failed") }}
        />
      </Card>
      <p className="mt-4 text-center text-xs text-slate-500">{t("demoHint")}</p>
    </div>
  );
}
