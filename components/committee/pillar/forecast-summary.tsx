import { useTranslations } from "next-intl";
import type { Forecast } from "@/lib/forecast";
import { formatValue, type IndicatorUnit, type Locale } from "@/lib/format";
import { formatQuarter } from "@/lib/quarters";
import { ForecastBadge } from "./forecast-badge";
import { RequiredPace } from "./required-pace";

/** The forecast of one target in sentences: status, pace required and observed, where it is heading. */
export function ForecastSummary({ forecast, unit, kind, lowerIsBetter, locale }: {
  forecast: Forecast;
  unit: IndicatorUnit;
  kind: string;
  lowerIsBetter: boolean;
  locale: Locale;
}) {
  const t = useTranslations("forecast");
  const deadline = formatQuarter(forecast.deadline, locale);
  const projected = forecast.projection.at(-1);
  const observed = forecast.observedPace;
  return (
    <div className="space-y-1 text-sm text-slate-700">
      <ForecastBadge status={forecast.status} />
      <p className="font-medium text-slate-900"><RequiredPace forecast={forecast} unit={unit} kind={kind} lowerIsBetter={lowerIsBetter} locale={locale} /></p>
      {observed !== null ? (
        <p>{t(kind === "FLOW" ? "observedFlow" : "observedGain", { value: `${observed < 0 ? "−" : observed > 0 && kind !== "FLOW" ? "+" : ""}${formatValue(Math.abs(observed), unit, locale)}` })}</p>
      ) : null}
      {forecast.remainingQuarters > 0 ? <p>{t("remaining", { count: forecast.remainingQuarters, deadline })}</p> : null}
      {projected ? <p>{t("projected", { value: formatValue(projected.value, unit, locale), deadline })}</p> : null}
    </div>
  );
}
