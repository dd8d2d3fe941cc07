import { useTranslations } from "next-intl";
import type { PilotVerdict } from "@/generated/prisma/enums";

/** "Mô hình thí điểm", with the committee's verdict once the pilot has been evaluated; plain tasks show nothing. */
export function TaskKindBadge({ kind, verdict }: { kind: "TASK" | "PILOT_MODEL"; verdict: PilotVerdict | null }) {
  const t = useTranslations("tasks");
  if (kind !== "PILOT_MODEL") return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1 rounded-full bg-violet-50 px-2 py-0.5 text-xs font-semibold text-violet-800 ring-1 ring-inset ring-violet-300">
      {t("kind.PILOT_MODEL")}
      <span className="font-normal">· {verdict ? t("pilotVerdict", { verdict: t(`verdict.${verdict}`) }) : t("pilotNotEvaluated")}</span>
    </span>
  );
}
