import { useTranslations } from "next-intl";
import { formatDate, formatValue, type IndicatorUnit, type Locale } from "@/lib/format";
import type { Provenance } from "@/lib/public-data";
import { formatQuarter, parseQuarterKey } from "@/lib/quarters";
import { InfoIcon } from "@/components/ui/icons";

/** The origin fields are optional here: a cell of the indicator table builds its provenance without them. */
type PopoverProvenance = Omit<Provenance, "origin" | "sourceSystem" | "deviations"> & Partial<Pick<Provenance, "origin" | "sourceSystem" | "deviations">>;

function quarterLabel(key: string | null, locale: Locale): string {
  const q = key ? parseQuarterKey(key) : null;
  return q ? formatQuarter(q, locale) : "—";
}

/**
 * Where a number comes from, one click (or Enter) away: the browser's own popover, so it needs no JavaScript,
 * closes with Esc or a click outside, and sits in the top layer on a phone.
 */
export function ProvenancePopover({ id, provenance, indicatorName, unit, locale }: {
  id: string;
  provenance: PopoverProvenance;
  indicatorName: string;
  unit: IndicatorUnit;
  locale: Locale;
}) {
  const t = useTranslations("public");
  const corrected = provenance.corrections.length > 0;
  const broken = provenance.breaks.length > 0;
  const deviations = provenance.deviations ?? [];
  const day = (iso: string) => formatDate(new Date(iso), locale);
  return (
    <>
      <button
        type="button"
        popoverTarget={id}
        aria-label={t("provenanceButton", { indicator: indicatorName })}
        className="ml-1 inline-flex items-center gap-1 rounded px-1 align-middle text-xs font-medium text-brand-700 hover:text-brand-900"
        data-testid="provenance-button"
      >
        <InfoIcon />
        {corrected ? <span className="rounded bg-amber-100 px-1 text-amber-900 no-underline">{t("corrected")}</span> : null}
        {broken ? <span className="rounded bg-slate-200 px-1 text-slate-800">{t("breakShort")}</span> : null}
      </button>
      <div
        id={id}
        popover="auto"
        role="dialog"
        aria-labelledby={`${id}-title`}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] whitespace-normal rounded-lg border border-slate-300 bg-white p-4 text-left text-sm text-slate-800 shadow-xl backdrop:bg-slate-900/20"
        data-testid="provenance"
      >
        <div className="flex items-start justify-between gap-3">
          <h3 id={`${id}-title`} className="font-semibold text-brand-900">{t("provenanceTitle")} · {indicatorName}</h3>
          <button type="button" popoverTarget={id} popoverTargetAction="hide" className="rounded px-2 text-slate-600 hover:bg-slate-100" aria-label="Đóng / Close">×</button>
        </div>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-slate-500">{t("reportedBy")}</dt><dd>{provenance.reporter}</dd>
          {provenance.origin ? (
            <><dt className="text-slate-500">{t("originLabel")}</dt><dd data-testid="provenance-origin" data-origin={provenance.origin}>{provenance.origin === "MEASURED" ? t("originMeasured", { system: provenance.sourceSystem ?? "—" }) : t("originDeclared")}</dd></>
          ) : null}
          <dt className="text-slate-500">{t("periodOf")}</dt><dd>{quarterLabel(provenance.period, locale)}</dd>
          <dt className="text-slate-500">{t("approvedOn")}</dt><dd>{provenance.approvedAt ? day(provenance.approvedAt) : t("notApprovedYet")}</dd>
          <dt className="text-slate-500">{t("formula")}</dt><dd>{provenance.formula}</dd>
          {provenance.numerator ? <><dt className="text-slate-500">{t("numerator")}</dt><dd>{provenance.numerator}</dd></> : null}
          {provenance.denominator ? <><dt className="text-slate-500">{t("denominator")}</dt><dd>{provenance.denominator}</dd></> : null}
          <dt className="text-slate-500">{t("source")}</dt><dd>{provenance.source}</dd>
        </dl>
        {broken ? (
          <div className="mt-3">
            <p className="font-medium">{t("breakHeading")}</p>
            <ul className="mt-1 list-disc pl-5">
              {provenance.breaks.map((b) => (
                <li key={`${b.kind}-${b.date}`}>
                  {t(b.kind === "METHOD" ? "breakMethod" : "breakBoundary", { date: day(b.date) })}: {locale === "vi" ? b.noteVi : b.noteEn}
                </li>
              ))}
            </ul>
          </div>
        ) : <p className="mt-3 text-slate-600">{t("noBreak")}</p>}
        {deviations.length > 0 ? (
          <div className="mt-3" data-testid="provenance-deviations">
            <p className="font-medium">{t("deviationsHeading")}</p>
            <ul className="mt-1 list-disc pl-5">
              {deviations.map((d, i) => <li key={`${i}-${d}`}>{d}</li>)}
            </ul>
          </div>
        ) : null}
        {corrected ? (
          <div className="mt-3" data-testid="provenance-corrections">
            <p className="font-medium">{t("corrected")}</p>
            <ul className="mt-1 space-y-1">
              {provenance.corrections.map((c) => (
                <li key={`${c.period}-${c.revision}`}>
                  {t("correctionLine", { period: quarterLabel(c.period, locale), from: formatValue(c.from, unit, locale), to: formatValue(c.to, unit, locale), date: day(c.approvedAt) })}
                  <span className="block text-slate-600">{t("correctionReason", { reason: c.reason ?? t("noReason") })}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </>
  );
}
