import type { BriefDocument } from "@/lib/brief-text";

// Column shares as in the .docx (560, 4140, 2054, 1400 and 1200 twips of 9354).
const COLUMN_WIDTHS = ["6%", "44%", "22%", "15%", "13%"];

/** The targets table; its header row repeats on every printed page (a <thead> does so by default). */
export function BriefTable({ table, caption }: { table: BriefDocument["table"]; caption: string }) {
  const align = (i: number) => (i === 1 || i === 2 ? "text-left" : "text-center");
  return (
    <div className="my-2 overflow-x-auto print:overflow-visible">
      <table className="w-full min-w-[36rem] table-fixed border-collapse text-[12pt] leading-snug print:min-w-0">
        <caption className="sr-only">{caption}</caption>
        <colgroup>{COLUMN_WIDTHS.map((w, i) => <col key={i} style={{ width: w }} />)}</colgroup>
        <thead>
          <tr>
            {table.headers.map((h) => (
              <th key={h} scope="col" className="border border-black px-1.5 py-1 text-center font-bold">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row[0]} className="break-inside-avoid">
              {row.map((c, i) => (
                <td key={i} className={`border border-black px-1.5 py-1 align-middle ${align(i)}`}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
