import { useTranslations } from "next-intl";
import { BANDS, type Band } from "@/lib/progress";
import { bandSwatch } from "@/components/ui/band-badge";

/** "24 targets: 7 met, 9 at ≥ 70%…" as a sentence, as counts, and as a bar with labels. */
export function BandSummary({ counts, year }: { counts: Record<Band, number>; year: number }) {
  const t = useTranslations("scoreboard");
  const tb = useTranslations("bands");
  const total = BANDS.reduce((sum, b) => sum + counts[b], 0);
  return (
    <div>
      <p className="text-base text-slate-700" data-testid="band-sentence">
        {t("bandSentence", { total, year, met: counts.MET, above70: counts.ABOVE_70, mid: counts.FROM_50_TO_70, low: counts.BELOW_50, none: counts.NO_DATA })}
      </p>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {BANDS.map((band) => (
          <div key={band} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`band-count-${band}`}>
            <dt className="flex items-center gap-2 text-xs font-medium text-slate-600">
              <span aria-hidden="true" className={`h-2.5 w-2.5 rounded-full ${bandSwatch[band]}`} />
              {tb(band)}
            </dt>
            <dd className="mt-1 text-2xl font-bold text-slate-900">{counts[band]}</dd>
          </div>
        ))}
      </dl>
      {total > 0 ? (
        <div className="mt-3 flex h-3 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
          {BANDS.filter((b) => counts[b] > 0).map((band) => (
            <div key={band} className={bandSwatch[band]} style={{ width: `${(counts[band] / total) * 100}%` }} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
