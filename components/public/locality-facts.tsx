import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { formatDate, formatValue } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { publicHref, publicPaths } from "@/lib/public-routes";
import type { PublicLocality } from "@/lib/server/queries/public/locality";

/** Level, type, parent, population and validity of a unit; an abolished unit says so, with the date. */
export function LocalityFacts({ data, locale }: { data: PublicLocality; locale: AppLocale }) {
  const t = useTranslations("publicLocality");
  const day = (iso: string) => formatDate(new Date(iso), locale);
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold text-brand-900">{t("factsHeading")}</h2>
      {data.validTo ? (
        <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" role="note" data-testid="validity-note">
          {t(data.current ? "scheduled" : "abolished", { name: data.name, date: day(data.validTo) })}
        </p>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" data-testid="locality-facts">
        <dt className="font-medium text-slate-500">{t("level")}</dt>
        <dd>{t(`level_${data.level}`)}</dd>
        <dt className="font-medium text-slate-500">{t("type")}</dt>
        <dd>{t(`type_${data.type}`)}</dd>
        {data.parent ? (
          <>
            <dt className="font-medium text-slate-500">{t("parent")}</dt>
            <dd>
              <Link href={publicHref(locale, publicPaths.locality(data.parent.code))} className="font-medium text-brand-800 underline decoration-slate-300 underline-offset-2 hover:text-brand-900">
                {data.parent.name}
              </Link>
            </dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-500">{t("population")}</dt>
        <dd>{data.population === null ? "—" : t("populationValue", { count: formatValue(data.population, "COUNT", locale) })}</dd>
        <dt className="font-medium text-slate-500">{t("validity")}</dt>
        <dd>{data.validTo ? t("validRange", { from: day(data.validFrom), to: day(data.validTo) }) : t("validFrom", { from: day(data.validFrom) })}</dd>
      </dl>
    </Card>
  );
}
