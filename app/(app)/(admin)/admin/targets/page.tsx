import { getLocale, getTranslations } from "next-intl/server";
import { TargetFiltersForm } from "@/components/admin/target-filters";
import { TargetsTable } from "@/components/admin/targets-table";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getTargetsForAdmin, type TargetFilters } from "@/lib/server/queries/admin-targets";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("adminTargets"))("title") };
}

const LEVELS = ["PROVINCE", "DISTRICT", "COMMUNE"] as const;

/** Targets of a year (?year=, default this year), optionally of one indicator (?indicator=id) and level (?level=). */
export default async function AdminTargetsPage({ searchParams }: { searchParams: Promise<{ year?: string; indicator?: string; level?: string }> }) {
  const viewer = await requirePageViewer(["ADMIN"], "/admin/targets");
  const params = await searchParams;
  const filters: TargetFilters = {
    year: /^\d{4}$/.test(params.year ?? "") ? Number(params.year) : getToday().getUTCFullYear(),
    indicatorId: /^\d{1,9}$/.test(params.indicator ?? "") ? Number(params.indicator) : null,
    level: LEVELS.find((l) => l === params.level) ?? null,
  };
  const [data, locale, t] = await Promise.all([getTargetsForAdmin(viewer, filters, getDb()), getLocale().then(resolveLocale), getTranslations("adminTargets")]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <TargetFiltersForm filters={filters} years={data.years} indicators={data.indicators} locale={locale} />
      <p className="mb-2 text-sm text-slate-600" role="status">{t("count", { count: data.targets.length, year: filters.year })}</p>
      <TargetsTable targets={data.targets} locale={locale} caption={t("caption", { year: filters.year })} />
    </>
  );
}
