import { REPORTED_QUARTERS } from "./calendar";
import { PROVINCE_CODE } from "./localities";
import { PROVINCE_INDICATORS } from "./indicators";
import { plainValue, rateOf } from "./actual-values";
import type { ActualValue } from "./actual-values";
import type { Quarter } from "../../lib/quarters";

interface Series {
  /** One value per reported quarter, 2024-Q1 … 2025-Q2; for FLOW the quarter's own amount. */
  values: number[];
  /** Per-quarter denominators of a rate reported as counts; absent for estimates. */
  denominators?: number[];
}

/**
 * Provincial values as the lead agencies report them. The first column is the Q1/2024 value
 * reviewed by the steering committee (article 001: 97%/95%, 30%/10%, 82%/80%, 95%/95%, 45%/40%,
 * 80% digital signing); its denominators make those percentages exact.
 */
const PROVINCE_SERIES: Record<string, Series> = {
  "GOV-01": { values: [97, 97.4, 97.9, 98.2, 98.4, 98.7], denominators: [10_000, 11_240, 10_860, 12_450, 10_520, 11_380] },
  "GOV-02": { values: [80, 84, 88.5, 91.2, 93.6, 95.1], denominators: [6_500, 7_100, 6_900, 8_200, 6_700, 7_400] },
  "GOV-03": { values: [30, 31.5, 33, 34, 35.2, 36] },
  "GOV-04": { values: [9, 8.6, 8.1, 7.7, 7.2, 6.8] },
  "GOV-05": { values: [62, 66.5, 71.2, 78.4, 84.7, 88.9], denominators: [1_500, 1_500, 1_520, 1_520, 1_480, 1_480] },
  "GOV-06": { values: [32, 36.4, 41.5, 47.8, 51.2, 55.6], denominators: [36_000, 39_200, 41_300, 46_400, 37_800, 43_400] },
  "GOV-07": { values: [52, 58, 64.5, 71, 76.3, 80.2], denominators: [34_500, 37_800, 40_100, 45_000, 36_600, 42_100] },
  "GOV-08": { values: [18, 22.5, 27, 33.4, 38.1, 42.6], denominators: [9_000, 9_800, 10_400, 11_600, 9_500, 10_700] },
  "GOV-09": { values: [100, 100, 100, 100, 100, 100], denominators: [56, 56, 58, 58, 60, 60] },
  "GOV-10": { values: [55, 61, 68.5, 74.2, 78, 83.5], denominators: [2_000, 2_000, 2_010, 2_010, 1_990, 1_990] },
  "GOV-11": { values: [62, 68, 75, 84, 88, 92], denominators: [50, 50, 52, 52, 55, 55] },
  "ECO-01": { values: [11.2, 11.8, 12.5, 13.4, 14.6, 15.3] },
  "ECO-02": { values: [45, 47.5, 50.2, 53, 55.1, 57.4], denominators: [199_200, 199_500, 199_800, 200_100, 200_400, 200_700] },
  "ECO-03": { values: [40, 55, 60, 70, 50, 62] },
  "ECO-04": { values: [6.5, 7.1, 7.9, 8.8, 9.4, 10.1] },
  "ECO-05": { values: [60, 68, 77.5, 86, 90.2, 93.4], denominators: [100, 100, 108, 108, 115, 115] },
  "ECO-06": { values: [42, 45.5, 48.7, 52.3, 55, 57.6] },
  "ECO-07": { values: [99.2, 99.3, 99.4, 99.5, 99.5, 99.6], denominators: [1_500, 1_520, 1_535, 1_550, 1_565, 1_580] },
  "SOC-01": { values: [82, 83.1, 84, 85.2, 86, 86.9] },
  "SOC-02": { values: [95, 95.8, 96.5, 97.3, 98, 98.6], denominators: [262_100, 262_500, 262_900, 263_300, 263_700, 264_100] },
  "SOC-03": { values: [78, 79.6, 81.2, 83, 84.5, 86.1], denominators: [72_800, 72_900, 73_000, 73_100, 73_200, 73_300] },
  "SOC-04": { values: [97.5, 98, 98.5, 99, 99.4, 99.7], denominators: [240, 240, 240, 240, 240, 240] },
  "SOC-05": { values: [30, 36, 44, 52, 61, 68], denominators: [20, 20, 20, 20, 21, 21] },
  "SOC-06": { values: [48, 53.5, 58.2, 63, 67.4, 71], denominators: [204_400, 204_700, 205_000, 205_300, 205_600, 205_900] },
  "SOC-07": { values: [62, 66, 74, 81, 88, 93], denominators: [200, 200, 201, 201, 201, 201] },
};

export interface ProvinceActual extends ActualValue {
  indicatorCode: string;
  localityCode: string;
  /** The reporting agency: the indicator's lead agency. */
  agencyCode: string;
  quarter: Quarter;
}

export function buildProvinceActuals(): ProvinceActual[] {
  return PROVINCE_INDICATORS.flatMap((indicator) => {
    const series = PROVINCE_SERIES[indicator.code];
    if (!series || series.values.length !== REPORTED_QUARTERS.length) {
      throw new Error(`Provincial series for ${indicator.code} must have ${REPORTED_QUARTERS.length} values`);
    }
    return REPORTED_QUARTERS.map((quarter, index): ProvinceActual => {
      const percent = series.values[index] ?? 0;
      const denominator = series.denominators?.[index];
      const actual = denominator === undefined ? plainValue(percent) : rateOf(denominator, percent);
      return { ...actual, indicatorCode: indicator.code, localityCode: PROVINCE_CODE, agencyCode: indicator.lead, quarter };
    });
  });
}
