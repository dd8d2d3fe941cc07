import { useTranslations } from "next-intl";
import type { Band } from "@/lib/progress";
import type { Locale } from "@/lib/format";

const pillarStyle: Record<string, string> = {
  GOV: "border-t-pillar-gov",
  ECO: "border-t-pillar-eco",
  SOC: "border-t-pillar-soc",
};

export function PillarSummary({ pillars, countsByPillar, locale }: {
  pillars: { code: string; nameVi: string; nameEn: string }[];
  countsByPillar: Record<string, Record<Band, number>>;
  locale: Locale;
}) {
  const t = useTranslations("scoreboard");
  return (
    <ul className="grid gap-3 sm:grid-cols-3">
      {pillars.map((pillar) => {
        const counts = countsByPillar[pillar.code];
        const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;
        return (
          <li key={pillar.code} className={`rounded-lg border border-t-4 border-slate-200 bg-white p-4 ${pillarStyle[pillar.code] ?? ""}`}>
            <h3 className="font-semibold text-slate-900">{locale === "vi" ? pillar.nameVi : pillar.nameEn}</h3>
            <p className="mt-1 text-sm text-slate-600">
              {t("pillarLine", { total, met: counts?.MET ?? 0, above70: counts?.ABOVE_70 ?? 0 })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
