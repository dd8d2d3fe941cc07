import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDateTime, type Locale } from "@/lib/format";
import type { getReviewQueue } from "@/lib/server/queries/review";
import { ApproveButton } from "./approve-button";
import { tableStyles } from "@/components/ui/table-styles";

type Submission = Awaited<ReturnType<typeof getReviewQueue>>["submissions"][number];

export async function ReviewTable({ submissions, locale }: { submissions: Submission[]; locale: Locale }) {
  const t = await getTranslations("review");
  return (
    <div className={tableStyles.frame}>
      <table className="w-full min-w-[44rem] text-left text-sm" data-testid="review-table">
        <thead className={tableStyles.head}>
          <tr>
            <th scope="col" className="px-3 py-2">{t("reporter")}</th>
            <th scope="col" className="px-3 py-2">{t("status")}</th>
            <th scope="col" className="px-3 py-2">{t("submittedAt")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("values")}</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t("actions")}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {submissions.map((s) => (
            <tr key={s.id} data-reporter={s.reporterName}>
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/committee/submissions/${s.id}`} className="font-medium text-brand-700 hover:underline">{s.reporterName}</Link>
                <span className="block text-xs text-slate-500">{t(`kind.${s.reporterKind}`)}</span>
              </th>
              <td className="px-3 py-2">
                <StatusBadge status={s.status} />
                {s.late ? <span className="ml-2 text-xs font-semibold text-band-low">{t("late")}</span> : null}
                {s.status === "RETURNED" && s.returnReason ? <span className="mt-1 block max-w-xs text-xs text-slate-600">{s.returnReason}</span> : null}
              </td>
              <td className="px-3 py-2 text-slate-600">{s.submittedAt ? formatDateTime(s.submittedAt, locale) : "—"}{s.submittedBy ? <span className="block text-xs">{s.submittedBy}</span> : null}</td>
              <td className="px-3 py-2 text-right tabular-nums">{s.valueCount}</td>
              <td className="px-3 py-2">
                {s.status === "SUBMITTED" ? (
                  <div className="flex items-start gap-2 whitespace-nowrap">
                    <ApproveButton submissionId={s.id} version={s.version} label={t("approve")} pendingLabel={t("approving")} reporterName={s.reporterName} />
                    <Link
                      href={`/committee/submissions/${s.id}`}
                      aria-label={t("reviewAndReturnLabel", { reporter: s.reporterName })}
                      className={buttonClass("secondary", "min-h-9 px-3 py-1.5")}
                    >
                      {t("reviewAndReturn")}
                    </Link>
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
