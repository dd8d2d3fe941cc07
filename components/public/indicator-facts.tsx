import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { formatDate, unitLabel } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import type { PublicIndicator } from "@/lib/server/queries/public/indicator";

/** What the indicator measures, who leads it, how it is computed, and when the method changed. */
export function IndicatorFacts({ data, locale }: { data: PublicIndicator; locale: AppLocale }) {
  const t = useTranslations("publicIndicator");
  const pillar = locale === "vi" ? data.pillarNameVi : data.pillarNameEn;
  const facts: [string, string][] = [
    [t("code"), data.code],
    [t("pillar"), pillar],
    [t("unit"), unitLabel(data.unit, locale)],
    [t("direction"), t(`direction_${data.direction}`)],
    [t("kind"), t(`kind_${data.kind}`)],
    [t("levels"), data.levels.map((l) => t(`level_${l}`)).join(", ")],
    [t("leadAgency"), data.leadAgency ?? "—"],
    [t("source"), data.source],
    [t("catalogue"), data.catalogueCode ? t("catalogueCode", { code: data.catalogueCode }) : t("catalogueLocal")],
  ];
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <Card>
        <h2 className="mb-3 text-lg font-semibold text-brand-900">{t("factsHeading")}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" data-testid="indicator-facts">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-medium text-slate-500">{term}</dt>
              <dd className="text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <div className="grid gap-4">
        <Card>
          <h2 className="mb-3 text-lg font-semibold text-brand-900">{t("formulaHeading")}</h2>
          <dl className="grid gap-2 text-sm">
            <dt className="font-medium text-slate-500">{t("definition")}</dt>
            <dd className="text-slate-900">{data.definition}</dd>
            {data.numerator ? <><dt className="font-medium text-slate-500">{t("numerator")}</dt><dd className="text-slate-900">{data.numerator}</dd></> : null}
            {data.denominator ? <><dt className="font-medium text-slate-500">{t("denominator")}</dt><dd className="text-slate-900">{data.denominator}</dd></> : null}
          </dl>
          {!data.numerator && !data.denominator ? <p className="mt-2 text-sm text-slate-600">{t("noRatio")}</p> : null}
          {data.deviations.length > 0 ? (
            <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" role="note" data-testid="catalogue-deviations">
              <p className="font-semibold">{t("deviationsHeading")}</p>
              <p className="mt-0.5">{t("deviationsIntro")}</p>
              <ul className="mt-1 list-disc space-y-1 pl-5" lang="vi">{data.deviations.map((d) => <li key={d}>{d}</li>)}</ul>
            </div>
          ) : null}
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold text-brand-900">{t("breaksHeading")}</h2>
          {data.breaks.length === 0 ? <p className="text-sm text-slate-600">{t("noBreaks")}</p> : (
            <>
              <p className="text-sm text-slate-600">{t("breaksIntro")}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-900" data-testid="method-breaks">
                {data.breaks.map((b) => <li key={b.date}>{t("breakItem", { date: formatDate(new Date(b.date), locale), note: locale === "vi" ? b.noteVi : b.noteEn })}</li>)}
              </ul>
            </>
          )}
        </Card>
      </div>
    </div>
  );
}
