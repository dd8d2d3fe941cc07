import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { formatDateTime, type Locale } from "@/lib/format";
import type { getSubmissionHistory } from "@/lib/server/queries/history";
import { auditActionLabel, auditField } from "./audit-actions";

type SubmissionEvent = Awaited<ReturnType<typeof getSubmissionHistory>>[number];

/** Who did what to a submission and when, newest first, with the reasons given. */
export function SubmissionHistory({ events, locale }: { events: SubmissionEvent[]; locale: Locale }) {
  const t = useTranslations("history");
  return (
    <Card>
      <h2 className="mb-2 font-semibold text-brand-900">{t("submissionHeading")}</h2>
      {events.length === 0 ? <p className="text-sm text-slate-600">{t("noEvents")}</p> : (
        <ol className="divide-y divide-slate-100 text-sm" data-testid="submission-history">
          {events.map((event) => {
            const valueReasons = auditField(event.after, "valueReasons");
            const fileName = auditField(event.after, "fileName");
            return (
              <li key={String(event.id)} className="py-2">
                <p>
                  <span className="font-semibold text-slate-900">{auditActionLabel(event.action, t)}</span>
                  <span className="text-slate-600"> · {event.actor?.name ?? t("system")} · <time dateTime={event.at.toISOString()}>{formatDateTime(event.at, locale)}</time></span>
                </p>
                {event.reason ? <p className="mt-0.5 text-slate-700"><span className="font-medium">{t("reason")}:</span> {event.reason}</p> : null}
                {typeof fileName === "string" && fileName !== "" ? <p className="mt-0.5 break-all text-xs text-slate-500">{t("file")}: {fileName}</p> : null}
                {Array.isArray(valueReasons) && valueReasons.length > 0 ? (
                  <p className="mt-0.5 text-xs text-slate-500">{t("valueReasons", { count: valueReasons.length })}</p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
