import { useTranslations } from "next-intl";

/** The aggregation rules in words (lib/aggregation.ts), shown wherever an aggregate is. */
export function AggregationRules() {
  const t = useTranslations("aggregation");
  return (
    <details className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
      <summary className="cursor-pointer font-medium text-brand-700">{t("rulesTitle")}</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>{t("ruleRate")}</li>
        <li>{t("ruleCount")}</li>
        <li>{t("ruleDuration")}</li>
        <li>{t("ruleTime")}</li>
        <li>{t("ruleMissing")}</li>
      </ul>
    </details>
  );
}
