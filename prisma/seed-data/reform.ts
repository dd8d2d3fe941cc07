// The 1 July 2025 reform of the demo province: cấp huyện kết thúc hoạt động (the five districts end) and the
// 25 communes are reorganised (sắp xếp đơn vị hành chính cấp xã) into 10 new xã and phường directly under the
// province. The decision is fictional, like the province.
import { COMMUNES, DISTRICTS, DISTRICT_VALID_TO } from "./localities";
import type { CommuneSeed } from "./localities";

/** First day of the new map; the old communes' and districts' rows end here (validTo is exclusive). */
export const REFORM_DATE = DISTRICT_VALID_TO;

export const REFORM_DECISION =
  "Nghị quyết số 1999/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Minh Sơn năm 2025 (minh hoạ)";

/** When the changes were recorded in the app: after the decision, before it took effect. */
export const REFORM_RECORDED_AT = new Date("2025-06-20T02:00:00Z");

export type NewUnitType = "XA" | "PHUONG";

export interface NewUnitSeed {
  /** The code of the predecessor where the new unit's seat (trụ sở) is; always one of `merged`. */
  code: string;
  name: string;
  type: NewUnitType;
  /** Used in the officer's e-mail address (xa.<slug>@… or phuong.<slug>@…). */
  slug: string;
  officerName: string;
  /** Old communes merged into the unit whole (share 1). */
  merged: string[];
}

/**
 * Seat codes avoid 99013, 99025, 99040 and 99070, which tests look up by code in the 2024–2025 history.
 * Phường Tân Phúc is formed of xã only: its xã → phường upgrade is folded into its MERGE change (the new
 * row's type PHUONG records it) rather than written as a separate UPGRADE change.
 */
export const NEW_UNITS: NewUnitSeed[] = [
  { code: "99001", name: "Phường Minh Sơn", type: "PHUONG", slug: "minh-son", officerName: "Trịnh Văn Thành", merged: ["99001", "99004"] },
  { code: "99007", name: "Phường Tân Minh", type: "PHUONG", slug: "tan-minh", officerName: "Lưu Thị Kim Oanh", merged: ["99007", "99010"] },
  { code: "99016", name: "Phường Sơn Yên", type: "PHUONG", slug: "son-yen", officerName: "Mai Xuân Trường", merged: ["99016", "99019", "99022"] },
  { code: "99028", name: "Phường Tân Phúc", type: "PHUONG", slug: "tan-phuc", officerName: "Nguyễn Thị Thanh Xuân", merged: ["99025", "99028"] },
  { code: "99031", name: "Xã Bắc Minh", type: "XA", slug: "bac-minh", officerName: "Đinh Công Tráng", merged: ["99031", "99034", "99037"] },
  { code: "99043", name: "Xã Đông Thành", type: "XA", slug: "dong-thanh", officerName: "Chu Thị Hồng Vân", merged: ["99040", "99043"] },
  { code: "99046", name: "Xã Đồng Lâm", type: "XA", slug: "dong-lam", officerName: "Tạ Quang Vinh", merged: ["99046", "99049", "99052"] },
  { code: "99058", name: "Xã Phú Lạc", type: "XA", slug: "phu-lac", officerName: "Kiều Thị Lan", merged: ["99055", "99058"] },
  { code: "99061", name: "Xã Vân Hà", type: "XA", slug: "van-ha", officerName: "Hoàng Văn Dũng", merged: ["99061", "99064", "99067"] },
  { code: "99073", name: "Xã Ngọc Thanh", type: "XA", slug: "ngoc-thanh", officerName: "Sầm Thị Nguyệt", merged: ["99070", "99073"] },
];

/** The new ward whose officer is a demo account: the successor of the pilot smart commune Tân Hoà. */
export const DEMO_NEW_UNIT_CODE = "99028";

export const SPLIT_SHARE_BASIS = "dân số";

/** The one partial split: Xã Minh Đức, a peri-urban commune, is divided by population between two new wards. */
export const SPLIT = {
  predecessorCode: "99013",
  parts: [
    { successorCode: "99007", share: 0.6 },
    { successorCode: "99028", share: 0.4 },
  ],
};

export interface Predecessor {
  commune: CommuneSeed;
  share: number;
  /** null for a whole predecessor (share 1); what a partial share measures otherwise. */
  shareBasis: string | null;
}

function communeOrThrow(code: string): CommuneSeed {
  const commune = COMMUNES.find((candidate) => candidate.code === code);
  if (!commune) throw new Error(`Reform: unknown commune ${code}`);
  return commune;
}

export function getNewUnitOrThrow(code: string): NewUnitSeed {
  const unit = NEW_UNITS.find((candidate) => candidate.code === code);
  if (!unit) throw new Error(`Reform: unknown new unit ${code}`);
  return unit;
}

export function predecessorsOf(unit: NewUnitSeed): Predecessor[] {
  const whole = unit.merged.map((code) => ({ commune: communeOrThrow(code), share: 1, shareBasis: null }));
  const parts = SPLIT.parts
    .filter((part) => part.successorCode === unit.code)
    .map((part) => ({ commune: communeOrThrow(SPLIT.predecessorCode), share: part.share, shareBasis: SPLIT_SHARE_BASIS }));
  return [...whole, ...parts];
}

/** Σ share × the predecessors' measure, rounded: population, villages. */
export function sharedSum(unit: NewUnitSeed, measure: (commune: CommuneSeed) => number): number {
  return Math.round(predecessorsOf(unit).reduce((sum, p) => sum + p.share * measure(p.commune), 0));
}

/** What must stay true of the map: every old commune goes whole to one unit or is split with shares summing to 1. */
export function checkReformMap(): void {
  const shareOf = new Map<string, number>();
  for (const unit of NEW_UNITS) {
    if (!unit.merged.includes(unit.code)) throw new Error(`Reform: ${unit.name} has its seat outside its merged communes`);
    for (const p of predecessorsOf(unit)) shareOf.set(p.commune.code, (shareOf.get(p.commune.code) ?? 0) + p.share);
  }
  for (const commune of COMMUNES) {
    const total = shareOf.get(commune.code) ?? 0;
    if (Math.abs(total - 1) > 1e-9) throw new Error(`Reform: shares of ${commune.name} sum to ${total}, not 1`);
  }
  const total = (measure: (c: CommuneSeed) => number) => NEW_UNITS.reduce((sum, unit) => sum + sharedSum(unit, measure), 0);
  const old = (measure: (c: CommuneSeed) => number) => COMMUNES.reduce((sum, c) => sum + measure(c), 0);
  if (total((c) => c.population) !== old((c) => c.population)) throw new Error("Reform: population is not conserved");
  if (total((c) => c.villages) !== old((c) => c.villages)) throw new Error("Reform: villages are not conserved");
}

export interface ChangeSeed {
  kind: "MERGE" | "SPLIT" | "ABOLISH";
  /** Unique within the reform: the natural key of the change together with the date and decision. */
  note: string;
  links: { predecessorCode: string; successorCode: string; share: number; shareBasis: string | null }[];
}

/** A unit's name inside a sentence: "Xã Tân Hoà" → "xã Tân Hoà". */
function inSentence(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function mergeNote(unit: NewUnitSeed): string {
  const names = unit.merged.map((code) => inSentence(communeOrThrow(code).name)).join(", ");
  const seat = inSentence(communeOrThrow(unit.code).name);
  const upgrade = unit.type === "PHUONG" && unit.merged.every((code) => communeOrThrow(code).type !== "PHUONG") ? " Thành lập phường trên cơ sở các xã (xã lên phường)." : "";
  return `Sáp nhập toàn bộ diện tích tự nhiên và quy mô dân số của ${names} thành ${inSentence(unit.name)}; trụ sở đặt tại ${seat}, đơn vị mới giữ mã ${unit.code}.${upgrade}`;
}

/**
 * One MERGE per new unit (its whole predecessors), the SPLIT of Xã Minh Đức, and one ABOLISH per district.
 * The ABOLISH changes carry no links: a district's territory passes to the new communes through the
 * communes' own links, and a district → province link would wrongly give the province a predecessor.
 */
export function buildReformChanges(): ChangeSeed[] {
  const merges = NEW_UNITS.map((unit): ChangeSeed => ({
    kind: "MERGE",
    note: mergeNote(unit),
    links: unit.merged.map((code) => ({ predecessorCode: code, successorCode: unit.code, share: 1, shareBasis: null })),
  }));
  const splitName = communeOrThrow(SPLIT.predecessorCode).name;
  const split: ChangeSeed = {
    kind: "SPLIT",
    note:
      `Chia ${inSentence(splitName)} (mã ${SPLIT.predecessorCode}) theo ${SPLIT_SHARE_BASIS}: ` +
      SPLIT.parts.map((part) => `${Math.round(part.share * 100)}% về ${inSentence(getNewUnitOrThrow(part.successorCode).name)}`).join(", ") + ".",
    links: SPLIT.parts.map((part) => ({ predecessorCode: SPLIT.predecessorCode, successorCode: part.successorCode, share: part.share, shareBasis: SPLIT_SHARE_BASIS })),
  };
  const abolitions = DISTRICTS.map((district): ChangeSeed => ({
    kind: "ABOLISH",
    note: `${district.name} (mã ${district.code}) kết thúc hoạt động từ ngày 1/7/2025 cùng toàn bộ cấp huyện; các xã, phường mới trên địa bàn trực thuộc tỉnh.`,
    links: [],
  }));
  return [...merges, split, ...abolitions];
}
