import { COMMUNES, DISTRICTS, PROVINCE_CODE, TOWN_DISTRICT_CODE } from "./localities";
import type { CommuneSeed } from "./localities";
import { getIndicatorOrThrow } from "./indicators";

export type ComparatorCode = "GTE" | "GT" | "LTE" | "LT";

export interface TargetRow {
  indicatorCode: string;
  localityCode: string;
  year: number;
  value: number;
  comparator: ComparatorCode;
  baseline: number | null;
  deadline: Date;
  /** Agency code; null for district and commune targets, which their own People's Committee carries. */
  leadAgencyCode: string | null;
  note: string | null;
}

type ProvinceTarget = [code: string, target2024: number | null, target2025: number, comparator?: ComparatorCode, baseline?: number];

/**
 * The 2024 targets are set so that the Q1/2024 review lands on 7 met, 9 above 70%, 6 at 50–70%
 * and 2 below 50% (article 001); keep every Q1 progress at least 2 points from 50% and 70%.
 */
const PROVINCE_TARGETS: ProvinceTarget[] = [
  ["GOV-01", 95, 98], ["GOV-02", 100, 100], ["GOV-03", 10, 20], ["GOV-04", 8, 6, "LTE", 12],
  ["GOV-05", 80, 100], ["GOV-06", 50, 60], ["GOV-07", 80, 100], ["GOV-08", 45, 60],
  ["GOV-09", 100, 100], ["GOV-10", 70, 90], ["GOV-11", 100, 100],
  ["ECO-01", null, 20], ["ECO-02", 40, 50], ["ECO-03", 200, 260], ["ECO-04", 10, 12],
  ["ECO-05", 100, 100], ["ECO-06", 55, 65], ["ECO-07", 98, 99],
  ["SOC-01", 80, 85], ["SOC-02", 95, 100], ["SOC-03", 85, 90], ["SOC-04", 100, 100],
  ["SOC-05", 50, 80], ["SOC-06", 60, 80], ["SOC-07", 80, 100],
];

const TARGET_NOTES: Record<string, string> = {
  "ECO-01|2025": "Mục tiêu đến năm 2025 theo Nghị quyết chuyên đề về chuyển đổi số của Tỉnh ủy: kinh tế số chiếm 20% GRDP.",
  "GOV-04|2024": "Năm gốc 2023: bình quân 12 ngày làm việc mỗi hồ sơ.",
  "GOV-04|2025": "Năm gốc 2023: bình quân 12 ngày làm việc mỗi hồ sơ.",
};

function endOfYear(year: number): Date {
  return new Date(Date.UTC(year, 11, 31));
}

function provinceTargetRows(): TargetRow[] {
  return PROVINCE_TARGETS.flatMap(([code, target2024, target2025, comparator = "GTE", baseline]) => {
    const years: [number, number | null][] = [[2024, target2024], [2025, target2025]];
    return years.flatMap(([year, value]): TargetRow[] =>
      value === null
        ? []
        : [{
            indicatorCode: code,
            localityCode: PROVINCE_CODE,
            year,
            value,
            comparator,
            baseline: baseline ?? null,
            deadline: endOfYear(year),
            leadAgencyCode: getIndicatorOrThrow(code).lead,
            note: TARGET_NOTES[`${code}|${year}`] ?? null,
          }],
    );
  });
}

/** [2024, 2025] per district, in DISTRICTS order; the town's 2025 column is article 000's programme. */
const DISTRICT_TARGETS: Record<string, { comparators: [ComparatorCode, ComparatorCode]; values: Record<string, [number, number]> }> = {
  "HUYEN-01": { comparators: ["GTE", "GTE"], values: { "990": [90, 100], "991": [85, 100], "992": [75, 90], "993": [70, 90], "994": [65, 85] } },
  "HUYEN-02": { comparators: ["GTE", "GT"], values: { "990": [80, 85], "991": [75, 80], "992": [70, 75], "993": [65, 75], "994": [60, 70] } },
  "HUYEN-03": { comparators: ["GTE", "GT"], values: { "990": [55, 65], "991": [50, 60], "992": [45, 55], "993": [45, 55], "994": [40, 50] } },
  "HUYEN-04": { comparators: ["GTE", "GT"], values: { "990": [45, 55], "991": [40, 50], "992": [35, 45], "993": [30, 40], "994": [30, 40] } },
  "HUYEN-05": { comparators: ["GTE", "GT"], values: { "990": [45, 55], "991": [40, 50], "992": [38, 45], "993": [35, 45], "994": [30, 40] } },
};

const TOWN_NOTE = "Mục tiêu đến năm 2025 theo Chương trình hành động chuyển đổi số của thị xã.";

function districtTargetRows(): TargetRow[] {
  return Object.entries(DISTRICT_TARGETS).flatMap(([code, { comparators, values }]) =>
    DISTRICTS.flatMap((district) => {
      const pair = values[district.code];
      if (!pair) throw new Error(`Missing ${code} target for district ${district.code}`);
      return [2024, 2025].map((year, index): TargetRow => ({
        indicatorCode: code,
        localityCode: district.code,
        year,
        value: pair[index] ?? 0,
        comparator: comparators[index] ?? "GTE",
        baseline: null,
        deadline: endOfYear(year),
        leadAgencyCode: null,
        note: year === 2025 && district.code === TOWN_DISTRICT_CODE ? TOWN_NOTE : null,
      }));
    }),
  );
}

function roundToTens(value: number): number {
  return Math.round(value / 10) * 10;
}

/** Commune targets scale with the commune: one digital-technology team per village, coaching per head. */
function communeTargetValues(commune: CommuneSeed, year: number): Record<string, number> {
  const isWard = commune.type === "PHUONG";
  const early = year === 2024;
  return {
    "XA-01": (isWard ? 55 : 50) + (early ? 0 : 10),
    "XA-02": early ? 35 : 50,
    "XA-03": early ? 40 : 50,
    "XA-04": commune.villages,
    "XA-05": roundToTens(commune.population * (early ? 0.05 : 0.07)),
  };
}

function communeTargetRows(): TargetRow[] {
  return COMMUNES.flatMap((commune) =>
    [2024, 2025].flatMap((year) =>
      Object.entries(communeTargetValues(commune, year)).map(([code, value]): TargetRow => ({
        indicatorCode: code,
        localityCode: commune.code,
        year,
        value,
        comparator: "GTE",
        baseline: null,
        deadline: endOfYear(year),
        leadAgencyCode: null,
        note: null,
      })),
    ),
  );
}

export function buildTargetRows(): TargetRow[] {
  return [...provinceTargetRows(), ...districtTargetRows(), ...communeTargetRows()];
}
