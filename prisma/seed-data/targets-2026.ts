// Targets in the new map: the province's 2026 targets, and the new units' commune targets for the second
// half of 2025 (they exist from 1 July) and for 2026. District indicators end with the districts: no
// HUYEN-* target after 2025-Q2's year is added.
import { getIndicatorOrThrow } from "./indicators";
import { PROVINCE_CODE } from "./localities";
import { NEW_UNITS, sharedSum } from "./reform";
import type { NewUnitSeed } from "./reform";
import type { ComparatorCode, TargetRow } from "./targets";

type ProvinceTarget = [code: string, target2026: number, comparator?: ComparatorCode, baseline?: number];

/**
 * A step up from each 2025 target. The articles set aims to 2025 only (20% of GRDP from the digital
 * economy, 4G covering the whole province, every household connected), so 2026 carries them on; targets
 * already at 100% stay there.
 */
const PROVINCE_TARGETS_2026: ProvinceTarget[] = [
  ["GOV-01", 99], ["GOV-02", 100], ["GOV-03", 25], ["GOV-04", 5, "LTE", 12],
  ["GOV-05", 100], ["GOV-06", 70], ["GOV-07", 100], ["GOV-08", 70],
  ["GOV-09", 100], ["GOV-10", 95], ["GOV-11", 100],
  ["ECO-01", 22], ["ECO-02", 60], ["ECO-03", 280], ["ECO-04", 14],
  ["ECO-05", 100], ["ECO-06", 70], ["ECO-07", 99.5],
  ["SOC-01", 90], ["SOC-02", 100], ["SOC-03", 95], ["SOC-04", 100],
  ["SOC-05", 90], ["SOC-06", 85], ["SOC-07", 100],
];

const NOTES_2026: Record<string, string> = {
  "ECO-01": "Nghị quyết chuyên đề của Tỉnh ủy đặt mục tiêu kinh tế số chiếm 20% GRDP đến năm 2025; năm 2026 phấn đấu 22%.",
  "GOV-04": "Năm gốc 2023: bình quân 12 ngày làm việc mỗi hồ sơ.",
  "SOC-04": "Tiếp tục mục tiêu phủ sóng di động 4G/5G toàn bộ thôn, tổ dân phố, kể cả sau khi sắp xếp thôn, tổ dân phố.",
};

const NEW_UNIT_NOTE_2025 = "Đơn vị hành chính mới thành lập từ ngày 1/7/2025: mục tiêu tính cho 6 tháng cuối năm 2025.";

function endOfYear(year: number): Date {
  return new Date(Date.UTC(year, 11, 31));
}

export function buildProvinceTargetRows2026(): TargetRow[] {
  return PROVINCE_TARGETS_2026.map(([code, value, comparator = "GTE", baseline]): TargetRow => ({
    indicatorCode: code,
    localityCode: PROVINCE_CODE,
    year: 2026,
    value,
    comparator,
    baseline: baseline ?? null,
    deadline: endOfYear(2026),
    leadAgencyCode: getIndicatorOrThrow(code).lead,
    note: NOTES_2026[code] ?? null,
  }));
}

function roundToTens(value: number): number {
  return Math.round(value / 10) * 10;
}

/**
 * Like the old communes' targets, one step later. Coaching (a count from the start of the year, or from the
 * unit's first day) asks half a year's worth in 2025.
 */
function newUnitTargetValues(unit: NewUnitSeed, year: 2025 | 2026): Record<string, number> {
  const isWard = unit.type === "PHUONG";
  const population = sharedSum(unit, (commune) => commune.population);
  return {
    "XA-01": (isWard ? 65 : 60) + (year === 2026 ? 10 : 0),
    "XA-02": year === 2026 ? 60 : 50,
    "XA-03": year === 2026 ? 60 : 50,
    "XA-04": sharedSum(unit, (commune) => commune.villages),
    "XA-05": roundToTens(population * (year === 2026 ? 0.08 : 0.035)),
  };
}

/** XA-01 … XA-05 for every new unit, 2025 (second half) and 2026; `localityCode` names the NEW unit. */
export function buildNewUnitTargetRows(): TargetRow[] {
  return NEW_UNITS.flatMap((unit) =>
    ([2025, 2026] as const).flatMap((year) =>
      Object.entries(newUnitTargetValues(unit, year)).map(([code, value]): TargetRow => ({
        indicatorCode: code,
        localityCode: unit.code,
        year,
        value,
        comparator: "GTE",
        baseline: null,
        deadline: endOfYear(year),
        leadAgencyCode: null,
        note: year === 2025 ? NEW_UNIT_NOTE_2025 : null,
      })),
    ),
  );
}
