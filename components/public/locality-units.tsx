import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { publicHref, publicPaths } from "@/lib/public-routes";
import type { PublicLocalityUnit } from "@/lib/server/queries/public/locality";

/** The units below a locality, grouped by level, each linked to its own page. */
export function LocalityUnits({ units, locale }: { units: PublicLocalityUnit[]; locale: AppLocale }) {
  const t = useTranslations("publicLocality");
  const groups = (["DISTRICT", "COMMUNE"] as const).map((level) => ({ level, units: units.filter((u) => u.level === level) })).filter((g) => g.units.length > 0);
  if (groups.length === 0) return null;
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold text-brand-900">{t("unitsHeading")}</h2>
      <div className="grid gap-4">
        {groups.map((g) => (
          <div key={g.level}>
            <h3 className="mb-2 text-sm font-semibold text-slate-700">{t(`unitsLevel_${g.level}`, { count: g.units.length })}</h3>
            <ul className="grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid={`units-${g.level}`}>
              {g.units.map((u) => (
                <li key={`${u.code}-${u.validTo ?? "now"}`}>
                  <Link href={publicHref(locale, publicPaths.locality(u.code))} className="font-medium text-brand-800 underline decoration-slate-300 underline-offset-2 hover:text-brand-900">{u.name}</Link>
                  {u.validTo ? <span className="text-xs text-amber-900"> · {t("unitEnded", { date: formatDate(new Date(u.validTo), locale) })}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Card>
  );
}
