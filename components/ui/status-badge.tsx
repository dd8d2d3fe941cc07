import { useTranslations } from "next-intl";
import type { SubmissionStatus } from "@/generated/prisma/enums";

const styles: Record<SubmissionStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-700 ring-slate-300",
  SUBMITTED: "bg-brand-50 text-brand-700 ring-brand-600/30",
  RETURNED: "bg-band-low-soft text-band-low ring-band-low/30",
  APPROVED: "bg-band-met-soft text-band-met ring-band-met/30",
};

export function StatusBadge({ status }: { status: SubmissionStatus }) {
  const t = useTranslations("status");
  return (
    <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${styles[status]}`}>
      {t(status)}
    </span>
  );
}
