import "server-only";
import type { PublicTargetRow } from "@/lib/public-data";
import { parseQuarterKey } from "@/lib/quarters";
import type { PublicScoreboard } from "./queries/public/scoreboard";
import { csvResponse, jsonResponse, notFoundResponse, type ApiFormat, type CsvColumn } from "./open-data";

/** One row per target, in the order and with the numbers of the scoreboard page. */
export const SCOREBOARD_COLUMNS: CsvColumn<PublicTargetRow & { period: string }>[] = [
  { header: "ky", value: (r) => r.period },
  { header: "ma_chi_tieu", value: (r) => r.code },
  { header: "chi_tieu", value: (r) => r.nameVi },
  { header: "indicator", value: (r) => r.nameEn },
  { header: "tru_cot", value: (r) => r.pillarCode },
  { header: "don_vi", value: (r) => r.unit },
  { header: "thuc_hien", value: (r) => r.actual },
  { header: "so_sanh", value: (r) => r.comparator },
  { header: "muc_tieu", value: (r) => r.target },
  { header: "tien_do", value: (r) => r.progress },
  { header: "danh_gia", value: (r) => r.band },
  { header: "don_vi_chu_tri", value: (r) => r.leadAgency },
  { header: "don_vi_bao_cao", value: (r) => r.provenance.reporter },
  { header: "ky_so_lieu", value: (r) => r.provenance.period },
  { header: "ngay_phe_duyet", value: (r) => r.provenance.approvedAt },
  { header: "so_lan_dinh_chinh", value: (r) => r.provenance.corrections.length },
  { header: "gian_doan_chuoi", value: (r) => r.provenance.breaks.map((b) => b.date).join(" ") || null },
  { header: "nguon_so_lieu", value: (r) => (r.provenance.origin === "MEASURED" ? "do_tu_dong" : "bao_cao") },
];

export function scoreboardResponse(board: PublicScoreboard, format: ApiFormat): Response {
  if (format === "json") return jsonResponse(board);
  const period = board.period ?? "";
  return csvResponse(board.rows.map((r) => ({ ...r, period })), SCOREBOARD_COLUMNS, `bang-diem-${period}.csv`);
}

/**
 * /api/public/v1/scoreboard/<name>.<format>: the province scoreboard of a quarter ("2025-Q1") or of the latest
 * approved one ("latest"). A quarter with nothing approved does not exist publicly (404), as on the pages.
 */
export async function scoreboardFile(load: (period: string | null) => Promise<PublicScoreboard>, name: string, format: ApiFormat): Promise<Response> {
  const latest = name === "latest";
  if (!latest && !parseQuarterKey(name)) return notFoundResponse();
  const board = await load(latest ? null : name);
  if (!latest && board.period !== name) return notFoundResponse();
  return scoreboardResponse(board, format);
}
