import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PilotEvaluation } from "@/components/committee/tasks/pilot-evaluation";
import { TaskFacts } from "@/components/committee/tasks/task-facts";
import { TaskKindBadge } from "@/components/committee/tasks/task-kind-badge";
import { TaskReportList } from "@/components/committee/tasks/task-report-list";
import { TaskStatusBadge } from "@/components/committee/tasks/task-status-badge";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { getTaskDetail } from "@/lib/server/queries/tasks";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("tasks"))("title") };
}

/** One task: its facts and links, the quarterly reports, and for a pilot model the evaluation before replication. */
export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], `/committee/tasks/${id}`);
  const taskId = Number(id);
  if (!Number.isSafeInteger(taskId) || taskId <= 0) notFound();
  const today = getToday();
  const [locale, t, task] = await Promise.all([
    getLocale().then(resolveLocale),
    getTranslations("tasks"),
    getTaskDetail(viewer, taskId, getDb(), today),
  ]).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <div className="mb-3"><BackLink href="/committee/tasks">{t("detail.back")}</BackLink></div>
      <PageHeader
        title={task.title}
        subtitle={t("detail.subtitle", { kind: t(`kind.${task.kind}`), pillar: locale === "vi" ? task.pillar.nameVi : task.pillar.nameEn, lead: task.leadAgency.name })}
        actions={<span className="flex flex-wrap items-center gap-2" data-testid="task-status"><TaskStatusBadge status={task.effectiveStatus} /><TaskKindBadge kind={task.kind} verdict={task.evaluationVerdict} /></span>}
      />
      <div className="grid grid-cols-1 gap-6">
        <TaskFacts task={task} today={today} locale={locale} />
        {task.kind === "PILOT_MODEL" ? <PilotEvaluation task={task} locale={locale} /> : null}
        <TaskReportList reports={task.reports} locale={locale} />
      </div>
    </>
  );
}
