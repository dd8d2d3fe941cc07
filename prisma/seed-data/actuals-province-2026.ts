// Provincial values after the reform, 2025-Q3 … 2026-Q3, as the lead agencies report them. The province
// itself did not change on 1 July 2025, so each series carries on from its 2025-Q2 value (actuals-province.ts).
import { REFORM_REPORTED_QUARTERS } from "./calendar";
import { PROVINCE_CODE } from "./localities";
import { PROVINCE_INDICATORS } from "./indicators";
import { plainValue, rateOf } from "./actual-values";
import type { ProvinceActual } from "./actuals-province";

interface Series {
  /** One value per quarter, 2025-Q3 … 2026-Q3; for FLOW the quarter's own amount. */
  values: number[];
  /** Per-quarter denominators of a rate reported as counts; absent for estimates. */
  denominators?: number[];
}

/**
 * Stories the numbers tell: processing time slips in the first quarter after the reform (files handed
 * from the districts to the new communes) before it improves again; the provincial civil service grows in
 * 2026 with staff moved up from the districts, so the share trained dips before it climbs; the 2025 goal
 * of 20% of GRDP from the digital economy is missed (17.8%).
 */
const SERIES_2026: Record<string, Series> = {
  "GOV-01": { values: [98.9, 99.1, 99.2, 99.3, 99.4], denominators: [10_940, 12_600, 10_300, 11_150, 10_880] },
  "GOV-02": { values: [96, 96.8, 97.3, 97.9, 98.3], denominators: [7_050, 8_300, 6_800, 7_500, 7_200] },
  "GOV-03": { values: [36.4, 38.5, 40.2, 41.6, 43] },
  "GOV-04": { values: [7.1, 6.4, 5.9, 5.6, 5.3] },
  "GOV-05": { values: [91.5, 94.2, 95.6, 97.1, 98], denominators: [1_480, 1_480, 1_480, 1_480, 1_480] },
  "GOV-06": { values: [58.9, 63.5, 66.8, 70.4, 73.2], denominators: [41_200, 47_800, 39_500, 45_100, 42_600] },
  "GOV-07": { values: [83.6, 87.1, 89.4, 91.8, 93.5], denominators: [39_900, 46_300, 38_700, 44_200, 41_800] },
  "GOV-08": { values: [46.3, 50.8, 54.2, 58.5, 61.9], denominators: [10_100, 11_900, 9_800, 11_000, 10_500] },
  "GOV-09": { values: [100, 100, 100, 100, 100], denominators: [62, 62, 64, 64, 64] },
  "GOV-10": { values: [86.2, 90.4, 88.1, 91.5, 93.8], denominators: [1_960, 1_960, 2_140, 2_140, 2_140] },
  "GOV-11": { values: [94.5, 96.4, 96.6, 98.3, 100], denominators: [55, 55, 58, 58, 58] },
  "ECO-01": { values: [16.4, 17.8, 18.5, 19.2, 20.1] },
  "ECO-02": { values: [59.6, 62.1, 64, 66.3, 68.2], denominators: [201_000, 201_300, 201_600, 201_900, 202_200] },
  "ECO-03": { values: [71, 85, 58, 70, 76] },
  "ECO-04": { values: [10.8, 11.9, 12.2, 12.8, 13.4] },
  "ECO-05": { values: [95.7, 97.4, 96, 97.6, 98.4], denominators: [117, 117, 124, 124, 124] },
  "ECO-06": { values: [60.2, 63.1, 64.5, 66.8, 68.9] },
  "ECO-07": { values: [99.7, 99.7, 99.8, 99.8, 99.8], denominators: [1_595, 1_610, 1_625, 1_640, 1_655] },
  "SOC-01": { values: [87.8, 88.6, 89.3, 90.1, 90.8] },
  "SOC-02": { values: [98.9, 99.2, 99.3, 99.5, 99.6], denominators: [264_500, 264_900, 265_300, 265_700, 266_100] },
  "SOC-03": { values: [87.4, 88.9, 89.8, 91, 92.1], denominators: [73_400, 73_500, 73_600, 73_700, 73_800] },
  "SOC-04": { values: [100, 100, 100, 100, 100], denominators: [240, 240, 240, 240, 240] },
  "SOC-05": { values: [71.4, 76.2, 81, 85.7, 90.5], denominators: [21, 21, 21, 21, 21] },
  "SOC-06": { values: [74.2, 77.5, 80.1, 82.6, 84.8], denominators: [206_200, 206_500, 206_800, 207_100, 207_400] },
  "SOC-07": { values: [95.5, 97.5, 98, 99, 99.5], denominators: [201, 201, 203, 203, 203] },
};

/** Every provincial value 2025-Q3 … 2026-Q3, before submission statuses apply. */
export function buildProvinceActuals2026(): ProvinceActual[] {
  return PROVINCE_INDICATORS.flatMap((indicator) => {
    const series = SERIES_2026[indicator.code];
    if (!series || series.values.length !== REFORM_REPORTED_QUARTERS.length) {
      throw new Error(`Provincial 2026 series for ${indicator.code} must have ${REFORM_REPORTED_QUARTERS.length} values`);
    }
    return REFORM_REPORTED_QUARTERS.map((quarter, index): ProvinceActual => {
      const percent = series.values[index] ?? 0;
      const denominator = series.denominators?.[index];
      const actual = denominator === undefined ? plainValue(percent) : rateOf(denominator, percent);
      return { ...actual, indicatorCode: indicator.code, localityCode: PROVINCE_CODE, agencyCode: indicator.lead, quarter };
    });
  });
}
