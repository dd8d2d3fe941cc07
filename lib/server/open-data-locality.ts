import "server-only";
import type { PublicTargetRow } from "@/lib/public-data";
import type { PublicLocality, PublicLocalityListItem } from "./queries/public/locality";
import { isLocalityCode } from "./queries/public/locality-ref";
import { csvResponse, jsonResponse, notFoundResponse, type ApiFormat, type CsvColumn } from "./open-data";
import { SCOREBOARD_COLUMNS } from "./open-data-scoreboard";

type LocalityTargetRow = PublicTargetRow & { period: string; localityCode: string; localityName: string };

/** A locality's targets: the scoreboard's columns, prefixed with the locality, so both files read alike. */
export const LOCALITY_TARGET_COLUMNS: CsvColumn<LocalityTargetRow>[] = [
  { header: "ma_dia_phuong", value: (r) => r.localityCode },
  { header: "dia_phuong", value: (r) => r.localityName },
  ...SCOREBOARD_COLUMNS,
];

export function localityCsvRows(data: PublicLocality): LocalityTargetRow[] {
  const period = data.period ?? "";
  return data.rows.map((r) => ({ ...r, period, localityCode: data.code, localityName: data.name }));
}

export const LOCALITY_LIST_COLUMNS: CsvColumn<PublicLocalityListItem>[] = [
  { header: "ma_dia_phuong", value: (r) => r.code },
  { header: "dia_phuong", value: (r) => r.name },
  { header: "cap", value: (r) => r.level },
  { header: "loai", value: (r) => r.type },
  { header: "ma_truc_thuoc", value: (r) => r.parentCode },
  { header: "truc_thuoc", value: (r) => r.parentName },
  { header: "dan_so", value: (r) => r.population },
  { header: "hieu_luc_tu", value: (r) => r.validFrom },
  { header: "hieu_luc_den", value: (r) => r.validTo },
  { header: "con_hieu_luc", value: (r) => (r.current ? 1 : 0) },
];

export function localityFile(data: PublicLocality, format: ApiFormat): Response {
  if (format === "json") return jsonResponse(data);
  return csvResponse(localityCsvRows(data), LOCALITY_TARGET_COLUMNS, `dia-phuong-${data.code}-${data.period ?? "chua-co"}.csv`);
}

export function localityListFile(list: PublicLocalityListItem[], format: ApiFormat): Response {
  if (format === "json") return jsonResponse(list);
  return csvResponse(list, LOCALITY_LIST_COLUMNS, "dia-phuong.csv");
}

/**
 * /api/public/v1/localities/<name>.<format>: every unit ("all") or one locality's targets ("99025"); an
 * unknown code is a 404. `load` is the query without its db.
 */
export async function localitiesFile(
  load: { one: (code: string) => Promise<PublicLocality | null>; all: () => Promise<PublicLocalityListItem[]> },
  name: string,
  format: ApiFormat,
): Promise<Response> {
  if (name === "all") return localityListFile(await load.all(), format);
  if (!isLocalityCode(name)) return notFoundResponse();
  const data = await load.one(name);
  return data ? localityFile(data, format) : notFoundResponse();
}
