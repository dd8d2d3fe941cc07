import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LocalityChangeList } from "@/components/admin/locality-change-list";
import { LocalityDatePicker } from "@/components/admin/locality-date-picker";
import { LocalityTree } from "@/components/admin/locality-tree";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getLocalityChanges, getLocalityTree } from "@/lib/server/queries/localities-admin";
import { getToday, parseIsoDate } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("adminLocalities"))("title") };
}

/** The map valid on a chosen day (?date=yyyy-mm-dd, default today) and every recorded change (?change=id is the one just saved). */
export default async function AdminLocalitiesPage({ searchParams }: { searchParams: Promise<{ date?: string; change?: string }> }) {
  const viewer = await requirePageViewer(["ADMIN"], "/admin/localities");
  const params = await searchParams;
  const today = getToday();
  const date = parseIsoDate(params.date ?? "") ?? today;
  const changeId = Number(params.change) || null;
  const [roots, changes, locale, t] = await Promise.all([
    getLocalityTree(viewer, date, getDb()), getLocalityChanges(viewer, getDb()), getLocale().then(resolveLocale), getTranslations("adminLocalities"),
  ]);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const saved = changes.find((c) => c.id === changeId);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} actions={<Link href="/admin/localities/changes/new" className={buttonClass("primary", "whitespace-nowrap")}>{t("recordChange")}</Link>} />
      {saved ? <p role="status" className="mb-4 rounded-md bg-band-met-soft px-4 py-3 text-sm font-medium text-band-met">{t("saved", { kind: t(`kind.${saved.kind}`), date: formatDate(date, locale) })}</p> : null}
      <LocalityDatePicker date={iso(date)} today={iso(today)} changeDates={changes.map((c) => c.effectiveDate)} locale={locale} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="tree-heading">
          <h2 id="tree-heading" className="mb-2 font-semibold text-brand-900">{t("treeHeading", { date: formatDate(date, locale) })}</h2>
          <LocalityTree roots={roots} locale={locale} highlightChangeId={saved?.id ?? null} />
        </section>
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading" className="mb-2 font-semibold text-brand-900">{t("changesHeading")}</h2>
          <LocalityChangeList changes={changes} locale={locale} />
        </section>
      </div>
    </>
  );
}
