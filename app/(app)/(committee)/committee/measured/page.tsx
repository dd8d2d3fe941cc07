import { getLocale, getTranslations } from "next-intl/server";
import { MeasuredEmpty } from "@/components/committee/measured/measured-empty";
import { measuredHref, MeasuredStatusLinks } from "@/components/committee/measured/measured-status-filter";
import { MeasuredTable } from "@/components/committee/measured/measured-table";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getMeasuredComparison } from "@/lib/server/queries/measured";

export async function generateMetadata() {
  return { title: (await getTranslations("measured"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : null);

export default async function MeasuredPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], "/committee/measured");
  const params = await searchParams;
  const [data, locale, t] = await Promise.all([
    getMeasuredComparison(viewer, { periodKey: one(params.period), status: one(params.status) }, getDb()),
    getLocale().then(resolveLocale),
    getTranslations("measured"),
  ]);
  if (!data.period) return <><PageHeader title={t("title")} /><MeasuredEmpty filtered={false} /></>;
  const key = quarterKey(data.period);
  const { total, pending, flagged } = data.summary;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { period: formatQuarter(data.period, locale), total, pending, flagged })} />
      <div className="mb-4 flex flex-col gap-3">
        <PeriodPicker periods={data.periods} selected={data.period} hrefFor={(p) => measuredHref(p, data.status)} locale={locale} label={t("periodPicker")} />
        <MeasuredStatusLinks period={key} selected={data.status} />
        <p className="text-sm text-slate-600">{t("rule")}</p>
      </div>
      {data.rows.length === 0 ? <MeasuredEmpty filtered /> : <MeasuredTable rows={data.rows} locale={locale} />}
    </>
  );
}
