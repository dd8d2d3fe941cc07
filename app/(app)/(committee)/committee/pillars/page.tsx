import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { PillarIndexPanel } from "@/components/committee/pillar/pillar-cards";
import { PillarSkeleton } from "@/components/committee/pillar/pillar-skeleton";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getPillarIndex } from "@/lib/server/queries/committee-pillar";

export async function generateMetadata() {
  return { title: (await getTranslations("pillar"))("indexTitle") };
}

/** The three pillars with their band counts, each linking to its indicators. */
export default async function CommitteePillarsPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], "/committee/pillars");
  const { period } = await searchParams;
  const key = typeof period === "string" ? period : null;
  const [locale, t] = await Promise.all([getLocale().then(resolveLocale), getTranslations("pillar")]);
  const data = getPillarIndex(viewer, key, getDb());
  return (
    <>
      <div className="mb-3"><BackLink href={key ? `/committee?period=${encodeURIComponent(key)}` : "/committee"}>{t("backToOverview")}</BackLink></div>
      <PageHeader title={t("indexTitle")} />
      <Suspense key={key ?? "latest"} fallback={<PillarSkeleton panels={1} />}>
        <PillarIndexPanel data={data} locale={locale} />
      </Suspense>
    </>
  );
}
