import { useTranslations } from "next-intl";
import { daysUntil } from "@/lib/deadlines";
import { formatDate, type Locale } from "@/lib/format";

/** "30 thg 9, 2025 (còn 106 ngày)", the overdue count in the low band's colour. */
export function TaskDeadline({ deadline, today, locale }: { deadline: Date; today: Date; locale: Locale }) {
  const t = useTranslations("agencyTasks");
  const days = daysUntil(deadline, today);
  return (
    <span>
      <span className="whitespace-nowrap font-medium text-slate-800">{formatDate(deadline, locale)}</span>{" "}
      {days < 0 ? (
        <span className="whitespace-nowrap font-semibold text-band-low">({t("overdue", { days: -days })})</span>
      ) : (
        <span className="whitespace-nowrap text-slate-600">({days === 0 ? t("dueToday") : t("daysLeft", { days })})</span>
      )}
    </span>
  );
}
