import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/page-header";

export default async function ForbiddenPage() {
  const t = await getTranslations("errors");
  return (
    <Card className="mx-auto max-w-lg">
      <h1 className="text-xl font-bold text-brand-900">{t("forbiddenTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("forbiddenBody")}</p>
      <Link href="/home" className="mt-4 inline-block text-brand-700 underline">{t("backHome")}</Link>
    </Card>
  );
}
