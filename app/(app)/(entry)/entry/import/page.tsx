import { getLocale, getTranslations } from "next-intl/server";
import { ImportView } from "@/components/entry/import-view";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getEntryWorkspace } from "@/lib/server/queries/entry";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  const viewer = await requirePageViewer(["OFFICER"], "/entry/import");
  const { period } = await searchParams;
  const [workspace, locale] = await Promise.all([
    getEntryWorkspace(viewer, typeof period === "string" ? period : null, getDb(), getToday()),
    getLocale(),
  ]);
  return <ImportView workspace={workspace} locale={resolveLocale(locale)} />;
}
