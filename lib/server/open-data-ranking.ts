import "server-only";
import type { LocalLevel } from "./queries/level-board";
import type { PublicLevelRanking, PublicRanking, PublicRankingRow } from "./queries/public/ranking";
import { csvResponse, jsonResponse, notFoundResponse, type ApiFormat, type CsvColumn } from "./open-data";

type RankingCsvRow = PublicRankingRow & { level: PublicLevelRanking["level"]; period: string };

/** Every level's rows in one table, each row naming its level and quarter. */
export function rankingCsvRows(data: PublicRanking): RankingCsvRow[] {
  return data.levels.flatMap((board) => board.rows.map((r) => ({ ...r, level: board.level, period: board.period ?? "" })));
}

export const RANKING_COLUMNS: CsvColumn<RankingCsvRow>[] = [
  { header: "cap", value: (r) => r.level },
  { header: "ky", value: (r) => r.period },
  { header: "hang", value: (r) => r.rank },
  { header: "ma_dia_phuong", value: (r) => r.code },
  { header: "dia_phuong", value: (r) => r.name },
  { header: "ma_truc_thuoc", value: (r) => r.parentCode },
  { header: "truc_thuoc", value: (r) => r.parentName },
  { header: "so_muc_tieu", value: (r) => r.targets },
  { header: "so_hoan_thanh", value: (r) => r.met },
  { header: "ty_le_hoan_thanh", value: (r) => r.share },
  { header: "tien_do_binh_quan", value: (r) => r.averageProgress },
  { header: "so_tren_70", value: (r) => r.counts.ABOVE_70 },
  { header: "so_50_70", value: (r) => r.counts.FROM_50_TO_70 },
  { header: "so_duoi_50", value: (r) => r.counts.BELOW_50 },
  { header: "so_chua_co_so_lieu", value: (r) => r.counts.NO_DATA },
];

export function rankingFile(data: PublicRanking, name: string, format: ApiFormat): Response {
  if (format === "json") return jsonResponse(data);
  return csvResponse(rankingCsvRows(data), RANKING_COLUMNS, `xep-hang-${name}.csv`);
}

/**
 * /api/public/v1/ranking/<name>.<format>: every level at its latest approved quarter ("latest"), or one level at
 * one quarter ("commune-2025-Q1", "district-2024-Q3"); a quarter without approved values is a 404 (the query
 * would fall back to the latest one). `load` is the query without its db.
 */
export async function rankingsFile(load: (only: { level: LocalLevel; period: string } | null) => Promise<PublicRanking>, name: string, format: ApiFormat): Promise<Response> {
  if (name === "latest") return rankingFile(await load(null), name, format);
  const match = /^(commune|district)-(\d{4}-Q[1-4])$/.exec(name);
  const period = match?.[2];
  if (!match || !period) return notFoundResponse();
  const data = await load({ level: match[1] === "district" ? "DISTRICT" : "COMMUNE", period });
  return data.levels[0]?.period === period ? rankingFile(data, name, format) : notFoundResponse();
}
