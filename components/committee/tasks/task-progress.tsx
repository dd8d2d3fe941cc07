import { formatValue, type Locale } from "@/lib/format";

/** The approved progress as a bar and its number; the bar is decoration, the number carries the meaning. */
export function TaskProgress({ percent, label, locale }: { percent: number; label: string; locale: Locale }) {
  const width = Math.max(0, Math.min(100, percent));
  return (
    <div className="flex items-center gap-2">
      <span className="text-xs text-slate-600">{label}</span>
      <div aria-hidden="true" className="h-2 min-w-16 flex-1 overflow-hidden rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${width}%` }} />
      </div>
      <span className="text-sm font-semibold tabular-nums text-slate-900">{formatValue(percent, "PERCENT", locale)}</span>
    </div>
  );
}
