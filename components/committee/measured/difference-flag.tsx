import { useTranslations } from "next-intl";
import { formatProgress, formatValue, type IndicatorUnit, type Locale } from "@/lib/format";
import type { MeasuredDifference } from "@/lib/server/queries/measured";

const signed = (n: number, text: string) => (n > 0 ? `+${text}` : text);

/** The measured − declared difference; a flagged one carries a triangle and a word, not colour alone. */
export function DifferenceFlag({ difference, unit, locale }: { difference: MeasuredDifference | null; unit: IndicatorUnit; locale: Locale }) {
  const t = useTranslations("measured");
  if (!difference) return <span className="text-slate-500">{t("noDifference")}</span>;
  const absolute = unit === "PERCENT"
    ? t("points", { value: signed(difference.absolute, formatValue(difference.absolute, "COUNT", locale)) })
    : signed(difference.absolute, formatValue(difference.absolute, unit, locale));
  const relative = difference.relative === null ? t("relativeUndefined") : signed(difference.relative, formatProgress(difference.relative, locale));
  return (
    <span className="block whitespace-nowrap">
      <span className="tabular-nums">{absolute}</span>
      <span className="block text-xs tabular-nums text-slate-600">{relative}</span>
      {difference.flagged ? (
        <span className="mt-1 inline-flex items-center gap-1 rounded-full bg-band-low-soft px-2 py-0.5 text-xs font-semibold text-band-low ring-1 ring-inset ring-band-low/30" data-testid="difference-flag">
          <svg viewBox="0 0 16 16" className="h-3 w-3" aria-hidden="true" fill="currentColor"><path d="M8 1.5 15 14.5H1Z" /></svg>
          {t("flagged")}
        </span>
      ) : (
        <span className="mt-1 block text-xs text-slate-600">{t("withinThreshold")}</span>
      )}
    </span>
  );
}
