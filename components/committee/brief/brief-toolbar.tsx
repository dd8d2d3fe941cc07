import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "./print-button";

/** Downloads and printing; plain links, so the files download without JavaScript. */
export function BriefToolbar({ periodKey, labels }: {
  periodKey: string;
  labels: { docx: string; xlsx: string; print: string; group: string };
}) {
  const href = (format: "docx" | "xlsx") => `/api/committee/brief?period=${periodKey}&format=${format}`;
  return (
    <div role="group" aria-label={labels.group} className="flex flex-wrap gap-2 print:hidden">
      <a href={href("docx")} download className={buttonClass("primary")} data-testid="brief-docx">{labels.docx}</a>
      <a href={href("xlsx")} download className={buttonClass("secondary")} data-testid="brief-xlsx">{labels.xlsx}</a>
      <PrintButton label={labels.print} />
    </div>
  );
}
