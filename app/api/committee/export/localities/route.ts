import { getLocale, getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/locales";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import { requireRole } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { ForbiddenError } from "@/lib/server/errors";
import { buildXlsx, xlsxResponse, type XlsxSheet } from "@/lib/server/exports/xlsx";
import { log } from "@/lib/server/log";
import { getLocalityRanking } from "@/lib/server/queries/committee-localities";

export const dynamic = "force-dynamic";

type Cell = string | number | null;

/** GET ?period=2025-Q1&level=COMMUNE|DISTRICT&indicator=XA-01 — the ranking and the heat map as two sheets. */
export async function GET(request: Request) {
  try {
    // The caller first, as in every handler: a refusal must not depend on anything read before it.
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    const t = await getTranslations("localities");
    const params = new URL(request.url).searchParams;
    const level = params.get("level") === "DISTRICT" ? "DISTRICT" : "COMMUNE";
    const ranking = await getLocalityRanking(viewer, { periodKey: params.get("period"), level, indicatorCode: params.get("indicator") }, getDb());
    const [locale, tb] = await Promise.all([getLocale().then(resolveLocale), getTranslations("bands")]);
    const period = ranking.period ? formatQuarter(ranking.period, locale) : "—";
    const levelName = t(`level_${level}`);
    const { indicator, indicators } = ranking;
    const pick = (row: (typeof ranking.rows)[number], code: string) => row.cells.find((c) => c.code === code);
    // Rows are arrays of cells so that both sheets, whose columns differ, go through one buildXlsx call.
    const rankingSheet: XlsxSheet<Cell[]> = {
      name: t("sheetRanking"),
      title: t("exportTitle", { title: indicator ? t("rankingTitleIndicator", { code: indicator.code }) : t("rankingTitleOverall"), level: levelName, period }),
      columns: [
        { header: t("colRank"), value: (r) => r[0] ?? null, width: 8 },
        { header: t("colCode"), value: (r) => r[1] ?? null, width: 10 },
        { header: t("colLocality"), value: (r) => r[2] ?? null, width: 28 },
        { header: t("colParent"), value: (r) => r[3] ?? null, width: 26 },
        { header: t("colMet"), value: (r) => r[4] ?? null, width: 14 },
        { header: t("colTargets"), value: (r) => r[5] ?? null, width: 12 },
        { header: t("colShare"), value: (r) => r[6] ?? null, width: 14, numFmt: "0.0%" },
        { header: t("colAverage"), value: (r) => r[7] ?? null, width: 16, numFmt: "0.0%" },
        ...(indicator ? [{ header: t("colIndicatorProgress", { code: indicator.code }), value: (r: Cell[]) => r[8] ?? null, width: 18, numFmt: "0.0%" }] : []),
      ],
      rows: ranking.rows.map((r) => [
        r.rank, r.locality.code, r.locality.name, r.locality.parentName, r.met, r.targets, r.share, r.averageProgress,
        ...(indicator ? [pick(r, indicator.code)?.progress ?? null] : []),
      ]),
    };
    const heatSheet: XlsxSheet<Cell[]> = {
      name: t("sheetHeatMap"),
      title: t("heatMapCaption", { level: levelName, period }),
      columns: [
        { header: t("colCode"), value: (r) => r[0] ?? null, width: 10 },
        { header: t("colLocality"), value: (r) => r[1] ?? null, width: 28 },
        ...indicators.flatMap((ind, i) => [
          { header: t("colIndicatorBand", { code: ind.code }), value: (r: Cell[]) => r[2 + 2 * i] ?? null, width: 20 },
          { header: t("colIndicatorProgress", { code: ind.code }), value: (r: Cell[]) => r[3 + 2 * i] ?? null, width: 18, numFmt: "0.0%" },
        ]),
      ],
      rows: [...ranking.rows].sort((a, b) => a.locality.code.localeCompare(b.locality.code)).map((r) => [
        r.locality.code,
        r.locality.name,
        ...indicators.flatMap((ind) => {
          const cell = pick(r, ind.code);
          return [cell?.band ? tb(cell.band) : t("noTarget"), cell?.progress ?? null];
        }),
      ]),
    };
    const key = ranking.period ? quarterKey(ranking.period) : "none";
    return xlsxResponse(await buildXlsx([rankingSheet, heatSheet]), `dia-phuong-${level.toLowerCase()}-${key}.xlsx`);
  } catch (error) {
    if (error instanceof ForbiddenError) return problem(403, error.message);
    log.error("localities export failed", { area: "export", error });
    return problem(500, (await getTranslations("localities"))("exportFailed"));
  }
}

function problem(status: number, message: string) {
  return Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });
}
