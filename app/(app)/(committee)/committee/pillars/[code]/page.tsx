import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { PillarDetailPanel } from "@/components/committee/pillar/pillar-detail-view";
import { PillarSkeleton } from "@/components/committee/pillar/pillar-skeleton";
import { BackLink } from "@/components/ui/back-link";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { getPillarDetail, isPillarCode } from "@/lib/server/queries/committee-pillar";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ period?: string | string[] }> };

export async function generateMetadata({ params }: Props) {
  const { code } = await params;
  return { title: `${(await getTranslations("pillar"))("indexTitle")} · ${isPillarCode(code) ? code : ""}` };
}

/** One pillar: each indicator's quarterly series against its target, with the forecast to the deadline. */
export default async function CommitteePillarPage({ params, searchParams }: Props) {
  const { code } = await params;
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], `/committee/pillars/${encodeURIComponent(code)}`);
  if (!isPillarCode(code)) notFound();
  const { period } = await searchParams;
  const key = typeof period === "string" ? period : null;
  const [locale, t] = await Promise.all([getLocale().then(resolveLocale), getTranslations("pillar")]);
  const data = getPillarDetail(viewer, code, key, getDb()).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <div className="mb-3"><BackLink href={key ? `/committee/pillars?period=${encodeURIComponent(key)}` : "/committee/pillars"}>{t("backToPillars")}</BackLink></div>
      <Suspense key={key ?? "latest"} fallback={<PillarSkeleton />}>
        <PillarDetailPanel data={data} locale={locale} />
      </Suspense>
    </>
  );
}
