import { getLocale, getTranslations } from "next-intl/server";
import { paceStillNeeded } from "@/lib/forecast";
import { unitLabel } from "@/lib/format";
import { compareQuarters, formatQuarter, parseQuarterKey, quarterKey } from "@/lib/quarters";
import { resolveLocale } from "@/lib/i18n/locales";
import { requireRole } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { buildXlsx, xlsxResponse, type XlsxColumn } from "@/lib/server/exports/xlsx";
import { log } from "@/lib/server/log";
import { getCommitteeOverview, type OverviewRow } from "@/lib/server/queries/committee-overview";

export const dynamic = "force-dynamic";

/** GET ?period=2024-Q1 — the overview's target table as .xlsx, in the viewer's language. */
export async function GET(request: Request) {
  try {
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    const key = new URL(request.url).searchParams.get("period");
    const overview = await getCommitteeOverview(viewer, key, getDb());
    // The page falls back to the default period for an unknown key; a download must not silently do so.
    const wanted = key ? parseQuarterKey(key) : null;
    if (!overview.period || (key && (!wanted || compareQuarters(wanted, overview.period) !== 0))) {
      throw new NotFoundError("Chưa có số liệu được phê duyệt cho kỳ này.");
    }
    const [locale, t, tb, tf] = await Promise.all([
      getLocale().then(resolveLocale), getTranslations("overview"), getTranslations("bands"), getTranslations("forecast"),
    ]);
    const pillarName = new Map(overview.pillars.map((p) => [p.code, locale === "vi" ? p.nameVi : p.nameEn]));
    const columns: XlsxColumn<OverviewRow>[] = [
      { header: t("colCode"), value: (r) => r.code, width: 10 },
      { header: t("colIndicator"), value: (r) => (locale === "vi" ? r.nameVi : r.nameEn), width: 60 },
      { header: t("colPillar"), value: (r) => pillarName.get(r.pillarCode) ?? r.pillarCode, width: 18 },
      { header: t("colLeadAgency"), value: (r) => r.leadAgency ?? t("noLeadAgency"), width: 36 },
      { header: t("colUnit"), value: (r) => unitLabel(r.unit, locale), width: 12 },
      { header: t("colActual"), value: (r) => r.ytd, numFmt: "#,##0.##", width: 12 },
      { header: t("colTarget"), value: (r) => r.targetValue, numFmt: "#,##0.##", width: 12 },
      { header: t("colProgress"), value: (r) => r.progress, numFmt: "0.0%", width: 12 },
      { header: t("colBand"), value: (r) => tb(r.band), width: 18 },
      { header: t("colForecast"), value: (r) => tf(r.forecast.status), width: 24 },
      { header: t("colRequiredPace"), value: (r) => paceStillNeeded(r.forecast, r.direction), numFmt: "#,##0.##", width: 18 },
      { header: t("colRemaining"), value: (r) => r.forecast.remainingQuarters, width: 12 },
    ];
    const period = formatQuarter(overview.period, locale);
    const bytes = await buildXlsx([{ name: t("exportSheet"), title: t("exportTitle", { province: overview.province.name, period }), columns, rows: overview.rows }]);
    return xlsxResponse(bytes, `tong-quan-${quarterKey(overview.period)}.xlsx`);
  } catch (error) {
    if (error instanceof ForbiddenError) return problem(403, error.message);
    if (error instanceof NotFoundError) return problem(404, error.message);
    log.error("overview export failed", { area: "export", error });
    return problem(500, "Đã có lỗi hệ thống, chưa tạo được tệp Excel. Vui lòng thử lại sau.");
  }
}

function problem(status: number, message: string) {
  return Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });
}
