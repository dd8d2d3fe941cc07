import { useTranslations } from "next-intl";
import { paceStillNeeded, type Forecast } from "@/lib/forecast";
import { formatValue, type IndicatorUnit, type Locale } from "@/lib/format";

/** "Cần đạt thêm X mỗi quý" in the indicator's unit, or why no pace can be stated any more. */
export function RequiredPace({ forecast, unit, kind, lowerIsBetter, locale }: {
  forecast: Forecast;
  unit: IndicatorUnit;
  kind: string;
  lowerIsBetter: boolean;
  locale: Locale;
}) {
  const t = useTranslations("forecast");
  if (forecast.status === "OFF_TRACK" && forecast.remainingQuarters === 0) return <span>{t("deadlinePassed")}</span>;
  const pace = paceStillNeeded(forecast, lowerIsBetter ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER");
  if (pace === null) return null;
  const key = kind === "FLOW" ? "requiredFlow" : lowerIsBetter ? "requiredCut" : "requiredGain";
  return <span>{t(key, { value: formatValue(pace, unit, locale) })}</span>;
}
