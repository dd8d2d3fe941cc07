import { useTranslations } from "next-intl";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatValue, type IndicatorUnit, type Locale } from "@/lib/format";
import type { Comparator, Direction } from "@/lib/progress";
import type { IndicatorKind } from "@/lib/year-to-date";

export interface FormulaInput {
  kind: IndicatorKind;
  direction: Direction;
  unit: IndicatorUnit;
  comparator: Comparator;
  targetValue: number;
  baseline: number | null;
  numeratorDefinition: string | null;
  denominatorDefinition: string | null;
}

/**
 * "The formula used, in words": how a quarter's value is built (numerator ÷ denominator when the
 * indicator has them), how quarters make the year's value, and how progress and the band follow;
 * the same rules as lib/year-to-date.ts and lib/progress.ts.
 */
export function IndicatorFormula({ input, locale }: { input: FormulaInput; locale: Locale }) {
  const t = useTranslations("pillar");
  const lower = input.direction === "LOWER_IS_BETTER";
  const withBaseline = lower && input.baseline !== null && input.baseline !== input.targetValue;
  const progressKey = !lower ? "progressHigher" : withBaseline ? "progressLowerBaseline" : "progressLower";
  const condition = `${t("bandSubject")} ${COMPARATOR_SYMBOL[input.comparator]} ${formatValue(input.targetValue, input.unit, locale)}`;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
      {input.numeratorDefinition && input.denominatorDefinition ? (
        <li>{t("formulaRate", { numerator: input.numeratorDefinition, denominator: input.denominatorDefinition })}</li>
      ) : null}
      <li>{t(`kind${input.kind}`)}</li>
      <li>{t(progressKey)}</li>
      <li>{t("bandRule", { condition })}</li>
    </ul>
  );
}
