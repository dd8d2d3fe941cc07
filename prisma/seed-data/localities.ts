// A fictional province with the official code shapes (province 2 digits, district 3, commune 5).
// "99" and the 99xxx range are unused by real units, so the demo can never be mistaken for real data.

export const DEMO_LABEL = "Dữ liệu minh hoạ";
export const PROVINCE_CODE = "99";
export const PROVINCE_NAME = "Tỉnh Minh Sơn (dữ liệu minh hoạ)";

export const LOCALITY_VALID_FROM = new Date("2020-01-01T00:00:00Z");
/** District-level units were abolished on 1 July 2025 (exclusive end of validity). */
export const DISTRICT_VALID_TO = new Date("2025-07-01T00:00:00Z");

export type DistrictType = "HUYEN" | "THI_XA" | "THANH_PHO_THUOC_TINH";
export type CommuneType = "XA" | "PHUONG" | "THI_TRAN";

export interface DistrictSeed {
  code: string;
  name: string;
  type: DistrictType;
  /** Used in the officer's e-mail address (huyen.<slug>@…). */
  slug: string;
  /** 0–1: how far digital transformation has come; drives the generated values. */
  maturity: number;
}

export interface CommuneSeed {
  code: string;
  name: string;
  type: CommuneType;
  districtCode: string;
  slug: string;
  population: number;
  /** Thôn, xóm, tổ dân phố: each should have a community digital-technology team. */
  villages: number;
}

export const DISTRICTS: DistrictSeed[] = [
  { code: "990", name: "Thành phố Minh Sơn", type: "THANH_PHO_THUOC_TINH", slug: "minh-son", maturity: 0.9 },
  { code: "991", name: "Thị xã Sơn Yên", type: "THI_XA", slug: "son-yen", maturity: 0.8 },
  { code: "992", name: "Huyện Bắc Minh", type: "HUYEN", slug: "bac-minh", maturity: 0.6 },
  { code: "993", name: "Huyện Đồng Lâm", type: "HUYEN", slug: "dong-lam", maturity: 0.5 },
  { code: "994", name: "Huyện Vân Hà", type: "HUYEN", slug: "van-ha", maturity: 0.35 },
];

/** The district-level town modelled on Phổ Yên: its 2025 targets come from that town's programme. */
export const TOWN_DISTRICT_CODE = "991";

type CommuneRow = [code: string, name: string, type: CommuneType, slug: string, population: number, villages: number];

const COMMUNES_BY_DISTRICT: Record<string, CommuneRow[]> = {
  "990": [
    ["99001", "Phường Minh Khai", "PHUONG", "minh-khai", 21_400, 14],
    ["99004", "Phường Quang Trung", "PHUONG", "quang-trung", 18_600, 12],
    ["99007", "Phường Tân Thịnh", "PHUONG", "tan-thinh", 16_200, 11],
    ["99010", "Phường Hoà Bình", "PHUONG", "hoa-binh", 14_800, 10],
    ["99013", "Xã Minh Đức", "XA", "minh-duc", 9_600, 9],
  ],
  "991": [
    ["99016", "Phường Yên Thịnh", "PHUONG", "yen-thinh", 17_800, 13],
    ["99019", "Phường Nam Tiến", "PHUONG", "nam-tien", 15_900, 12],
    ["99022", "Phường Bắc Sơn", "PHUONG", "bac-son", 13_700, 10],
    ["99025", "Xã Tân Hoà", "XA", "tan-hoa", 11_200, 10],
    ["99028", "Xã Phúc Lâm", "XA", "phuc-lam", 9_800, 9],
  ],
  "992": [
    ["99031", "Thị trấn Chợ Bắc", "THI_TRAN", "cho-bac", 10_400, 9],
    ["99034", "Xã Minh Tiến", "XA", "minh-tien", 9_100, 10],
    ["99037", "Xã Thượng Lâm", "XA", "thuong-lam", 7_800, 9],
    ["99040", "Xã Đông Phong", "XA", "dong-phong", 8_300, 9],
    ["99043", "Xã Hợp Thành", "XA", "hop-thanh", 7_200, 8],
  ],
  "993": [
    ["99046", "Thị trấn Đồng Lâm", "THI_TRAN", "tt-dong-lam", 9_900, 8],
    ["99049", "Xã Lâm Sơn", "XA", "lam-son", 7_600, 9],
    ["99052", "Xã Tân Lập", "XA", "tan-lap", 8_100, 9],
    ["99055", "Xã Phú Cường", "XA", "phu-cuong", 6_900, 8],
    ["99058", "Xã Yên Lạc", "XA", "yen-lac", 7_400, 8],
  ],
  "994": [
    ["99061", "Thị trấn Vân Hà", "THI_TRAN", "tt-van-ha", 8_200, 8],
    ["99064", "Xã Vân Tùng", "XA", "van-tung", 6_300, 9],
    ["99067", "Xã Hà Châu", "XA", "ha-chau", 5_800, 8],
    ["99070", "Xã Ngọc Sơn", "XA", "ngoc-son", 5_200, 9],
    ["99073", "Xã Thanh Vân", "XA", "thanh-van", 4_900, 9],
  ],
};

export const COMMUNES: CommuneSeed[] = Object.entries(COMMUNES_BY_DISTRICT).flatMap(([districtCode, rows]) =>
  rows.map(([code, name, type, slug, population, villages]) => ({ code, name, type, districtCode, slug, population, villages })),
);

/** The commune of the demo commune officer; its Q2/2025 submission is left in draft. */
export const DEMO_COMMUNE_CODE = "99025";

export function getDistrictOrThrow(code: string): DistrictSeed {
  const district = DISTRICTS.find((candidate) => candidate.code === code);
  if (!district) throw new Error(`Unknown district code ${code}`);
  return district;
}

export interface LocalityRow {
  code: string;
  name: string;
  level: "PROVINCE" | "DISTRICT" | "COMMUNE";
  type: "TINH" | DistrictType | CommuneType;
  parentCode: string | null;
  validTo: Date | null;
  population: number;
}

/** Parents first, so ids can be resolved level by level. */
export function buildLocalityRows(): LocalityRow[] {
  const populationOf = (districtCode: string | null) =>
    COMMUNES.filter((c) => districtCode === null || c.districtCode === districtCode).reduce((sum, c) => sum + c.population, 0);
  return [
    { code: PROVINCE_CODE, name: PROVINCE_NAME, level: "PROVINCE", type: "TINH", parentCode: null, validTo: null, population: populationOf(null) },
    ...DISTRICTS.map((district): LocalityRow => ({
      code: district.code,
      name: district.name,
      level: "DISTRICT",
      type: district.type,
      parentCode: PROVINCE_CODE,
      validTo: DISTRICT_VALID_TO,
      population: populationOf(district.code),
    })),
    ...COMMUNES.map((commune): LocalityRow => ({
      code: commune.code,
      name: commune.name,
      level: "COMMUNE",
      type: commune.type,
      parentCode: commune.districtCode,
      validTo: null,
      population: commune.population,
    })),
  ];
}
