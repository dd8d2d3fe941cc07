import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locales";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import { requireRole } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { ForbiddenError } from "@/lib/server/errors";
import { buildXlsx, xlsxResponse, type XlsxColumn } from "@/lib/server/exports/xlsx";
import { log } from "@/lib/server/log";
import { getSubmissionTracker, parseTrackerFilters, type TrackerRow } from "@/lib/server/queries/committee-tracker";
import { asQuarter } from "@/lib/server/queries/periods";
import { getToday } from "@/lib/today";

export const dynamic = "force-dynamic";

/** GET ?period=&status=&kind=&late=1&sort= — the tracker as the page shows it, as an .xlsx workbook. */
export async function GET(request: Request) {
  try {
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    const filters = parseTrackerFilters(Object.fromEntries(new URL(request.url).searchParams));
    const [data, locale, t] = await Promise.all([
      getSubmissionTracker(viewer, filters, getDb(), getToday()),
      getLocale().then(resolveLocale),
      getTranslations("tracker"),
    ]);
    if (!data.period) return problem(404, "Chưa có kỳ báo cáo nào để xuất.");
    const quarter = asQuarter(data.period);
    const when = (date: Date | null) => (date ? formatDateTime(date, locale) : null);
    const columns: XlsxColumn<TrackerRow>[] = [
      { header: t("columns.name"), value: (r) => r.name, width: 36 },
      { header: t("columns.kind"), value: (r) => t(`kind.${r.kind}`), width: 16 },
      { header: t("columns.parent"), value: (r) => r.parentName, width: 24 },
      { header: t("columns.status"), value: (r) => t(`status.${r.status}`), width: 16 },
      { header: t("columns.filled"), value: (r) => r.filled, numFmt: "0" },
      { header: t("columns.due"), value: (r) => r.due, numFmt: "0" },
      { header: t("columns.submittedAt"), value: (r) => when(r.submittedAt), width: 18 },
      { header: t("columns.daysOverdue"), value: (r) => r.daysOverdue, numFmt: "0" },
      { header: t("columns.returnReason"), value: (r) => r.returnReason, width: 60 },
      { header: t("columns.lastReminder"), value: (r) => when(r.lastReminderAt), width: 18 },
      { header: t("columns.officers"), value: (r) => r.officers, numFmt: "0" },
    ];
    const title = t("sheetTitle", { period: formatQuarter(quarter, locale), deadline: formatDate(data.period.deadline, locale) });
    const bytes = await buildXlsx([{ name: t("sheetName"), title, columns, rows: data.rows }]);
    return xlsxResponse(bytes, `tien-do-nop-bao-cao-${quarterKey(quarter)}.xlsx`);
  } catch (error) {
    if (error instanceof ForbiddenError) return problem(403, error.message);
    log.error("tracker export failed", { area: "export", error });
    return problem(500, "Đã có lỗi hệ thống, chưa tạo được tệp Excel. Vui lòng thử lại sau.");
  }
}

function problem(status: number, message: string) {
  return Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });
}
