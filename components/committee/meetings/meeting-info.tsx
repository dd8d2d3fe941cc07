import { useTranslations } from "next-intl";
import { formatDate, type Locale } from "@/lib/format";
import type { MeetingDetail } from "./types";

/** When the meeting was held, who chaired it and who attended. */
export function MeetingInfo({ meeting, locale }: { meeting: MeetingDetail["meeting"]; locale: Locale }) {
  const t = useTranslations("meetings.detail");
  return (
    <section aria-labelledby="meeting-info-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="meeting-info-heading" className="font-semibold text-brand-900">{t("infoHeading")}</h2>
      <dl className="mt-2 grid gap-2 text-sm">
        <div><dt className="text-xs font-medium text-slate-500">{t("heldOn")}</dt><dd>{formatDate(meeting.heldOn, locale)}</dd></div>
        <div><dt className="text-xs font-medium text-slate-500">{t("chair")}</dt><dd>{meeting.chair}</dd></div>
        <div><dt className="text-xs font-medium text-slate-500">{t("attendees")}</dt><dd className="whitespace-pre-line">{meeting.attendees}</dd></div>
      </dl>
    </section>
  );
}
