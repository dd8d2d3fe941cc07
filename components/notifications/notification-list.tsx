import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDateTime, type Locale } from "@/lib/format";
import type { listNotifications } from "@/lib/server/queries/notifications";

type Notice = Awaited<ReturnType<typeof listNotifications>>[number];

const tone: Record<Notice["kind"], string> = {
  SUBMISSION_RETURNED: "border-l-band-low",
  SUBMISSION_APPROVED: "border-l-band-met",
  DEADLINE_NEAR: "border-l-band-mid",
  DEADLINE_PASSED: "border-l-band-low",
};

export function NotificationList({ notices, locale }: { notices: Notice[]; locale: Locale }) {
  const t = useTranslations("notifications");
  if (notices.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  return (
    <ul className="grid gap-3" data-testid="notifications">
      {notices.map((n) => (
        <li key={n.id} className={`rounded-lg border border-l-4 border-slate-200 bg-white p-4 ${tone[n.kind]}`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="font-semibold text-slate-900">
              {n.readAt ? null : <span className="mr-2 rounded bg-accent-600 px-1.5 py-0.5 text-xs font-semibold text-white">{t("new")}</span>}
              {n.title}
            </h2>
            <span className="text-xs text-slate-500">{formatDateTime(n.createdAt, locale)}</span>
          </div>
          <p className="mt-1 text-sm text-slate-700">{n.body}</p>
          {n.link ? <Link href={n.link} className="mt-2 inline-block text-sm text-brand-700 underline">{t("open")}</Link> : null}
        </li>
      ))}
    </ul>
  );
}
