import { getLocale, getTranslations } from "next-intl/server";
import { quarterStarts } from "@/components/admin/locality-change/form-state";
import { LocalityChangeForm } from "@/components/admin/locality-change/change-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { nextQuarter, quarterOf, quarterStart } from "@/lib/quarters";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getLocalityChangeOptions } from "@/lib/server/queries/admin-localities";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("adminLocalities"))("newChangeTitle") };
}

/** One screen to record a change to the map: what, when, by which decision, from which units to which, in what shares. */
export default async function NewLocalityChangePage() {
  const viewer = await requirePageViewer(["ADMIN"], "/admin/localities/changes/new");
  const [units, locale, t] = await Promise.all([getLocalityChangeOptions(viewer, getDb()), getLocale().then(resolveLocale), getTranslations("adminLocalities")]);
  const today = getToday();
  // Changes take effect at the start of a quarter; the next one is the usual case.
  const defaultDate = quarterStart(nextQuarter(quarterOf(today))).toISOString().slice(0, 10);
  return (
    <>
      <div className="mb-3"><BackLink href="/admin/localities">{t("back")}</BackLink></div>
      <PageHeader title={t("newChangeTitle")} subtitle={t("newChangeSubtitle")} />
      <LocalityChangeForm units={units} dates={quarterStarts(2020, today.getUTCFullYear() + 2)} defaultDate={defaultDate} locale={locale} />
    </>
  );
}
