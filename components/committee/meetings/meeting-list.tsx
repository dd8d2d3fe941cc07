import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDate, type Locale } from "@/lib/format";
import type { listMeetings } from "@/lib/server/queries/meetings";

type MeetingRow = Awaited<ReturnType<typeof listMeetings>>[number];

/** Meetings newest first: when, what, who chaired, and how many conclusions and tasks came out of each. */
export function MeetingList({ meetings, locale }: { meetings: MeetingRow[]; locale: Locale }) {
  const t = useTranslations("meetings");
  if (meetings.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="grid gap-3" data-testid="meeting-list">
      {meetings.map((meeting) => {
        const tasks = meeting.conclusions.reduce((sum, c) => sum + c._count.tasks, 0);
        return (
          <li key={meeting.id} data-meeting-id={meeting.id}>
            <article aria-labelledby={`meeting-${meeting.id}`} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="text-sm font-medium text-slate-600"><time dateTime={meeting.heldOn.toISOString().slice(0, 10)}>{formatDate(meeting.heldOn, locale)}</time></p>
                <h2 id={`meeting-${meeting.id}`} className="font-semibold leading-snug">
                  <Link href={`/committee/meetings/${meeting.id}`} className="text-brand-800 hover:underline">{meeting.title}</Link>
                </h2>
                <p className="text-sm text-slate-600">{t("chairedBy", { chair: meeting.chair })}</p>
              </div>
              <p className="flex shrink-0 flex-wrap gap-2 text-sm">
                <span className="rounded-full bg-slate-100 px-2.5 py-1 text-slate-700">{t("conclusionCount", { count: meeting.conclusions.length })}</span>
                <span className="rounded-full bg-brand-50 px-2.5 py-1 text-brand-700">{t("taskCount", { count: tasks })}</span>
              </p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
