import { useTranslations } from "next-intl";

/** The forecast method in words, on every page that shows a forecast. */
export function ForecastMethod() {
  const t = useTranslations("forecast");
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700" data-testid="forecast-method">
      <summary className="cursor-pointer font-semibold text-brand-800">{t("methodHeading")}</summary>
      <p className="mt-2">{t("method")}</p>
      <p className="mt-2">{t("methodRule")}</p>
    </details>
  );
}
