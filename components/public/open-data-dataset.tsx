import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { CsvColumns, OpenDataFiles, csvColumns, type OpenDataFileGroup } from "./open-data-files";

export interface OpenDataDatasetSpec { id: string; name: string; body: string; groups: OpenDataFileGroup[] }

/** One dataset: what a row is, its files, and the columns of each kind of CSV file it has. */
export function OpenDataDataset({ dataset }: { dataset: OpenDataDatasetSpec }) {
  const t = useTranslations("openData");
  // Groups documented by the same columns (e.g. "all" and one quarter) list them once.
  const layouts = new Map<string, { label: string; columns: string[] }>();
  for (const g of dataset.groups) {
    const columns = csvColumns(g.path);
    const key = columns.join(",");
    if (columns.length > 0 && !layouts.has(key)) layouts.set(key, { label: g.label, columns });
  }
  const many = layouts.size > 1;
  return (
    <Card className="grid content-start gap-3">
      <h3 id={`dataset-${dataset.id}`} className="text-base font-semibold text-brand-900">{dataset.name}</h3>
      <p className="text-sm text-slate-700">{dataset.body}</p>
      <div className="grid gap-2" aria-labelledby={`dataset-${dataset.id}`} role="group">
        {dataset.groups.map((g) => <OpenDataFiles key={g.path + g.label} group={g} />)}
      </div>
      {[...layouts.values()].map((l) => (
        <CsvColumns key={l.label} columns={l.columns} label={many ? t("columnsOf", { file: l.label }) : t("columns")} />
      ))}
    </Card>
  );
}
