import Link from "next/link";
import { useTranslations } from "next-intl";
import { BandShape } from "@/components/ui/icons";
import { BANDS, type Band } from "@/lib/progress";

/** The chart's numbers: one row per pillar and one for the province, one column per band. */
export function BandCountTable({ rows, total, periodKey }: {
  rows: { code: string; name: string; counts: Record<Band, number> }[];
  total: { name: string; counts: Record<Band, number> };
  periodKey: string;
}) {
  const t = useTranslations("overview");
  const tb = useTranslations("bands");
  const sum = (counts: Record<Band, number>) => BANDS.reduce((s, b) => s + counts[b], 0);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[34rem] text-left text-sm" data-testid="band-count-table">
        <thead className="text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-1.5 pr-3">{t("colPillar")}</th>
            {BANDS.map((b) => (
              <th key={b} scope="col" className="px-2 py-1.5 text-right">
                <span className="inline-flex items-center gap-1"><BandShape band={b} />{tb(b)}</span>
              </th>
            ))}
            <th scope="col" className="py-1.5 pl-2 text-right">{t("colTotal")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.code} data-pillar={r.code}>
              <th scope="row" className="py-1.5 pr-3 font-medium">
                <Link href={`/committee/pillars/${r.code}?period=${periodKey}`} className="text-brand-700 hover:underline">{r.name}</Link>
              </th>
              {BANDS.map((b) => <td key={b} className="px-2 py-1.5 text-right tabular-nums">{r.counts[b]}</td>)}
              <td className="py-1.5 pl-2 text-right font-semibold tabular-nums">{sum(r.counts)}</td>
            </tr>
          ))}
          <tr className="border-t-2 border-slate-200 font-semibold">
            <th scope="row" className="py-1.5 pr-3">{total.name}</th>
            {BANDS.map((b) => <td key={b} className="px-2 py-1.5 text-right tabular-nums">{total.counts[b]}</td>)}
            <td className="py-1.5 pl-2 text-right tabular-nums">{sum(total.counts)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
