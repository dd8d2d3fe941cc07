import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { formatDate, type Locale } from "@/lib/format";
import type { AdminMethodDeviation } from "@/lib/server/queries/admin-catalogue";
import { RemoveDeviationButton } from "./deviation-controls";

/** The recorded deviations from the national catalogue: the province's own, and each locality's. */
export function MethodDeviations({ deviations, locale }: { deviations: AdminMethodDeviation[]; locale: Locale }) {
  const t = useTranslations("catalogue");
  return (
    <Card>
      <h2 className="font-semibold text-brand-900">{t("deviationsTitle")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("deviationsIntro")}</p>
      {deviations.length === 0 ? <p className="mt-3 text-sm text-slate-500">{t("noDeviations")}</p> : (
        <ul className="mt-3 grid gap-2" data-testid="method-deviations">
          {deviations.map((d) => {
            const who = d.locality?.name ?? t("wholeProvince");
            return (
              <li key={d.id} data-deviation={d.id} className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm sm:flex-row sm:items-start sm:justify-between">
                <div>
                  <p className="font-semibold text-slate-900">
                    <span className="font-mono text-xs">{d.indicator.code}</span> · {locale === "vi" ? d.indicator.nameVi : d.indicator.nameEn}
                  </p>
                  <p className="text-xs text-slate-600">{t("deviationMeta", { who, date: formatDate(d.recordedAt, locale) })}</p>
                  <p className="mt-1 text-amber-950">{d.description}</p>
                </div>
                <RemoveDeviationButton deviationId={d.id} label={`${d.indicator.code}, ${who}`} />
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
