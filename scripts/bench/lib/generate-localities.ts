// The country's map: provinces valid throughout, districts and pre-reform communes ending on 1 July 2025,
// post-reform communes under the province from that day. Names are made up from common syllables and codes
// keep the official shapes (province 2 digits, district 3, commune 5), so nothing is mistaken for real data.
import type { BenchShape } from "./generate-shape";
import { REFORM_DATE, VALID_FROM, clamp, pad, pick, sequence } from "./generate-shape";

const SYLLABLES = [
  "An", "Bình", "Cẩm", "Châu", "Đại", "Đông", "Đức", "Gia", "Hà", "Hải", "Hoà", "Hồng", "Hưng", "Khánh", "Kim", "Lạc",
  "Lâm", "Long", "Minh", "Mỹ", "Nam", "Ngọc", "Nghĩa", "Phú", "Phúc", "Quang", "Quảng", "Sơn", "Tân", "Thạch", "Thanh",
  "Thành", "Thịnh", "Thuận", "Tiên", "Trung", "Trường", "Tường", "Văn", "Vĩnh", "Xuân", "Yên",
];

export type CommuneType = "XA" | "PHUONG" | "THI_TRAN";

export interface BenchLocality {
  id: number;
  code: string;
  name: string;
  level: "PROVINCE" | "DISTRICT" | "COMMUNE";
  type: string;
  parentId: number | null;
  validFrom: string;
  validTo: string | null;
  population: number;
  /** Index of the province the unit lies in. */
  province: number;
  /** 0–1: how far digital transformation has come; drives the generated values. */
  maturity: number;
}

export interface BenchMap {
  provinces: BenchLocality[];
  districts: BenchLocality[];
  oldCommunes: BenchLocality[];
  newCommunes: BenchLocality[];
}

/** Splits `total` into `parts` shares proportional to `weights`, rounding so the shares add up exactly. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac);
  const remainder = total - shares.reduce((a, b) => a + b, 0);
  for (let k = 0; k < remainder; k++) {
    const slot = order[k % order.length];
    if (slot) shares[slot.i] = (shares[slot.i] ?? 0) + 1;
  }
  return shares;
}

export function twoSyllableName(random: () => number): string {
  const first = pick(SYLLABLES, random());
  let second = pick(SYLLABLES, random());
  while (second === first) second = pick(SYLLABLES, random());
  return `${first} ${second}`;
}

const DISTRICT_PREFIX: Record<string, string> = { HUYEN: "Huyện", THI_XA: "Thị xã", THANH_PHO_THUOC_TINH: "Thành phố" };
const COMMUNE_PREFIX: Record<CommuneType, string> = { XA: "Xã", PHUONG: "Phường", THI_TRAN: "Thị trấn" };

export function communeName(type: CommuneType, random: () => number): string {
  return `${COMMUNE_PREFIX[type]} ${twoSyllableName(random)}`;
}

/** Provinces, districts and pre-reform communes; the post-reform communes come from generate-lineage.ts. */
export function buildOldMap(shape: BenchShape): Omit<BenchMap, "newCommunes"> {
  const random = sequence(0x5eed0000 + shape.communes);
  const provinceWeights = Array.from({ length: shape.provinces }, () => 0.55 + random());
  const communesPer = apportion(shape.communes, provinceWeights);
  const provinces: BenchLocality[] = [];
  const districts: BenchLocality[] = [];
  const oldCommunes: BenchLocality[] = [];
  // Ids: provinces first, then districts, then communes, so every parent's id is known before its children.
  const districtCounts = communesPer.map((n) => Math.max(1, Math.round((n * shape.districts) / shape.communes)));
  const firstDistrictId = shape.provinces + 1;
  const firstCommuneId = firstDistrictId + districtCounts.reduce((a, b) => a + b, 0);
  const cities = Math.round((shape.provinces * 6) / 34);
  for (let p = 0; p < shape.provinces; p++) {
    // About one province in five lags well behind the others, year after year.
    const lagging = random() < 0.2;
    const maturity = lagging ? 0.15 + random() * 0.2 : 0.45 + random() * 0.5;
    const city = p < cities;
    provinces.push({
      id: p + 1, code: pad(p + 1, 2), name: `${city ? "Thành phố" : "Tỉnh"} ${twoSyllableName(random)}`, level: "PROVINCE",
      type: city ? "THANH_PHO_TRUC_THUOC_TW" : "TINH", parentId: null, validFrom: VALID_FROM, validTo: null, population: 0,
      province: p, maturity,
    });
  }
  for (let p = 0; p < shape.provinces; p++) {
    const province = provinces[p];
    const count = communesPer[p] ?? 0;
    const districtCount = districtCounts[p] ?? 1;
    if (!province) continue;
    const perDistrict = apportion(count, Array.from({ length: districtCount }, () => 1));
    for (let d = 0; d < districtCount; d++) {
      const type = d === 0 ? "THANH_PHO_THUOC_TINH" : d === 1 && random() < 0.4 ? "THI_XA" : "HUYEN";
      const district: BenchLocality = {
        id: firstDistrictId + districts.length, code: pad(districts.length + 1, 3), name: `${DISTRICT_PREFIX[type]} ${twoSyllableName(random)}`,
        level: "DISTRICT", type, parentId: province.id, validFrom: VALID_FROM, validTo: REFORM_DATE, population: 0, province: p,
        maturity: clamp(province.maturity + (type === "HUYEN" ? -0.08 : 0.1) + (random() - 0.5) * 0.15, 0.05, 1),
      };
      districts.push(district);
      for (let c = 0; c < (perDistrict[d] ?? 0); c++) {
        const urban = type !== "HUYEN";
        const communeType: CommuneType = urban ? (random() < 0.75 ? "PHUONG" : "XA") : c === 0 ? "THI_TRAN" : "XA";
        const population = Math.round((urban ? 9_000 + random() * 16_000 : 4_000 + random() * 11_000) / 10) * 10;
        district.population += population;
        province.population += population;
        oldCommunes.push({
          id: firstCommuneId + oldCommunes.length, code: pad(1 + 3 * oldCommunes.length, 5), name: communeName(communeType, random),
          level: "COMMUNE", type: communeType, parentId: district.id, validFrom: VALID_FROM, validTo: REFORM_DATE, population,
          province: p, maturity: clamp(district.maturity + (random() - 0.5) * 0.3, 0.05, 1),
        });
      }
    }
  }
  return { provinces, districts, oldCommunes };
}
