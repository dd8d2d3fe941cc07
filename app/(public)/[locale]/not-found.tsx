import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";

export default function PublicNotFound() {
  const t = useTranslations("public");
  const locale = useLocale();
  return (
    <Card className="mx-auto max-w-lg">
      <h1 className="text-xl font-bold text-brand-900">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("notFoundBody")}</p>
      <Link href={`/${locale}`} className="mt-4 inline-block text-brand-700 underline">{t("backScoreboard")}</Link>
    </Card>
  );
}
