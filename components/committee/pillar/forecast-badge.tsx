import { useTranslations } from "next-intl";
import type { ForecastStatus } from "@/lib/forecast";

const styles: Record<ForecastStatus, string> = {
  ON_TRACK: "bg-band-met-soft text-band-met ring-band-met/30",
  NEEDS_ACCELERATION: "bg-band-mid-soft text-band-mid ring-band-mid/30",
  OFF_TRACK: "bg-band-low-soft text-band-low ring-band-low/30",
  INSUFFICIENT_DATA: "bg-band-none-soft text-band-none ring-band-none/30",
  NO_DATA: "bg-band-none-soft text-band-none ring-band-none/30",
};

// Arrows read without colour: up-right on track, right needs acceleration, down-right off track.
const arrows: Record<ForecastStatus, string | null> = {
  ON_TRACK: "M3 13 13 3M6 3h7v7",
  NEEDS_ACCELERATION: "M2 8h12M9 3l5 5-5 5",
  OFF_TRACK: "M3 3l10 10M13 6v7H6",
  INSUFFICIENT_DATA: null,
  NO_DATA: null,
};

/** The forecast status as words plus an arrow, never colour alone. */
export function ForecastBadge({ status }: { status: ForecastStatus }) {
  const t = useTranslations("forecast");
  const arrow = arrows[status];
  return (
    <span data-forecast={status} className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${styles[status]}`}>
      {arrow ? (
        <svg viewBox="0 0 16 16" className="h-3 w-3" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round">
          <path d={arrow} />
        </svg>
      ) : null}
      {t(status)}
    </span>
  );
}
