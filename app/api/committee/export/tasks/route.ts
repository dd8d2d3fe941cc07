import { getLocale, getTranslations } from "next-intl/server";
import { parseTaskBoardState, FILTER_MESSAGE } from "@/components/committee/tasks/board-state";
import { daysUntil } from "@/lib/deadlines";
import { formatDate } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locales";
import { formatQuarter } from "@/lib/quarters";
import { requireRole } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { ForbiddenError } from "@/lib/server/errors";
import { buildXlsx, xlsxResponse, type XlsxColumn } from "@/lib/server/exports/xlsx";
import { log } from "@/lib/server/log";
import { asQuarter } from "@/lib/server/queries/periods";
import { getTaskBoard, type TaskView } from "@/lib/server/queries/tasks";
import { getToday } from "@/lib/today";

export const dynamic = "force-dynamic";

/** GET ?filter=&pillar=&agency= — the task list as the board shows it, as an .xlsx workbook. */
export async function GET(request: Request) {
  try {
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    const state = parseTaskBoardState(Object.fromEntries(new URL(request.url).searchParams));
    const today = getToday();
    const [board, locale, t, tStatus] = await Promise.all([
      getTaskBoard(viewer, { pillar: state.pillar, agencyId: state.agency, filter: state.filter }, getDb(), today),
      getLocale().then(resolveLocale),
      getTranslations("tasks"),
      getTranslations("status"),
    ]);
    const names = (items: { name: string }[]) => (items.length > 0 ? items.map((i) => i.name).join("; ") : null);
    const source = (task: TaskView) => {
      if (task.plan) return task.code ? t("source.planWithCode", { code: task.code, plan: task.plan.number }) : t("source.plan", { plan: task.plan.number });
      if (task.conclusion) {
        const { meeting } = task.conclusion;
        return t("source.conclusion", { ordinal: task.conclusion.ordinal, meeting: meeting.title, date: formatDate(meeting.heldOn, locale) });
      }
      return task.code;
    };
    const columns: XlsxColumn<TaskView>[] = [
      { header: t("columns.title"), value: (r) => r.title, width: 48 },
      { header: t("columns.kind"), value: (r) => t(`kind.${r.kind}`), width: 18 },
      { header: t("columns.pillar"), value: (r) => (locale === "vi" ? r.pillar.nameVi : r.pillar.nameEn), width: 18 },
      { header: t("columns.source"), value: source, width: 40 },
      { header: t("columns.lead"), value: (r) => r.leadAgency.name, width: 32 },
      { header: t("columns.cooperating"), value: (r) => names(r.cooperatingAgencies.map((c) => c.agency)), width: 40 },
      { header: t("columns.localities"), value: (r) => names(r.localities.map((l) => l.locality)), width: 30 },
      { header: t("columns.indicators"), value: (r) => (r.indicators.length > 0 ? r.indicators.map((i) => i.indicator.code).join("; ") : null), width: 24 },
      { header: t("columns.deadline"), value: (r) => formatDate(r.deadline, locale), width: 14 },
      { header: t("columns.status"), value: (r) => t(`status.${r.effectiveStatus}`), width: 16 },
      { header: t("columns.daysOverdue"), value: (r) => (r.effectiveStatus === "OVERDUE" ? -daysUntil(r.deadline, today) : null), numFmt: "0" },
      { header: t("columns.progress"), value: (r) => r.progressPercent, numFmt: "0" },
      { header: t("columns.latestReport"), value: (r) => (r.latestReport ? `${formatQuarter(asQuarter(r.latestReport.period), locale)}: ${tStatus(r.latestReport.status)}` : null), width: 26 },
      { header: t("columns.verdict"), value: (r) => (r.evaluationVerdict ? t(`verdict.${r.evaluationVerdict}`) : null), width: 28 },
    ];
    const title = t("sheetTitle", { filter: t(`filters.${FILTER_MESSAGE[state.filter]}`), date: formatDate(today, locale) });
    const bytes = await buildXlsx([{ name: t("sheetName"), title, columns, rows: board.tasks }]);
    return xlsxResponse(bytes, `nhiem-vu-${today.toISOString().slice(0, 10)}.xlsx`);
  } catch (error) {
    if (error instanceof ForbiddenError) return problem(403, error.message);
    log.error("tasks export failed", { area: "export", error });
    return problem(500, "Đã có lỗi hệ thống, chưa tạo được tệp Excel. Vui lòng thử lại sau.");
  }
}

function problem(status: number, message: string) {
  return Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });
}
