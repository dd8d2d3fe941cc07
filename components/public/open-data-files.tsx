import { useTranslations } from "next-intl";
import document from "@/lib/open-data/openapi-public-v1.json";
import { apiFile } from "@/lib/public-routes";

export interface OpenDataFile { label: string; resource: string; name: string }
/** Files sharing one path of the API description (hence one set of CSV columns). */
export interface OpenDataFileGroup { label: string; path: string; files: OpenDataFile[]; collapsed?: boolean }

const child = (node: unknown, key: string): unknown => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined);

/** Follows a local `$ref` ("#/components/responses/…") within the API description. */
function resolve(node: unknown): unknown {
  const ref = child(node, "$ref");
  return typeof ref === "string" ? ref.replace(/^#\//, "").split("/").reduce<unknown>(child, document) : node;
}

/**
 * The CSV columns the API description documents for a path: the page lists them from the same source the
 * integration test checks every real CSV file against, so the two cannot drift apart.
 */
export function csvColumns(path: string): string[] {
  const media = child(child(resolve(child(child(child(child(document.paths, path), "get"), "responses"), "200")), "content"), "text/csv");
  const columns = child(media, "x-csv-columns");
  return Array.isArray(columns) ? columns.map((c) => String(child(c, "name"))) : [];
}

function FileItem({ file }: { file: OpenDataFile }) {
  const t = useTranslations("openData");
  const link = "rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-semibold text-brand-800 hover:border-brand-600";
  return (
    <li className="flex flex-wrap items-center gap-x-2 gap-y-1 py-1">
      <span className="min-w-0 flex-1 basis-40 text-slate-800">{file.label}</span>
      <a href={apiFile(file.resource, file.name, "csv")} download className={link} aria-label={t("fileLabel", { file: file.label, format: "CSV" })}>CSV</a>
      <a href={apiFile(file.resource, file.name, "json")} className={link} aria-label={t("fileLabel", { file: file.label, format: "JSON" })}>JSON</a>
    </li>
  );
}

/** A group of files; long lists (every quarter, indicator or locality) fold away behind their count. */
export function OpenDataFiles({ group }: { group: OpenDataFileGroup }) {
  const t = useTranslations("openData");
  const list = (
    <ul className="divide-y divide-slate-100 text-sm" data-path={group.path}>
      {group.files.map((f) => <FileItem key={`${f.resource}/${f.name}`} file={f} />)}
    </ul>
  );
  if (!group.collapsed) return list;
  return (
    <details className="rounded-md border border-slate-200 px-3 py-1">
      <summary className="cursor-pointer py-1 text-sm font-medium text-brand-800">{t("withCount", { label: group.label, count: group.files.length })}</summary>
      {list}
    </details>
  );
}

export function CsvColumns({ columns, label }: { columns: string[]; label: string }) {
  return (
    <div className="text-xs text-slate-600">
      <p className="font-medium text-slate-700">{label}</p>
      <p className="mt-1 flex flex-wrap gap-1">
        {columns.map((c) => <code key={c} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-slate-800">{c}</code>)}
      </p>
    </div>
  );
}
