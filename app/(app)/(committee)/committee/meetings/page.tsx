import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MeetingList } from "@/components/committee/meetings/meeting-list";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { listMeetings } from "@/lib/server/queries/meetings";

export async function generateMetadata() {
  return { title: (await getTranslations("meetings"))("title") };
}

/** The committee's meetings, each with the conclusions it reached and the tasks they became. */
export default async function MeetingsPage() {
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], "/committee/meetings");
  const [meetings, locale, t] = await Promise.all([listMeetings(viewer, getDb()), getLocale().then(resolveLocale), getTranslations("meetings")]);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={<Link href="/committee/meetings/new" className={buttonClass("primary")}>{t("record")}</Link>}
      />
      <MeetingList meetings={meetings} locale={locale} />
    </>
  );
}
