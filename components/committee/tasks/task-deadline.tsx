import { useTranslations } from "next-intl";
import { daysUntil } from "@/lib/deadlines";
import { formatDate, type Locale } from "@/lib/format";

/** The deadline, and while the task is open how far away it is: "quá hạn N ngày" in the low band's colour, or "còn N ngày". */
export function TaskDeadline({ deadline, today, open, locale }: { deadline: Date; today: Date; open: boolean; locale: Locale }) {
  const t = useTranslations("tasks");
  const days = daysUntil(deadline, today);
  return (
    <span>
      <span className="whitespace-nowrap font-medium text-slate-800">{formatDate(deadline, locale)}</span>
      {open ? (
        <span className={`ml-1 whitespace-nowrap ${days < 0 ? "font-semibold text-band-low" : "text-slate-600"}`}>
          ({days < 0 ? t("overdueBy", { days: -days }) : days === 0 ? t("dueToday") : t("daysLeft", { days })})
        </span>
      ) : null}
    </span>
  );
}
