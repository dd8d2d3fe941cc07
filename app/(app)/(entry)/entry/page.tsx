import { getLocale, getTranslations } from "next-intl/server";
import { EntryView } from "@/components/entry/entry-view";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getOfficerAgenda } from "@/lib/server/queries/agenda";
import { getEntryWorkspace } from "@/lib/server/queries/entry";
import { getAgencyTasks } from "@/lib/server/queries/tasks";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("entry"))("title") };
}

export default async function EntryPage({ searchParams }: { searchParams: Promise<{ period?: string | string[]; sent?: string }> }) {
  const viewer = await requirePageViewer(["OFFICER"], "/entry");
  const { period, sent } = await searchParams;
  const today = getToday();
  const periodKey = typeof period === "string" ? period : null;
  const [workspace, agenda, tasks, locale] = await Promise.all([
    getEntryWorkspace(viewer, periodKey, getDb(), today),
    getOfficerAgenda(viewer, getDb(), today),
    getAgencyTasks(viewer, periodKey, getDb(), today),
    getLocale(),
  ]);
  return <EntryView workspace={workspace} agenda={agenda} tasks={tasks} locale={resolveLocale(locale)} today={today} justSent={sent === "1"} />;
}
