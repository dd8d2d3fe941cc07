import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDate, type Locale } from "@/lib/format";

export interface TaskOrigin {
  code: string | null;
  plan: { number: string; title: string } | null;
  conclusion: { ordinal: number; meeting: { id: number; title: string; heldOn: Date } } | null;
}

/** Where a task comes from: its code in a plan, or the meeting conclusion it was assigned from. */
export function TaskSource({ task, locale, link = false }: { task: TaskOrigin; locale: Locale; link?: boolean }) {
  const t = useTranslations("tasks.source");
  if (task.plan) {
    return <span title={task.plan.title}>{task.code ? t("planWithCode", { code: task.code, plan: task.plan.number }) : t("plan", { plan: task.plan.number })}</span>;
  }
  if (task.conclusion) {
    const { meeting } = task.conclusion;
    const text = t("conclusion", { ordinal: task.conclusion.ordinal, meeting: meeting.title, date: formatDate(meeting.heldOn, locale) });
    return link ? <Link href={`/committee/meetings/${meeting.id}`} className="text-brand-700 hover:underline">{text}</Link> : <span>{text}</span>;
  }
  return <span>{task.code ?? t("none")}</span>;
}
