import { useTranslations } from "next-intl";

/** The table's data as CSV and JSON files from the open-data API. */
export function DownloadLinks({ table, csv, json }: { table: string; csv: string; json: string }) {
  const t = useTranslations("public");
  const link = "inline-flex items-center rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-semibold text-brand-800 hover:border-brand-600";
  return (
    <p className="flex items-center gap-2 text-xs text-slate-600" data-testid="downloads">
      <span>{t("download")}:</span>
      <a href={csv} download className={link} aria-label={t("downloadLabel", { table, format: "CSV" })} data-format="csv">{t("downloadCsv")}</a>
      <a href={json} className={link} aria-label={t("downloadLabel", { table, format: "JSON" })} data-format="json">{t("downloadJson")}</a>
    </p>
  );
}
