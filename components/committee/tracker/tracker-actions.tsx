import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { RemindButton } from "./remind-button";
import { trackerQuery, type TrackerState } from "./tracker-href";

/** The page's actions: the .xlsx download of what is shown, and the one-click reminder. */
export function TrackerActions({ state, periodId, periodLabel, remind, locked }: {
  state: TrackerState;
  periodId: number;
  periodLabel: string;
  remind: { reporters: number; officers: number };
  locked: boolean;
}) {
  const t = useTranslations("tracker");
  return (
    <div className="flex w-full flex-col gap-2 sm:w-auto sm:flex-row sm:items-start">
      <a href={`/api/committee/export/tracker?${trackerQuery(state)}`} download className={buttonClass("secondary")}>{t("export")}</a>
      <RemindButton periodId={periodId} periodLabel={periodLabel} reporters={remind.reporters} officers={remind.officers} locked={locked} />
    </div>
  );
}
