import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CascadeForm } from "@/components/admin/cascade-form";
import { numberText } from "@/components/admin/number-text";
import { TargetForm } from "@/components/admin/target-form";
import { TargetsTable } from "@/components/admin/targets-table";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { getTargetForAdmin, getTargetFormOptions } from "@/lib/server/queries/admin-targets";

export async function generateMetadata() {
  return { title: (await getTranslations("adminTargets"))("editTitle") };
}

/** One target: edit it; a provincial one can be cascaded, and lists the targets cascaded from it. */
export default async function AdminTargetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const viewer = await requirePageViewer(["ADMIN"], `/admin/targets/${id}`);
  const detail = await getTargetForAdmin(viewer, /^\d{1,9}$/.test(id) ? Number(id) : 0, getDb()).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [options, locale, t] = await Promise.all([getTargetFormOptions(viewer, getDb()), getLocale().then(resolveLocale), getTranslations("adminTargets")]);
  const { target, cascaded } = detail;
  const name = locale === "vi" ? target.indicator.nameVi : target.indicator.nameEn;
  const levels = (["DISTRICT", "COMMUNE"] as const).filter((l) => target.indicator.levels.includes(l));
  return (
    <>
      <div className="mb-3"><BackLink href={`/admin/targets?year=${target.year}&indicator=${target.indicator.id}`}>{t("back")}</BackLink></div>
      <PageHeader title={`${target.indicator.code} · ${target.locality.name} · ${target.year}`} subtitle={name} />
      {saved ? <p role="status" className="mb-4 rounded-md bg-band-met-soft px-4 py-3 text-sm font-medium text-band-met">{t("savedNew")}</p> : null}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr] lg:items-start">
        <TargetForm mode="edit" options={options} locale={locale} fixedLabel={target.cascadedFrom ? t("cascadedFromNote", { unit: target.cascadedFrom.locality.name }) : t("fixedNote")} initial={{
          indicatorId: String(target.indicator.id), localityId: String(target.locality.id), year: String(target.year), value: numberText(target.value, locale),
          comparator: target.comparator, baseline: numberText(target.baseline, locale), deadline: target.deadline ?? "", leadAgencyId: target.leadAgencyId ? String(target.leadAgencyId) : "", note: target.note ?? "",
        }} />
        {target.locality.level === "PROVINCE" ? <CascadeForm targetId={target.id} year={target.year} levels={levels} isRate={target.indicator.kind === "RATE" || target.indicator.unit === "PERCENT"} /> : null}
      </div>
      {cascaded.length > 0 ? (
        <section className="mt-6" aria-labelledby="cascaded-heading">
          <h2 id="cascaded-heading" className="mb-2 font-semibold text-brand-900">{t("cascadedHeading", { count: cascaded.length })}</h2>
          <TargetsTable targets={cascaded} locale={locale} caption={t("cascadedHeading", { count: cascaded.length })} />
        </section>
      ) : null}
    </>
  );
}
