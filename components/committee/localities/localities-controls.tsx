import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/format";
import { formatQuarter, quarterKey, type Quarter } from "@/lib/quarters";
import type { LocalLevel } from "@/lib/server/queries/committee-localities";
import { ChoiceLinks } from "./choice-links";
import { localitiesHref } from "./links";

const PATH = "/committee/localities";
const LEVELS: LocalLevel[] = ["COMMUNE", "DISTRICT"];

/** Level, period and ranking indicator as three rows of links; each keeps the other two choices. */
export function LocalitiesControls({ level, periods, period, indicators, indicator, locale }: {
  level: LocalLevel;
  periods: Quarter[];
  period: Quarter | null;
  indicators: { code: string; nameVi: string; nameEn: string }[];
  indicator: string | null;
  locale: Locale;
}) {
  const t = useTranslations("localities");
  const periodKey = period ? quarterKey(period) : null;
  return (
    <div className="mb-6 grid grid-cols-1 gap-3">
      <ChoiceLinks
        label={t("levelNav")}
        selected={level}
        choices={LEVELS.map((l) => ({ key: l, label: t(`level_${l}`), href: localitiesHref(PATH, { level: l, period: periodKey }) }))}
      />
      <ChoiceLinks
        label={t("periodPicker")}
        selected={periodKey}
        choices={periods.map((p) => ({ key: quarterKey(p), label: formatQuarter(p, locale), href: localitiesHref(PATH, { level, period: quarterKey(p), indicator }) }))}
      />
      {indicators.length > 0 ? (
        <div className="flex min-w-0 flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
          <span className="shrink-0 text-sm font-medium text-slate-700">{t("indicatorNav")}</span>
          <ChoiceLinks
            label={t("indicatorNav")}
            selected={indicator ?? "ALL"}
            choices={[
              { key: "ALL", label: t("overall"), href: localitiesHref(PATH, { level, period: periodKey }) },
              ...indicators.map((i) => ({
                key: i.code,
                label: i.code,
                title: locale === "vi" ? i.nameVi : i.nameEn,
                href: localitiesHref(PATH, { level, period: periodKey, indicator: i.code }),
              })),
            ]}
          />
        </div>
      ) : null}
    </div>
  );
}
