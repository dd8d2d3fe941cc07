import Link from "next/link";
import { useTranslations } from "next-intl";

export type MeasuredStatusFilter = "PENDING" | "APPROVED" | null;

/** The measured values' page address for a quarter and a status filter. */
export function measuredHref(period: string, status: MeasuredStatusFilter): string {
  return `/committee/measured?period=${period}${status ? `&status=${status}` : ""}`;
}

/** All / pending / approved, as plain links so each view has its own address. */
export function MeasuredStatusLinks({ period, selected }: { period: string; selected: MeasuredStatusFilter }) {
  const t = useTranslations("measured");
  const options: { status: MeasuredStatusFilter; label: string }[] = [
    { status: null, label: t("filterAll") },
    { status: "PENDING", label: t("filterPending") },
    { status: "APPROVED", label: t("filterApproved") },
  ];
  return (
    <nav aria-label={t("filterLabel")} className="flex flex-wrap gap-1">
      {options.map((o) => (
        <Link
          key={o.status ?? "ALL"}
          href={measuredHref(period, o.status)}
          aria-current={o.status === selected ? "page" : undefined}
          className={`rounded-md border px-3 py-1.5 text-sm ${o.status === selected ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"}`}
        >
          {o.label}
        </Link>
      ))}
    </nav>
  );
}
