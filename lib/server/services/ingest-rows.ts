import "server-only";
import { groupBy } from "@/lib/collections";
import { quarterKey, quarterStart } from "@/lib/quarters";
import type { IngestRow, RowError } from "@/lib/schemas/ingest";
import type { Db } from "../db";

// The database checks of an ingested batch's shape-valid rows: codes, the token's scope, the unit valid on the
// day, the period. Lookups are maps and sets, so a 5,000-row batch for thousands of units stays linear.

export interface ResolvedRow extends IngestRow { indicatorId: number; localityId: number; periodId: number; localityCodeOut: string }

const LEVEL_NAMES = { PROVINCE: "tỉnh", DISTRICT: "huyện", COMMUNE: "xã" } as const;
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
/** The calendar day in Vietnam (UTC+7) at UTC midnight: a measurement dated today is not in the future. */
const vietnamDay = (now: Date): Date => new Date(`${isoDay(new Date(now.getTime() + 7 * 3_600_000))}T00:00:00Z`);


export async function resolveRows(db: Db, token: { indicatorIds: number[]; localityIds: number[] }, rows: IngestRow[], now: Date) {
  const [indicators, localities, periods] = await Promise.all([
    db.indicator.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.indicatorCode))] } }, select: { id: true, code: true, active: true, levels: true, unit: true } }),
    db.locality.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.localityCode))] } }, select: { id: true, code: true, level: true, validFrom: true, validTo: true } }),
    db.reportingPeriod.findMany({ where: { year: { in: [...new Set(rows.map((r) => r.quarter.year))] } }, select: { id: true, year: true, quarter: true, status: true } }),
  ]);
  const indicatorByCode = new Map(indicators.map((i) => [i.code, i]));
  // A code names several units over time (the 2025 reform reused codes): the one valid on the row's day counts.
  const unitsByCode = groupBy(localities, (l) => l.code);
  const periodByKey = new Map(periods.map((p) => [`${p.year}-${p.quarter}`, p]));
  const scopeIndicators = new Set(token.indicatorIds);
  const scopeLocalities = new Set(token.localityIds);
  const today = vietnamDay(now);
  const resolved: ResolvedRow[] = [];
  const rowErrors: RowError[] = [];
  for (const row of rows) {
    const errors: string[] = [];
    const key = quarterKey(row.quarter);
    const indicator = indicatorByCode.get(row.indicatorCode);
    const unit = unitsByCode.get(row.localityCode)?.find((l) => l.validFrom <= row.asOf && (l.validTo === null || row.asOf < l.validTo));
    const period = periodByKey.get(`${row.quarter.year}-${row.quarter.quarter}`);
    if (!indicator) errors.push(`Không có chỉ tiêu mã ${row.indicatorCode}.`);
    else if (!scopeIndicators.has(indicator.id)) errors.push(`Mã truy cập không được phép ghi chỉ tiêu ${indicator.code}.`);
    else if (!indicator.active) errors.push(`Chỉ tiêu ${indicator.code} đã ngừng theo dõi.`);
    if (!unit) errors.push(`Không có đơn vị hành chính mã ${row.localityCode} có hiệu lực vào ngày ${isoDay(row.asOf)}.`);
    else if (!scopeLocalities.has(unit.id)) errors.push(`Mã truy cập không được phép ghi cho địa phương mã ${unit.code}.`);
    if (indicator && unit && !indicator.levels.includes(unit.level)) errors.push(`Chỉ tiêu ${indicator.code} không báo cáo ở cấp ${LEVEL_NAMES[unit.level]}.`);
    if (row.measuredOn && row.measuredOn > today) errors.push(`Ngày đo ${isoDay(row.measuredOn)} nằm trong tương lai.`);
    if (!row.measuredOn && quarterStart(row.quarter) > today) errors.push(`Quý ${key} chưa bắt đầu.`);
    if (!period) errors.push(`Chưa có kỳ báo cáo ${key}.`);
    else if (period.status === "LOCKED") errors.push(`Kỳ báo cáo ${key} đã khoá; không nhận thêm số đo.`);
    if (indicator?.unit === "PERCENT" && row.value !== null && row.value > 100) errors.push("Tỷ lệ phải nằm trong khoảng từ 0 đến 100.");
    if (errors.length > 0 || !indicator || !unit || !period) rowErrors.push({ index: row.index, errors });
    else resolved.push({ ...row, indicatorId: indicator.id, localityId: unit.id, periodId: period.id, localityCodeOut: unit.code });
  }
  return { resolved, rowErrors };
}
