// Accounts: one admin, one steering-committee member, one officer per agency and one per commune. Officers of
// pre-reform communes exist but are inactive (their units ended on 1 July 2025): they are who submitted the
// history. Everyone shares one password hash, computed once.
import type { BenchMap } from "./generate-localities";
import { pick, sequence } from "./generate-shape";

export const BENCH_PASSWORD = "MinhSon@2025";
/** A fixed salt keeps the generated rows identical from run to run; fine for a bench-only password, never for real ones. */
export const BENCH_PASSWORD_SALT = new TextEncoder().encode("cds-bench-salt-1");
export const BENCH_EMAIL_DOMAIN = "bench.cds.vn";
export const ADMIN_ID = 1;
export const COMMITTEE_ID = 2;

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trịnh", "Đinh"];
const MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Quang", "Thu", "Đức", "Hồng", "Ngọc", "Xuân"];
const GIVEN = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Trung", "Tuấn", "Vân", "Yến"];

export interface BenchUser {
  id: number;
  email: string;
  name: string;
  role: "ADMIN" | "COMMITTEE" | "OFFICER";
  active: boolean;
  localityId: number | null;
  agencyId: number | null;
}

export interface BenchUsers {
  users: BenchUser[];
  /** Officer id by reporting locality id. */
  officerOfLocality: Map<number, number>;
  /** Officer id of agency index i (agency id i + 1). */
  officerOfAgency: number[];
}

export function buildUsers(map: BenchMap, agencyCodes: string[]): BenchUsers {
  const random = sequence(0x05e40000 + map.newCommunes.length);
  const person = () => `${pick(FAMILY, random())} ${pick(MIDDLE, random())} ${pick(GIVEN, random())}`;
  const users: BenchUser[] = [
    { id: ADMIN_ID, email: `admin@${BENCH_EMAIL_DOMAIN}`, name: "Quản trị hệ thống", role: "ADMIN", active: true, localityId: null, agencyId: null },
    { id: COMMITTEE_ID, email: `bcd@${BENCH_EMAIL_DOMAIN}`, name: person(), role: "COMMITTEE", active: true, localityId: null, agencyId: null },
  ];
  const officerOfAgency = agencyCodes.map((code, index) => {
    const id = users.length + 1;
    users.push({ id, email: `officer.${code.toLowerCase()}@${BENCH_EMAIL_DOMAIN}`, name: person(), role: "OFFICER", active: true, localityId: null, agencyId: index + 1 });
    return id;
  });
  const officerOfLocality = new Map<number, number>();
  for (const commune of map.newCommunes) {
    const id = users.length + 1;
    users.push({ id, email: `officer.${commune.code}@${BENCH_EMAIL_DOMAIN}`, name: person(), role: "OFFICER", active: true, localityId: commune.id, agencyId: null });
    officerOfLocality.set(commune.id, id);
  }
  // A code can pass to a successor unit, so the old officers' addresses also carry the year their unit began.
  for (const commune of map.oldCommunes) {
    const id = users.length + 1;
    users.push({ id, email: `officer.${commune.code}.2020@${BENCH_EMAIL_DOMAIN}`, name: person(), role: "OFFICER", active: false, localityId: commune.id, agencyId: null });
    officerOfLocality.set(commune.id, id);
  }
  return { users, officerOfLocality, officerOfAgency };
}
