import { getLocale, getTranslations } from "next-intl/server";
import { TargetForm } from "@/components/admin/target-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getTargetFormOptions } from "@/lib/server/queries/admin-targets";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("adminTargets"))("newTitle") };
}

/** Sets a target for an indicator, unit and year (?year= and ?indicator= preselect); an existing one is updated. */
export default async function NewTargetPage({ searchParams }: { searchParams: Promise<{ year?: string; indicator?: string }> }) {
  const viewer = await requirePageViewer(["ADMIN"], "/admin/targets/new");
  const params = await searchParams;
  const [options, locale, t] = await Promise.all([getTargetFormOptions(viewer, getDb()), getLocale().then(resolveLocale), getTranslations("adminTargets")]);
  const year = /^\d{4}$/.test(params.year ?? "") ? params.year ?? "" : String(getToday().getUTCFullYear());
  const indicator = options.indicators.find((i) => String(i.id) === params.indicator);
  return (
    <>
      <div className="mb-3"><BackLink href={`/admin/targets?year=${year}`}>{t("back")}</BackLink></div>
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <TargetForm mode="new" options={options} locale={locale} initial={{
        indicatorId: indicator ? String(indicator.id) : "", localityId: "", year, value: "", comparator: indicator?.direction === "LOWER_IS_BETTER" ? "LTE" : "GTE",
        baseline: "", deadline: `${year}-12-31`, leadAgencyId: indicator?.leadAgencyId ? String(indicator.leadAgencyId) : "", note: "",
      }} />
    </>
  );
}
