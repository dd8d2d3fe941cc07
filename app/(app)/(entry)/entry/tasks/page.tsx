import { getLocale, getTranslations } from "next-intl/server";
import { AgencyTasksView } from "@/components/entry/tasks/agency-tasks-view";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getAgencyTasks } from "@/lib/server/queries/tasks";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("agencyTasks"))("title") };
}

export default async function AgencyTasksPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  const viewer = await requirePageViewer(["OFFICER"], "/entry/tasks");
  const { period } = await searchParams;
  const today = getToday();
  const [data, locale] = await Promise.all([
    getAgencyTasks(viewer, typeof period === "string" ? period : null, getDb(), today),
    getLocale(),
  ]);
  return <AgencyTasksView data={data} locale={resolveLocale(locale)} today={today} />;
}
