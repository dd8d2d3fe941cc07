import { getTranslations } from "next-intl/server";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { Card, PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { daysUntil } from "@/lib/deadlines";
import { formatDate, formatDateTime, formatValue, type Locale } from "@/lib/format";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import type { OfficerAgenda } from "@/lib/server/queries/agenda";
import type { EntryWorkspace } from "@/lib/server/queries/entry";
import { asQuarter } from "@/lib/server/queries/periods";
import { AgendaCard } from "./agenda-card";
import { EntryForm } from "./entry-form";
import { ImportLink } from "./import-link";
import type { EntryRowView } from "./entry-types";
import { SubmitPanel } from "./submit-panel";
import { HomeTasksCard } from "./tasks/home-tasks-card";
import type { AgencyTasks } from "./tasks/types";

export async function EntryView({ workspace, agenda, tasks = null, locale, today, justSent }: {
  workspace: EntryWorkspace;
  agenda: OfficerAgenda;
  /** The agency's tasks (getAgencyTasks); null for commune and district officers. */
  tasks?: AgencyTasks | null;
  locale: Locale;
  today: Date;
  justSent: boolean;
}) {
  const [t, te] = await Promise.all([getTranslations("entry"), getTranslations("evidence")]);
  const { period, submission } = workspace;
  if (!period) return <PageHeader title={t("title")} subtitle={t("noPeriod")} />;
  const status = submission?.status ?? "DRAFT";
  const editable = period.status === "OPEN" && (status === "DRAFT" || status === "RETURNED");
  const days = daysUntil(period.deadline, today);
  const rows: EntryRowView[] = workspace.rows.map((r) => ({
    ...r,
    name: locale === "vi" ? r.nameVi : r.nameEn,
    pillarName: locale === "vi" ? r.pillarNameVi : r.pillarNameEn,
  }));
  return (
    <>
      <PageHeader title={t("title")} subtitle={workspace.reporterName} actions={editable ? <ImportLink periodKey={quarterKey(asQuarter(period))} /> : null} />
      {workspace.unitEnded ? (
        <p role="status" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" data-testid="unit-ended">
          {t("unitEnded", { unit: workspace.reporterName, date: formatDate(workspace.unitEnded, locale) })}
        </p>
      ) : null}
      <AgendaCard agenda={agenda} locale={locale} selectedKey={quarterKey(asQuarter(period))} />
      <HomeTasksCard tasks={tasks} locale={locale} today={today} />
      <div className="mb-4">
        <PeriodPicker periods={workspace.periods.map(asQuarter)} selected={asQuarter(period)} basePath="/entry" locale={locale} label={t("periodPicker")} />
      </div>
      <Card className="mb-6">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
          <p className="text-base font-semibold text-slate-900">{formatQuarter(asQuarter(period), locale)}</p>
          <p className="flex items-center gap-2">{t("status")}: <StatusBadge status={status} /></p>
          <p data-testid="deadline">
            {t("deadline")}: <strong>{formatDate(period.deadline, locale)}</strong>{" "}
            {status === "DRAFT" || status === "RETURNED" ? (
              <span className={days < 0 ? "font-semibold text-band-low" : "text-slate-600"}>
                ({days < 0 ? t("overdue", { days: -days }) : t("daysLeft", { days })})
              </span>
            ) : null}
          </p>
          {period.status === "LOCKED" ? <p className="font-medium text-slate-700">{t("locked")}</p> : null}
          {submission?.submittedAt ? (
            <p className="text-slate-600">{t("submittedBy", { name: submission.submittedBy?.name ?? "—", date: formatDateTime(submission.submittedAt, locale) })}</p>
          ) : null}
        </div>
        {justSent && status === "SUBMITTED" ? (
          <p role="status" className="mt-3 rounded-md border border-band-met/30 bg-band-met-soft p-3 text-sm font-medium text-band-met">{t("sent")}</p>
        ) : null}
        {status === "RETURNED" && submission?.returnReason ? (
          <div role="alert" className="mt-3 rounded-md border border-band-low/30 bg-band-low-soft p-3 text-sm text-band-low">
            <strong>{t("returnedReason")}:</strong> {submission.returnReason}
          </div>
        ) : null}
      </Card>
      {rows.length === 0 ? (
        <Card><p className="text-slate-700">{t("nothingDue")}</p></Card>
      ) : editable ? (
        <div className="grid grid-cols-1 gap-6">
          <EntryForm
            rows={rows}
            periodId={period.id}
            reporter={workspace.reporter}
            locale={locale}
            labels={{
              target: t("target"), previous: t("previous"), save: t("save"), saving: t("saving"), unsaved: t("unsaved"),
              parsedAs: t("parsedAs"), definition: t("definition"), details: t("details"), note: t("note"),
              evidenceUrl: t("evidenceUrl"), returnReason: t("returnReason"), pasted: t.raw("pasted") as string,
              keyboardHint: t("keyboardHint"), colIndicator: t("colIndicator"), colTarget: t("target"),
              colPrevious: t("previous"), colValue: t("colValue"), hasDetails: t("hasDetails"),
            }}
            evidenceLabels={{
              heading: te("heading"), empty: te("empty"), chooseFile: te("chooseFile"), hint: te("hint"), upload: te("upload"),
              uploading: te("uploading"), remove: te("remove"), removeConfirm: te("removeConfirm"), download: te("download"),
              noFileChosen: te("noFileChosen"), tooLarge: te("tooLarge"), limitReached: te("limitReached"), saveFirst: te("saveFirst"),
            }}
          />
          {submission ? (
            <Card>
              <SubmitPanel submissionId={submission.id} version={submission.version}
                labels={{ submit: t("submit"), submitting: t("submitting"), hint: t("submitHint") }} />
            </Card>
          ) : null}
        </div>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100" data-testid="readonly-values">
            {rows.map((r) => (
              <li key={r.indicatorId} className="flex justify-between gap-4 py-2 text-sm">
                <span>{r.name}</span>
                <strong className="tabular-nums">{formatValue(r.value, r.unit, locale)}</strong>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
