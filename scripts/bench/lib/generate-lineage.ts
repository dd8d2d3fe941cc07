// The 1 July 2025 reorganisation of communes, in a repeating pattern per province: of every three old
// communes, two merge into one new unit and the third splits by population into two (60% / 40%); the one or two
// left over at a province's end are renamed. Each district ends with an ABOLISH change without links, as in the
// demo seed. The pattern keeps the number of communes equal before and after the reform — a simplification (the
// real reform cut 10,035 communes to 3,321) chosen so both maps hold the 3,321 units and the data set
// reaches its ~4.8 million values.
import type { BenchLocality, BenchMap, CommuneType } from "./generate-localities";
import { communeName } from "./generate-localities";
import { REFORM_DATE, clamp, pad, sequence } from "./generate-shape";

export interface BenchChange {
  id: number;
  kind: "MERGE" | "SPLIT" | "RENAME" | "ABOLISH";
  decision: string;
  note: string;
}

export interface BenchLink {
  id: number;
  changeId: number;
  predecessorId: number;
  successorId: number;
  share: string;
  shareBasis: string | null;
}

export interface BenchLineage {
  newCommunes: BenchLocality[];
  changes: BenchChange[];
  links: BenchLink[];
}

export const SHARE_BASIS = "dân số";
const ABOLISH_DECISION = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (kết thúc hoạt động của đơn vị hành chính cấp huyện)";

function inSentence(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function decisionFor(province: BenchLocality): string {
  return `Nghị quyết số ${1654 + province.province}/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của ${inSentence(province.name)} năm 2025`;
}

/** Thị trấn did not survive the reform: a town becomes a xã, an urban ward stays a phường. */
function newType(...predecessors: BenchLocality[]): CommuneType {
  return predecessors.some((p) => p.type === "PHUONG") ? "PHUONG" : "XA";
}

export function buildLineage(map: Omit<BenchMap, "newCommunes">): BenchLineage {
  const random = sequence(0x1a1e0000 + map.oldCommunes.length);
  const newCommunes: BenchLocality[] = [];
  const changes: BenchChange[] = [];
  const links: BenchLink[] = [];
  const lastOld = map.oldCommunes.at(-1);
  let nextId = (lastOld?.id ?? map.districts.length + map.provinces.length) + 1;
  let splitCodes = 0;
  const successor = (code: string, type: CommuneType, province: BenchLocality, population: number, maturity: number): BenchLocality => {
    const unit: BenchLocality = {
      id: nextId++, code, name: communeName(type, random), level: "COMMUNE", type, parentId: province.id, validFrom: REFORM_DATE,
      validTo: null, population, province: province.province, maturity: clamp(maturity + (random() - 0.5) * 0.06, 0.05, 1),
    };
    newCommunes.push(unit);
    return unit;
  };
  const change = (kind: BenchChange["kind"], decision: string, note: string): number => {
    changes.push({ id: changes.length + 1, kind, decision, note });
    return changes.length;
  };
  const link = (changeId: number, from: BenchLocality, to: BenchLocality, share: string, shareBasis: string | null) => {
    links.push({ id: links.length + 1, changeId, predecessorId: from.id, successorId: to.id, share, shareBasis });
  };

  for (const province of map.provinces) {
    const decision = decisionFor(province);
    const old = map.oldCommunes.filter((c) => c.province === province.province);
    let i = 0;
    for (; i + 3 <= old.length; i += 3) {
      const [a, b, c] = old.slice(i, i + 3) as [BenchLocality, BenchLocality, BenchLocality];
      const merged = successor(a.code, newType(a, b), province, a.population + b.population,
        (a.maturity * a.population + b.maturity * b.population) / (a.population + b.population));
      const mergeId = change("MERGE", decision,
        `Sáp nhập toàn bộ diện tích tự nhiên và quy mô dân số của ${inSentence(a.name)}, ${inSentence(b.name)} thành ${inSentence(merged.name)}; trụ sở đặt tại ${inSentence(a.name)}, đơn vị mới giữ mã ${a.code}.`);
      link(mergeId, a, merged, "1", null);
      link(mergeId, b, merged, "1", null);
      const major = Math.round(c.population * 0.6);
      const first = successor(c.code, newType(c), province, major, c.maturity);
      const second = successor(pad(40_001 + 3 * splitCodes++, 5), newType(c), province, c.population - major, c.maturity);
      const splitId = change("SPLIT", decision,
        `Chia ${inSentence(c.name)} theo dân số: 60% thành ${inSentence(first.name)} (giữ mã ${c.code}), 40% thành ${inSentence(second.name)} (mã mới ${second.code}).`);
      link(splitId, c, first, "0.6", SHARE_BASIS);
      link(splitId, c, second, "0.4", SHARE_BASIS);
    }
    for (; i < old.length; i++) {
      const unit = old[i];
      if (!unit) continue;
      const renamed = successor(unit.code, newType(unit), province, unit.population, unit.maturity);
      const renameId = change("RENAME", decision, `Đổi tên ${inSentence(unit.name)} thành ${inSentence(renamed.name)}; giữ nguyên mã ${unit.code}.`);
      link(renameId, unit, renamed, "1", null);
    }
    for (const district of map.districts.filter((d) => d.parentId === province.id)) {
      change("ABOLISH", ABOLISH_DECISION, `Kết thúc hoạt động của ${inSentence(district.name)}; các xã, phường mới trực thuộc ${inSentence(province.name)}.`);
    }
  }
  return { newCommunes, changes, links };
}
