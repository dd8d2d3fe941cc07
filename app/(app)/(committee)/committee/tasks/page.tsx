import Link from "next/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { parseTaskBoardState, taskBoardQuery } from "@/components/committee/tasks/board-state";
import { TaskBoardPanel } from "@/components/committee/tasks/task-board-panel";
import { TaskBoardSkeleton } from "@/components/committee/tasks/task-board-skeleton";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getTaskBoard } from "@/lib/server/queries/tasks";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("tasks"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The committee's follow-up of plans and meeting conclusions: who does what by when, and how far it has come. */
export default async function TasksPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], "/committee/tasks");
  const state = parseTaskBoardState(await searchParams);
  const [locale, t] = await Promise.all([getLocale().then(resolveLocale), getTranslations("tasks")]);
  const today = getToday();
  const query = taskBoardQuery(state);
  const data = getTaskBoard(viewer, { pillar: state.pillar, agencyId: state.agency, filter: state.filter }, getDb(), today);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", { today: formatDate(today, locale) })}
        actions={
          <>
            <Link href="/committee/tasks/reports" className={buttonClass("primary")}>{t("toReports")}</Link>
            <Link href="/committee/meetings" className={buttonClass("secondary")}>{t("toMeetings")}</Link>
            <a href={`/api/committee/export/tasks${query ? `?${query}` : ""}`} download className={buttonClass("secondary")} data-testid="tasks-export">{t("export")}</a>
          </>
        }
      />
      <Suspense key={query} fallback={<TaskBoardSkeleton />}>
        <TaskBoardPanel data={data} state={state} today={today} locale={locale} />
      </Suspense>
    </>
  );
}
