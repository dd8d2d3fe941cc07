import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatValue, type Locale } from "@/lib/format";
import { TRACKER_STATUSES, type TrackerStatus } from "@/lib/server/queries/committee-tracker";
import { trackerHref, type TrackerState } from "./tracker-href";

const chip = (current: boolean, idle = "border-slate-300 text-slate-700") =>
  `inline-flex min-h-9 items-center gap-1.5 whitespace-nowrap rounded-full border px-3 py-1 text-sm ${
    current ? "border-brand-700 bg-brand-700 font-semibold text-white" : `bg-white hover:border-brand-600 ${idle}`
  }`;

/** Counts per status that double as filters: each chip is a link to the list narrowed to that status. */
export function StatusChips({ state, counts, total, lateCount, locale }: {
  state: TrackerState;
  counts: Record<TrackerStatus, number>;
  total: number;
  lateCount: number;
  locale: Locale;
}) {
  const t = useTranslations("tracker");
  const count = (n: number, current: boolean) => (
    <span className={`rounded-full px-1.5 text-xs font-semibold tabular-nums ${current ? "bg-white/20" : "bg-slate-100 text-slate-700"}`}>{formatValue(n, "COUNT", locale)}</span>
  );
  return (
    <nav aria-label={t("chipsLabel")} className="flex flex-wrap gap-2">
      <Link href={trackerHref(state, { status: null })} aria-current={state.status === null ? "page" : undefined} className={chip(state.status === null)}>
        {t("all")}{count(total, state.status === null)}
      </Link>
      {TRACKER_STATUSES.map((status) => (
        <Link
          key={status}
          href={trackerHref(state, { status: state.status === status ? null : status })}
          aria-current={state.status === status ? "page" : undefined}
          className={chip(state.status === status)}
        >
          {t(`status.${status}`)}{count(counts[status], state.status === status)}
        </Link>
      ))}
      <Link
        href={trackerHref(state, { lateOnly: !state.lateOnly })}
        aria-current={state.lateOnly ? "true" : undefined}
        className={chip(state.lateOnly, "border-band-low/40 text-band-low")}
      >
        {t("lateChip")}{count(lateCount, state.lateOnly)}
      </Link>
    </nav>
  );
}
