import type { PillarSeriesPoint } from "@/components/charts/pillar-progress-chart";

/** The chart's numbers as a table, for screen readers and for anyone who prefers figures. */
export function SeriesTable({ data, pillars, summary, periodLabel }: {
  data: PillarSeriesPoint[];
  pillars: { code: string; name: string }[];
  summary: string;
  periodLabel: string;
}) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-brand-700">{summary}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left">
          <thead className="text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3">{periodLabel}</th>
              {pillars.map((p) => <th key={p.code} scope="col" className="py-1 pr-3 text-right">{p.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {data.map((point) => (
              <tr key={point.label} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-3 font-normal">{point.label}</th>
                {pillars.map((p) => {
                  const v = point[p.code];
                  return <td key={p.code} className="py-1 pr-3 text-right tabular-nums">{typeof v === "number" ? `${v}%` : "—"}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
