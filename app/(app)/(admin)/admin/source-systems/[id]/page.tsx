import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { IssueTokenForm } from "@/components/admin/source-systems/issue-token-form";
import { SystemStatus } from "@/components/admin/source-systems/system-status";
import { RevokeTokenControl, SourceSystemActiveControl } from "@/components/admin/source-systems/token-controls";
import { TokensTable } from "@/components/admin/source-systems/tokens-table";
import { BackLink } from "@/components/ui/back-link";
import { Card, PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { getSourceSystemForAdmin, getTokenScopeOptions } from "@/lib/server/queries/admin-source-systems";
import { getNow } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("sourceSystems"))("title") };
}

/** One source system: its tokens (revoke), a new token with its scope (shown once), and pausing. */
export default async function AdminSourceSystemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(["ADMIN"], `/admin/source-systems/${id}`);
  const [system, options, locale, t] = await Promise.all([
    getSourceSystemForAdmin(viewer, getDb(), /^\d{1,9}$/.test(id) ? Number(id) : 0).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    getTokenScopeOptions(viewer, getDb(), getNow()), getLocale().then(resolveLocale), getTranslations("sourceSystems"),
  ]);
  const ingestUrl = `${(process.env.NEXTAUTH_URL ?? "").replace(/\/$/, "")}/api/ingest/v1/measurements`;
  return (
    <>
      <div className="mb-3"><BackLink href="/admin/source-systems">{t("back")}</BackLink></div>
      <PageHeader title={system.name} subtitle={<>{t("detailSubtitle", { owner: system.owner, contact: system.contact })} <SystemStatus active={system.active} /></>} />
      <p className="mb-4 text-sm text-slate-700">
        {t("registeredOn", { date: formatDate(system.createdAt, locale) })}. {t("delivered", { measurements: system._count.measurements, values: system._count.measuredValues })}
      </p>
      <div className="grid gap-6">
        <Card>
          <h2 className="mb-3 font-semibold text-brand-900">{t("tokens.title")}</h2>
          <TokensTable tokens={system.tokens} locale={locale} action={(token) => <RevokeTokenControl tokenId={token.id} tokenPrefix={token.tokenPrefix} />} />
        </Card>
        <IssueTokenForm sourceSystemId={system.id} options={options} locale={locale} paused={!system.active} ingestUrl={ingestUrl} />
        <div className="lg:max-w-xl"><SourceSystemActiveControl sourceSystemId={system.id} name={system.name} active={system.active} /></div>
      </div>
    </>
  );
}
