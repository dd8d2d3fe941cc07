import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { formatDateTime, formatValue, unitLabel, type Locale } from "@/lib/format";
import { formatQuarter } from "@/lib/quarters";
import type { ValueHistory } from "@/lib/server/queries/history";
import { asQuarter } from "@/lib/server/queries/periods";

type Actual = ValueHistory["actual"];

/** The value in context: where and when it was reported, what stands now and what the public sees. */
export function ValueSummary({ actual, locale }: { actual: Actual; locale: Locale }) {
  const t = useTranslations("history");
  const published = actual.revisions.find((r) => r.revision === actual.publishedRevision);
  const items = [
    { label: t("indicatorCode"), value: actual.indicator.code },
    { label: t("unit"), value: unitLabel(actual.indicator.unit, locale) },
    { label: t("locality"), value: actual.locality.name },
    { label: t("period"), value: formatQuarter(asQuarter(actual.period), locale) },
    { label: t("currentValue"), value: formatValue(actual.value, actual.indicator.unit, locale) },
    { label: t("publishedValue"), value: published ? formatValue(published.value, actual.indicator.unit, locale) : t("notPublished") },
  ];
  return (
    <Card>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-6">
        {items.map((item) => (
          <div key={item.label}>
            <dt className="text-xs text-slate-500">{item.label}</dt>
            <dd className="text-sm font-medium text-slate-900">{item.value}</dd>
          </div>
        ))}
      </dl>
      {actual.correctionReason ? (
        <p className="mt-3 rounded bg-band-mid-soft px-3 py-2 text-sm text-band-mid">{t("pendingCorrection", { reason: actual.correctionReason })}</p>
      ) : null}
    </Card>
  );
}

/** Every approved revision of the value, oldest first: revision 1 is the first approval. */
export function ValueRevisions({ actual, locale }: { actual: Actual; locale: Locale }) {
  const t = useTranslations("history");
  return (
    <Card>
      <h2 className="mb-2 font-semibold text-brand-900">{t("revisionsHeading")}</h2>
      {actual.revisions.length === 0 ? <p className="text-sm text-slate-600">{t("noRevisions")}</p> : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[34rem] text-left text-sm" data-testid="value-revisions">
            <thead className="text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3">{t("colRevision")}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t("colValue")}</th>
                <th scope="col" className="py-2 pr-3">{t("colApprovedBy")}</th>
                <th scope="col" className="py-2 pr-3">{t("colApprovedAt")}</th>
                <th scope="col" className="py-2">{t("colReason")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {actual.revisions.map((r) => (
                <tr key={r.revision} className="align-top">
                  <th scope="row" className="py-2 pr-3 font-normal tabular-nums">
                    {r.revision}
                    {r.revision === actual.publishedRevision ? <span className="ml-2 text-xs font-semibold text-band-met">{t("current")}</span> : null}
                  </th>
                  <td className="py-2 pr-3 text-right font-semibold tabular-nums">{formatValue(r.value, actual.indicator.unit, locale)}</td>
                  <td className="py-2 pr-3">{r.approvedBy?.name ?? t("system")}</td>
                  <td className="py-2 pr-3 whitespace-nowrap"><time dateTime={r.approvedAt.toISOString()}>{formatDateTime(r.approvedAt, locale)}</time></td>
                  <td className="py-2 text-slate-700">{r.reason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
