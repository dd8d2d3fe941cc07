import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { formatDateTime, formatValue, type IndicatorUnit, type Locale } from "@/lib/format";
import type { ValueHistory } from "@/lib/server/queries/history";
import { auditActionLabel, auditField, auditNumber } from "./audit-actions";

type ValueEvent = ValueHistory["events"][number];

const asText = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

/** What an event changed: the value (in the indicator's unit), and the note or link when those changed. */
function EventChanges({ event, unit, locale }: { event: ValueEvent; unit: IndicatorUnit; locale: Locale }) {
  const t = useTranslations("history");
  const before = auditNumber(event.before, "value");
  const after = auditNumber(event.after, "value");
  const noteChanged = auditField(event.after, "note") !== undefined && auditField(event.before, "note") !== auditField(event.after, "note");
  const linkChanged = auditField(event.after, "evidenceUrl") !== undefined && auditField(event.before, "evidenceUrl") !== auditField(event.after, "evidenceUrl");
  const fileName = asText(auditField(event.after, "fileName")) ?? asText(auditField(event.before, "fileName"));
  return (
    <>
      {before !== undefined || after !== undefined ? (
        <p className="mt-0.5 tabular-nums" data-testid="value-change">
          <span className="text-slate-600">{formatValue(before ?? null, unit, locale)}</span>
          {/* An icon, not "→": the UI font has no arrow glyph. */}
          <svg aria-hidden="true" viewBox="0 0 16 16" className="mx-1.5 inline size-3.5 align-[-2px] text-slate-500" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
            <path d="M2 8h11M9 4l4 4-4 4" />
          </svg>
          <span className="sr-only"> {t("changedTo")} </span>
          <span className="font-semibold text-slate-900">{formatValue(after ?? null, unit, locale)}</span>
        </p>
      ) : null}
      {noteChanged ? <p className="mt-0.5 text-xs text-slate-600">{t("note")}: {asText(auditField(event.after, "note")) ?? t("cleared")}</p> : null}
      {linkChanged ? <p className="mt-0.5 break-all text-xs text-slate-600">{t("evidence")}: {asText(auditField(event.after, "evidenceUrl")) ?? t("cleared")}</p> : null}
      {fileName ? <p className="mt-0.5 break-all text-xs text-slate-600">{t("file")}: {fileName}</p> : null}
    </>
  );
}

/** Every change to the value, newest first: who, when, what, before → after and why. */
export function ValueEvents({ events, unit, locale }: { events: ValueEvent[]; unit: IndicatorUnit; locale: Locale }) {
  const t = useTranslations("history");
  return (
    <Card>
      <h2 className="mb-2 font-semibold text-brand-900">{t("eventsHeading")}</h2>
      {events.length === 0 ? <p className="text-sm text-slate-600">{t("noEvents")}</p> : (
        <ol className="divide-y divide-slate-100 text-sm" data-testid="value-events">
          {events.map((event) => (
            <li key={String(event.id)} className="py-2">
              <p>
                <span className="font-semibold text-slate-900">{auditActionLabel(event.action, t)}</span>
                <span className="text-slate-600"> · {event.actor?.name ?? t("system")} · <time dateTime={event.at.toISOString()}>{formatDateTime(event.at, locale)}</time></span>
              </p>
              <EventChanges event={event} unit={unit} locale={locale} />
              {event.reason ? <p className="mt-0.5 text-slate-700"><span className="font-medium">{t("reason")}:</span> {event.reason}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
