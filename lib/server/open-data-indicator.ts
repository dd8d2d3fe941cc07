import "server-only";
import { isIndicatorCode, type PublicIndicator, type PublicIndicatorSummary } from "./queries/public/indicator";
import { csvResponse, jsonResponse, notFoundResponse, type ApiFormat, type CsvColumn } from "./open-data";

/** One approved quarterly value of one locality, flattened for CSV. */
export interface IndicatorCsvRow {
  period: string;
  code: string;
  localityCode: string;
  localityName: string;
  level: string;
  current: boolean;
  validTo: string | null;
  value: number | null;
  target: number | null;
  comparator: string | null;
  approvedAt: string;
  reporter: string;
  revision: number;
  corrections: number;
}

/** One row per locality × quarter with an approved value, with the year's target of that locality. */
export function indicatorCsvRows(data: PublicIndicator): IndicatorCsvRow[] {
  return data.localities.flatMap((l) => l.cells.map((c) => {
    const target = l.targets.find((t) => `${t.year}` === c.period.slice(0, 4));
    return {
      period: c.period,
      code: data.code,
      localityCode: l.code,
      localityName: l.name,
      level: l.level,
      current: l.current,
      validTo: l.validTo,
      value: c.value,
      target: target?.value ?? null,
      comparator: target?.comparator ?? null,
      approvedAt: c.approvedAt,
      reporter: c.reporter,
      revision: c.revision,
      corrections: c.corrections.length,
    };
  }));
}

export const INDICATOR_COLUMNS: CsvColumn<IndicatorCsvRow>[] = [
  { header: "ky", value: (r) => r.period },
  { header: "ma_chi_tieu", value: (r) => r.code },
  { header: "ma_dia_phuong", value: (r) => r.localityCode },
  { header: "dia_phuong", value: (r) => r.localityName },
  { header: "cap", value: (r) => r.level },
  { header: "con_hieu_luc", value: (r) => (r.current ? 1 : 0) },
  { header: "hieu_luc_den", value: (r) => r.validTo },
  { header: "gia_tri", value: (r) => r.value },
  { header: "so_sanh", value: (r) => r.comparator },
  { header: "muc_tieu_nam", value: (r) => r.target },
  { header: "ngay_phe_duyet", value: (r) => r.approvedAt },
  { header: "don_vi_bao_cao", value: (r) => r.reporter },
  { header: "lan_phe_duyet", value: (r) => r.revision },
  { header: "so_lan_dinh_chinh", value: (r) => r.corrections },
];

export const INDICATOR_CATALOGUE_COLUMNS: CsvColumn<PublicIndicatorSummary>[] = [
  { header: "ma_chi_tieu", value: (r) => r.code },
  { header: "chi_tieu", value: (r) => r.nameVi },
  { header: "indicator", value: (r) => r.nameEn },
  { header: "tru_cot", value: (r) => r.pillarCode },
  { header: "ten_tru_cot", value: (r) => r.pillarNameVi },
  { header: "pillar", value: (r) => r.pillarNameEn },
  { header: "cap_bao_cao", value: (r) => r.levels.join(" ") },
  { header: "don_vi", value: (r) => r.unit },
  { header: "chieu_danh_gia", value: (r) => r.direction },
  { header: "loai", value: (r) => r.kind },
  { header: "dinh_nghia", value: (r) => r.definition },
  { header: "tu_so", value: (r) => r.numerator },
  { header: "mau_so", value: (r) => r.denominator },
  { header: "nguon", value: (r) => r.source },
  { header: "co_quan_chu_tri", value: (r) => r.leadAgency },
];

export function indicatorFile(data: PublicIndicator, format: ApiFormat): Response {
  if (format === "json") return jsonResponse(data);
  return csvResponse(indicatorCsvRows(data), INDICATOR_COLUMNS, `chi-tieu-${data.code}.csv`);
}

export function indicatorCatalogueFile(list: PublicIndicatorSummary[], format: ApiFormat): Response {
  if (format === "json") return jsonResponse(list);
  return csvResponse(list, INDICATOR_CATALOGUE_COLUMNS, "chi-tieu.csv");
}

/**
 * /api/public/v1/indicators/<name>.<format>: the catalogue ("all") or one indicator's approved values per
 * locality ("GOV-01"); an unknown or inactive code is a 404. `load` is the query without its db.
 */
export async function indicatorsFile(
  load: { one: (code: string) => Promise<PublicIndicator | null>; all: () => Promise<PublicIndicatorSummary[]> },
  name: string,
  format: ApiFormat,
): Promise<Response> {
  if (name === "all") return indicatorCatalogueFile(await load.all(), format);
  if (!isIndicatorCode(name)) return notFoundResponse();
  const data = await load.one(name);
  return data ? indicatorFile(data, format) : notFoundResponse();
}
