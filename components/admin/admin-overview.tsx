import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { formatDate, type Locale } from "@/lib/format";
import { formatQuarter } from "@/lib/quarters";
import type { getAdminOverview } from "@/lib/server/queries/admin";
import { asQuarter } from "@/lib/server/queries/periods";

type Overview = Awaited<ReturnType<typeof getAdminOverview>>;

export function AdminOverview({ overview, locale }: { overview: Overview; locale: Locale }) {
  const t = useTranslations("admin");
  const stats = [
    { label: t("provinces"), value: overview.localities.PROVINCE ?? 0 },
    { label: t("districts"), value: overview.localities.DISTRICT ?? 0 },
    { label: t("communes"), value: overview.localities.COMMUNE ?? 0 },
    { label: t("agencies"), value: overview.agencies.length },
    { label: t("indicators"), value: overview.indicatorCount },
    { label: t("users"), value: Object.values(overview.users).reduce((a, b) => a + b, 0) },
  ];
  return (
    <div className="grid grid-cols-1 gap-6">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-xs text-slate-600">{s.label}</dt>
            <dd className="text-2xl font-bold">{s.value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="font-semibold text-brand-900">{t("periodsHeading")}</h2>
            <Link href="/admin/periods" className="text-sm font-medium text-brand-700 hover:underline">{t("managePeriods")}</Link>
          </div>
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-slate-600"><tr><th className="py-1">{t("period")}</th><th className="py-1">{t("deadline")}</th><th className="py-1">{t("state")}</th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {overview.periods.map((p) => (
                <tr key={p.id}>
                  <td className="py-1.5">{formatQuarter(asQuarter(p), locale)}</td>
                  <td className="py-1.5">{formatDate(p.deadline, locale)}</td>
                  <td className="py-1.5">{t(`periodStatus.${p.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card>
          <h2 className="mb-2 font-semibold text-brand-900">{t("agenciesHeading")}</h2>
          <ul className="divide-y divide-slate-100 text-sm">
            {overview.agencies.map((a) => (
              <li key={a.id} className="flex justify-between gap-3 py-1.5">
                <span>{a.name}</span>
                <span className="whitespace-nowrap text-slate-500">{t("agencyTargets", { count: a._count.targets })}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}
