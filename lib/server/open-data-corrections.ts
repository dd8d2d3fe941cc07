import "server-only";
import { csvResponse, jsonResponse, notFoundResponse, type ApiFormat, type CsvColumn } from "./open-data";
import { correctionsOf, type PublicCorrectionEntry, type PublicCorrections } from "./queries/public/corrections";

/** The JSON body of a corrections file: the quarter asked for (null for "all") and its corrections. */
export interface PublicCorrectionsFile {
  period: string | null;
  corrections: PublicCorrectionEntry[];
}

/** One row per approved correction, newest approval first. */
export const CORRECTION_COLUMNS: CsvColumn<PublicCorrectionEntry>[] = [
  { header: "ky", value: (c) => c.period },
  { header: "ma_chi_tieu", value: (c) => c.indicatorCode },
  { header: "chi_tieu", value: (c) => c.indicatorNameVi },
  { header: "ma_dia_phuong", value: (c) => c.localityCode },
  { header: "dia_phuong", value: (c) => c.localityName },
  { header: "gia_tri_cu", value: (c) => c.from },
  { header: "gia_tri_moi", value: (c) => c.to },
  { header: "ngay_phe_duyet", value: (c) => c.approvedAt },
  { header: "ly_do", value: (c) => c.reason },
  { header: "lan_sua", value: (c) => c.revision },
];

/**
 * /api/public/v1/corrections/<name>.<format>: every approved correction ("all") or those of one quarter's values
 * ("2024-Q2"). A reporting period without corrections is an empty list; a quarter that is no period is a 404.
 */
export async function correctionsFile(load: () => Promise<PublicCorrections>, name: string, format: ApiFormat): Promise<Response> {
  const data = await load();
  if (name !== "all" && !data.periods.includes(name)) return notFoundResponse();
  const file: PublicCorrectionsFile = name === "all" ? { period: null, corrections: data.corrections } : { period: name, corrections: correctionsOf(data, name) };
  if (format === "json") return jsonResponse(file);
  return csvResponse(file.corrections, CORRECTION_COLUMNS, `dinh-chinh-${name === "all" ? "tat-ca" : name}.csv`);
}
