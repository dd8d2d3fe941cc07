import { useTranslations } from "next-intl";
import type { TrackerStatus } from "@/lib/server/queries/committee-tracker";

const styles: Record<TrackerStatus, string> = {
  NOT_STARTED: "border border-dashed border-slate-400 bg-white text-slate-600",
  DRAFT: "ring-1 ring-inset bg-slate-100 text-slate-700 ring-slate-300",
  SUBMITTED: "ring-1 ring-inset bg-brand-50 text-brand-700 ring-brand-600/30",
  RETURNED: "ring-1 ring-inset bg-band-low-soft text-band-low ring-band-low/30",
  APPROVED: "ring-1 ring-inset bg-band-met-soft text-band-met ring-band-met/30",
};

/** Like StatusBadge, plus "not started" for a unit that has not opened its report. */
export function TrackerStatusBadge({ status }: { status: TrackerStatus }) {
  const t = useTranslations("tracker.status");
  return (
    <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${styles[status]}`}>
      {t(status)}
    </span>
  );
}
