import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/committee/meetings/meeting-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/server/auth";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("meetings"))("newTitle") };
}

/** Records a meeting's minutes: date, title, chair, attendees and its numbered conclusions. */
export default async function NewMeetingPage() {
  await requirePageViewer(["COMMITTEE", "ADMIN"], "/committee/meetings/new");
  const t = await getTranslations("meetings");
  return (
    <>
      <div className="mb-3"><BackLink href="/committee/meetings">{t("back")}</BackLink></div>
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <MeetingForm today={getToday().toISOString().slice(0, 10)} />
    </>
  );
}
