import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/format";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import type { EntryWorkspace } from "@/lib/server/queries/entry";
import { asQuarter } from "@/lib/server/queries/periods";
import { ImportPanel } from "./import-panel";

/** The import page: the unit's templates for the period, then upload, preview and confirm. */
export async function ImportView({ workspace, locale }: { workspace: EntryWorkspace; locale: Locale }) {
  const t = await getTranslations("import");
  const { period, submission } = workspace;
  if (!period) return <PageHeader title={t("title")} subtitle={t("noPeriod")} />;
  const key = quarterKey(asQuarter(period));
  const status = submission?.status ?? "DRAFT";
  const editable = period.status === "OPEN" && (status === "DRAFT" || status === "RETURNED");
  const template = (format: "xlsx" | "csv") => `/api/entry/template?period=${key}&format=${format}`;
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={`${workspace.reporterName} · ${formatQuarter(asQuarter(period), locale)}`}
        actions={<Link href={`/entry?period=${key}`} className={buttonClass("secondary")}>{t("back")}</Link>}
      />
      <div className="mb-4">
        <PeriodPicker periods={workspace.periods.map(asQuarter)} selected={asQuarter(period)} basePath="/entry/import" locale={locale} label={t("periodPicker")} />
      </div>
      <Card className="mb-6">
        <h2 className="text-base font-semibold text-slate-900">{t("templateTitle")}</h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("templateHint")}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <a href={template("xlsx")} download className={buttonClass("secondary")}>{t("downloadXlsx")}</a>
          <a href={template("csv")} download className={buttonClass("secondary")}>{t("downloadCsv")}</a>
        </div>
      </Card>
      {workspace.rows.length === 0 ? (
        <Card><p className="text-slate-700">{t("nothingDue")}</p></Card>
      ) : editable ? (
        <ImportPanel periodId={period.id} periodKey={key} />
      ) : (
        <Card><p role="status" className="font-medium text-slate-700">{period.status === "LOCKED" ? t("locked") : t("notEditable")}</p></Card>
      )}
    </>
  );
}
