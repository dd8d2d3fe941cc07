import Link from "next/link";
import { useTranslations } from "next-intl";
import { TaskDeadline } from "@/components/committee/tasks/task-deadline";
import { TaskStatusBadge } from "@/components/committee/tasks/task-status-badge";
import { formatDate, type Locale } from "@/lib/format";
import type { CarriedOverTask, MeetingDetail } from "./types";

/** The agenda's first item: what the previous meeting assigned that is still open or overdue. */
export function CarriedOver({ previous, tasks, today, locale }: { previous: MeetingDetail["previous"]; tasks: CarriedOverTask[]; today: Date; locale: Locale }) {
  const t = useTranslations("meetings.carriedOver");
  return (
    <section aria-labelledby="carried-over-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="carried-over">
      <h2 id="carried-over-heading" className="font-semibold text-brand-900">{t("heading")}</h2>
      {previous ? (
        <p className="mt-1 text-sm text-slate-600">
          {t.rich("from", { meeting: previous.title, date: formatDate(previous.heldOn, locale), link: (chunks) => <Link href={`/committee/meetings/${previous.id}`} className="text-brand-700 hover:underline">{chunks}</Link> })}
        </p>
      ) : null}
      {!previous ? (
        <p className="mt-2 text-sm text-slate-600">{t("noPrevious")}</p>
      ) : tasks.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {tasks.map((task) => (
            <li key={task.id} data-task-id={task.id} className="grid gap-1 py-2 text-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <Link href={`/committee/tasks/${task.id}`} className="font-medium text-brand-700 hover:underline">{task.title}</Link>
                <TaskStatusBadge status={task.effectiveStatus} />
              </div>
              <p className="text-slate-600">{task.leadAgency.name} · <TaskDeadline deadline={task.deadline} today={today} open locale={locale} /></p>
              <p className="line-clamp-2 text-xs text-slate-500">{t("conclusion", { text: task.conclusion })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
