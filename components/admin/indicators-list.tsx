import Link from "next/link";
import { useTranslations } from "next-intl";
import { tableStyles } from "@/components/ui/table-styles";
import type { Locale } from "@/lib/format";
import type { AdminPillar } from "@/lib/server/queries/admin-indicators";
import { StackCell } from "./agencies-table";

/** Indicators by pillar; each row opens its edit screen (names, definitions, lead agency, change of method). */
export function IndicatorsList({ pillars, locale }: { pillars: AdminPillar[]; locale: Locale }) {
  const t = useTranslations("adminIndicators");
  const tl = useTranslations("adminLocalities");
  return (
    <div className="grid gap-6">
      {pillars.map((pillar) => (
        <section key={pillar.id} aria-labelledby={`pillar-${pillar.code}`}>
          <h2 id={`pillar-${pillar.code}`} className="mb-2 font-semibold text-brand-900">{locale === "vi" ? pillar.nameVi : pillar.nameEn}</h2>
          <div className="rounded-lg border border-slate-200 bg-white">
            <table className="block w-full text-left text-sm md:table">
              <caption className="sr-only">{t("caption", { pillar: locale === "vi" ? pillar.nameVi : pillar.nameEn })}</caption>
              <thead className={`hidden ${tableStyles.head} md:table-header-group`}>
                <tr>
                  <th scope="col" className="px-3 py-2">{t("code")}</th>
                  <th scope="col" className="px-3 py-2">{t("name")}</th>
                  <th scope="col" className="px-3 py-2">{t("measure")}</th>
                  <th scope="col" className="px-3 py-2">{t("levels")}</th>
                  <th scope="col" className="px-3 py-2">{t("lead")}</th>
                  <th scope="col" className="px-3 py-2">{t("methodChanges")}</th>
                  <th scope="col" className="px-3 py-2">{t("status")}</th>
                  <th scope="col" className="px-3 py-2"><span className="sr-only">{t("actions")}</span></th>
                </tr>
              </thead>
              <tbody className="block divide-y divide-slate-100 md:table-row-group">
                {pillar.indicators.map((i) => (
                  <tr key={i.id} data-indicator={i.code} className={`block px-4 py-3 md:table-row md:p-0 ${i.active ? "" : "bg-slate-50"}`}>
                    <td className="block font-mono text-xs text-slate-500 md:table-cell md:px-3 md:py-2.5">{i.code}</td>
                    <th scope="row" className="block pb-1 font-semibold text-slate-900 md:table-cell md:px-3 md:py-2.5 md:font-medium">{locale === "vi" ? i.nameVi : i.nameEn}</th>
                    <StackCell label={t("measure")}>{`${t(`unit.${i.unit}`)} · ${t(`kind.${i.kind}`)}`}</StackCell>
                    <StackCell label={t("levels")}>{i.levels.map((l) => tl(`level.${l}`)).join(", ")}</StackCell>
                    <StackCell label={t("lead")}>{i.leadAgency?.shortName ?? "—"}</StackCell>
                    <StackCell label={t("methodChanges")}>{i._count.methodChanges}</StackCell>
                    <StackCell label={t("status")}>
                      <span className={`whitespace-nowrap font-medium ${i.active ? "text-band-met" : "text-band-none"}`}>{i.active ? t("active") : t("inactive")}</span>
                    </StackCell>
                    <td className="block pt-2 md:table-cell md:px-3 md:py-2">
                      <Link href={`/admin/indicators/${i.id}`} className="font-medium text-brand-700 hover:underline" aria-label={t("editLabel", { code: i.code })}>{t("edit")}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
