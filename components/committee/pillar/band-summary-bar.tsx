import { bandSwatch } from "@/components/ui/band-badge";
import { BANDS, type Band } from "@/lib/progress";

/** A thin stacked bar of band shares; decorative, since the counts are always written next to it. */
export function BandSummaryBar({ counts }: { counts: Record<Band, number> }) {
  const total = BANDS.reduce((s, b) => s + counts[b], 0);
  if (total === 0) return null;
  return (
    <div className="mt-3 flex h-2.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
      {BANDS.filter((b) => counts[b] > 0).map((b) => (
        <div key={b} className={bandSwatch[b]} style={{ width: `${(counts[b] / total) * 100}%` }} />
      ))}
    </div>
  );
}
