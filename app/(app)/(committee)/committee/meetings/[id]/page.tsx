import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CarriedOver } from "@/components/committee/meetings/carried-over";
import { ConclusionList } from "@/components/committee/meetings/conclusion-list";
import { MeetingInfo } from "@/components/committee/meetings/meeting-info";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { getMeetingDetail, getTaskFormOptions } from "@/lib/server/queries/meetings";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("meetings"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ recorded?: string | string[] }> };

/** A meeting: its conclusions and the tasks they became, and what is still open from the previous meeting. */
export default async function MeetingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], `/committee/meetings/${id}`);
  const meetingId = Number(id);
  if (!Number.isSafeInteger(meetingId) || meetingId <= 0) notFound();
  const today = getToday();
  const [locale, t, detail, options, { recorded }] = await Promise.all([
    getLocale().then(resolveLocale),
    getTranslations("meetings"),
    getMeetingDetail(viewer, meetingId, getDb(), today),
    getTaskFormOptions(viewer, getDb()),
    searchParams,
  ]).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { meeting } = detail;
  return (
    <>
      <div className="mb-3"><BackLink href="/committee/meetings">{t("back")}</BackLink></div>
      <PageHeader title={meeting.title} subtitle={t("detail.subtitle", { date: formatDate(meeting.heldOn, locale), chair: meeting.chair })} />
      {recorded === "1" ? <p role="status" className="mb-4 rounded-md border border-band-met/30 bg-band-met-soft px-4 py-3 text-sm font-medium text-band-met">{t("detail.recorded")}</p> : null}
      {/* On a phone: the carried-over agenda, then the conclusions, then who attended; on a wide screen the last two sit beside the conclusions. */}
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_auto_1fr]">
        <div className="lg:col-start-2 lg:row-start-2"><CarriedOver previous={detail.previous} tasks={detail.carriedOver} today={today} locale={locale} /></div>
        <div className="lg:col-start-1 lg:row-span-3 lg:row-start-1"><ConclusionList conclusions={meeting.conclusions} options={options} today={today} locale={locale} /></div>
        <div className="lg:col-start-2 lg:row-start-1"><MeetingInfo meeting={meeting} locale={locale} /></div>
      </div>
    </>
  );
}
