import { useTranslations } from "next-intl";
import { Card, PageHeader } from "@/components/ui/page-header";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatQuarter, parseQuarterKey } from "@/lib/quarters";
import type { PublicCorrections } from "@/lib/server/queries/public/corrections";
import type { PublicDatasets } from "@/lib/server/queries/public/datasets";
import { OpenDataApi } from "./open-data-api";
import { OpenDataDataset, type OpenDataDatasetSpec } from "./open-data-dataset";

const LICENCE_URL = { vi: "https://creativecommons.org/licenses/by/4.0/deed.vi", en: "https://creativecommons.org/licenses/by/4.0/" } as const;
const V1 = "/api/public/v1";

export interface OpenDataInput {
  /** Quarters with approved provincial values, newest first (the scoreboard's). */
  scoreboardPeriods: string[];
  corrections: PublicCorrections;
  /** Each level of the ranking with its approved quarters, newest first. */
  rankingLevels: { level: "DISTRICT" | "COMMUNE"; periods: string[] }[];
  datasets: PublicDatasets;
}

/** What the open-data page offers: the rules (what, licence, updates, formats), every dataset, the API. */
export function OpenDataView({ data, locale }: { data: OpenDataInput; locale: AppLocale }) {
  const t = useTranslations("openData");
  const tp = useTranslations("public");
  const app = useTranslations("app");
  const quarter = (key: string) => { const q = parseQuarterKey(key); return q ? formatQuarter(q, locale) : key; };
  const byQuarter = (resource: string, periods: string[], path: string) =>
    ({ label: t("byQuarter"), path, collapsed: true, files: periods.map((p) => ({ label: quarter(p), resource, name: p })) });
  // Every reporting period has a corrections file, but one not yet reported (or still empty) is not worth a link.
  const correctionPeriods = data.corrections.periods.filter((p) => data.scoreboardPeriods.includes(p) || data.corrections.corrections.some((c) => c.period === p));
  const rankingFiles = data.rankingLevels.flatMap((l) => l.periods.map((p) =>
    ({ label: t("levelQuarter", { level: l.level, period: quarter(p) }), resource: "ranking", name: `${l.level.toLowerCase()}-${p}` })));
  const datasets: OpenDataDatasetSpec[] = [
    { id: "scoreboard", name: t("scoreboardName"), body: t("scoreboardBody"), groups: [
      { label: t("latest"), path: `${V1}/scoreboard/{period}.{format}`, files: [{ label: t("latest"), resource: "scoreboard", name: "latest" }] },
      byQuarter("scoreboard", data.scoreboardPeriods, `${V1}/scoreboard/{period}.{format}`),
    ] },
    { id: "indicators", name: t("indicatorsName"), body: t("indicatorsBody"), groups: [
      { label: t("all"), path: `${V1}/indicators/all.{format}`, files: [{ label: t("all"), resource: "indicators", name: "all" }] },
      { label: t("byIndicator"), path: `${V1}/indicators/{code}.{format}`, collapsed: true,
        files: data.datasets.indicators.map((i) => ({ label: `${i.code} · ${locale === "vi" ? i.nameVi : i.nameEn}`, resource: "indicators", name: i.code })) },
    ] },
    { id: "localities", name: t("localitiesName"), body: t("localitiesBody"), groups: [
      { label: t("all"), path: `${V1}/localities/all.{format}`, files: [{ label: t("all"), resource: "localities", name: "all" }] },
      { label: t("byLocality"), path: `${V1}/localities/{code}.{format}`, collapsed: true,
        files: data.datasets.localities.map((l) => ({ label: `${l.code} · ${l.name}`, resource: "localities", name: l.code })) },
    ] },
    { id: "ranking", name: t("rankingName"), body: t("rankingBody"), groups: [
      { label: t("latest"), path: `${V1}/ranking/latest.{format}`, files: [{ label: t("latest"), resource: "ranking", name: "latest" }] },
      { label: t("byLevelQuarter"), path: `${V1}/ranking/{level}-{period}.{format}`, collapsed: true, files: rankingFiles },
    ] },
    { id: "corrections", name: t("correctionsName"), body: t("correctionsBody"), groups: [
      { label: t("all"), path: `${V1}/corrections/all.{format}`, files: [{ label: t("all"), resource: "corrections", name: "all" }] },
      byQuarter("corrections", correctionPeriods, `${V1}/corrections/{period}.{format}`),
    ] },
  ];
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <div className="grid grid-cols-1 gap-6">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <Card>
            <h2 className="font-semibold text-brand-900">{t("publishedHeading")}</h2>
            <p className="mt-2 text-sm text-slate-700">{t("publishedBody")}</p>
          </Card>
          <Card>
            <h2 className="font-semibold text-brand-900">{t("licenceHeading")}</h2>
            <p className="mt-2 text-sm text-slate-700">
              {tp("licence")}{" "}
              <a href={LICENCE_URL[locale]} rel="license" className="text-brand-700 underline">{tp("licenceLink")}</a>
            </p>
            <p className="mt-2 text-sm text-slate-700">{t("attribution", { site: app("title") })}</p>
          </Card>
          <Card>
            <h2 className="font-semibold text-brand-900">{t("updatesHeading")}</h2>
            <p className="mt-2 text-sm text-slate-700">{t("updatesBody")}</p>
            <p className="mt-2 text-sm text-slate-700">{t("formatBody")}</p>
          </Card>
        </div>
        <section aria-labelledby="datasets-heading" className="grid grid-cols-1 gap-4">
          <h2 id="datasets-heading" className="text-lg font-semibold text-brand-900">{t("datasetsHeading")}</h2>
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            {datasets.map((d) => <OpenDataDataset key={d.id} dataset={d} />)}
          </div>
        </section>
        <OpenDataApi />
      </div>
    </>
  );
}
