import { getLocale, getTranslations } from "next-intl/server";
import { BriefPaper } from "@/components/committee/brief/brief-paper";
import { BriefPrintStyles } from "@/components/committee/brief/print-styles";
import { BriefToolbar } from "@/components/committee/brief/brief-toolbar";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { Card, PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { formatQuarter } from "@/lib/quarters";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getQuarterlyBrief } from "@/lib/server/queries/committee-brief";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("brief"))("title") };
}

/** The quarterly brief as an A4 preview, with the .docx and .xlsx downloads and printing. */
export default async function BriefPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], "/committee/brief");
  const { period } = await searchParams;
  const [brief, locale, t] = await Promise.all([
    getQuarterlyBrief(viewer, typeof period === "string" ? period : null, getDb(), getToday()),
    getLocale().then(resolveLocale),
    getTranslations("brief"),
  ]);
  return (
    <>
      <div className="print:hidden">
        <PageHeader
          title={t("title")}
          subtitle={brief ? t("subtitle", { period: formatQuarter(brief.period, locale) }) : null}
          actions={brief ? <BriefToolbar periodKey={brief.periodKey} labels={{ docx: t("downloadDocx"), xlsx: t("downloadXlsx"), print: t("print"), group: t("actions") }} /> : null}
        />
        {brief ? (
          <div className="mb-4 space-y-2">
            <PeriodPicker periods={brief.periods} selected={brief.period} basePath="/committee/brief" locale={locale} label={t("periodPicker")} />
            <p className="text-sm text-slate-600">{t("note")}</p>
          </div>
        ) : null}
      </div>
      {brief ? <BriefPaper doc={brief.document} label={t("previewLabel")} tableCaption={t("tableCaption")} /> : <Card>{t("empty")}</Card>}
      <BriefPrintStyles />
    </>
  );
}
