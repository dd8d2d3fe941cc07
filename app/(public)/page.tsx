import { getLocale } from "next-intl/server";
import { ScoreboardView } from "@/components/scoreboard/scoreboard-view";
import { resolveLocale } from "@/lib/i18n/locales";
import { getDb } from "@/lib/server/db";
import { getProvinceScoreboard } from "@/lib/server/queries/scoreboard";

// Rendered per request for now: only approved values are read, so nothing unapproved can be cached.
export const dynamic = "force-dynamic";

export default async function PublicScoreboardPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  const { period } = await searchParams;
  const [data, locale] = await Promise.all([
    getProvinceScoreboard(getDb(), typeof period === "string" ? period : null),
    getLocale(),
  ]);
  return <ScoreboardView data={data} locale={resolveLocale(locale)} basePath="/" />;
}
