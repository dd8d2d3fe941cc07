import { getLocale, getTranslations } from "next-intl/server";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { NotificationList } from "@/components/notifications/notification-list";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { listNotifications } from "@/lib/server/queries/notifications";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const viewer = await requirePageViewer(["OFFICER", "COMMITTEE", "ADMIN"], "/notifications");
  const [notices, locale, t] = await Promise.all([listNotifications(viewer, getDb()), getLocale().then(resolveLocale), getTranslations("notifications")]);
  const unread = notices.some((n) => n.readAt === null);
  return (
    <>
      <PageHeader title={t("title")} actions={unread ? <MarkReadButton label={t("markAll")} pendingLabel={t("marking")} /> : null} />
      <NotificationList notices={notices} locale={locale} />
    </>
  );
}
