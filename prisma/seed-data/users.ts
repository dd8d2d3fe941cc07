import { AGENCIES } from "./agencies";
import type { AgencySeed } from "./agencies";
import { COMMUNES, DISTRICTS } from "./localities";
import type { CommuneSeed, DistrictSeed } from "./localities";
import { NEW_UNITS } from "./reform";
import type { NewUnitSeed } from "./reform";

/** A reserved-looking subdomain no real mailbox uses: demo accounts must never receive mail. */
export const DEMO_EMAIL_DOMAIN = "demo.cds.vn";

export const ADMIN_EMAIL = `admin@${DEMO_EMAIL_DOMAIN}`;
export const COMMITTEE_EMAIL = `bcd@${DEMO_EMAIL_DOMAIN}`;

export interface UserSeed {
  email: string;
  name: string;
  role: "ADMIN" | "COMMITTEE" | "OFFICER";
  agencyCode: string | null;
  localityCode: string | null;
}

export function agencyOfficerEmail(agency: AgencySeed): string {
  return `${agency.mailbox}@${DEMO_EMAIL_DOMAIN}`;
}

export function districtOfficerEmail(district: DistrictSeed): string {
  return `huyen.${district.slug}@${DEMO_EMAIL_DOMAIN}`;
}

export function communeOfficerEmail(commune: CommuneSeed): string {
  return `xa.${commune.slug}@${DEMO_EMAIL_DOMAIN}`;
}

const DISTRICT_OFFICER_NAMES: Record<string, string> = {
  "990": "Ngô Thanh Tùng",
  "991": "Phan Thị Hồng Nhung",
  "992": "Lý Văn Bình",
  "993": "Cao Thị Thanh Huyền",
  "994": "Hà Văn Sơn",
};

/** In COMMUNES order. */
const COMMUNE_OFFICER_NAMES = [
  "Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Minh Châu", "Phạm Quang Dũng", "Hoàng Thị Giang",
  "Vũ Thị Thu Hà", "Đặng Văn Hải", "Bùi Thị Hạnh", "Đỗ Minh Hiếu", "Hồ Thị Hoa",
  "Ngô Quốc Khánh", "Dương Thị Mỹ Linh", "Nguyễn Thành Long", "Trần Thị Mai", "Lê Hoài Nam",
  "Phạm Thị Nga", "Hoàng Văn Phúc", "Vũ Đình Quân", "Đặng Thị Quyên", "Bùi Văn Sáng",
  "Đỗ Thị Minh Tâm", "Hồ Thị Phương Thảo", "Ngô Thu Trang", "Dương Văn Trung", "Lò Thị Vân",
];

/** One admin, one steering-committee member, and one officer per agency, district and commune. */
export function buildUserSeeds(): UserSeed[] {
  return [
    { email: ADMIN_EMAIL, name: "Quản trị hệ thống", role: "ADMIN", agencyCode: null, localityCode: null },
    { email: COMMITTEE_EMAIL, name: "Trần Quốc Bảo", role: "COMMITTEE", agencyCode: null, localityCode: null },
    ...AGENCIES.map((agency): UserSeed => ({
      email: agencyOfficerEmail(agency),
      name: agency.officerName,
      role: "OFFICER",
      agencyCode: agency.code,
      localityCode: null,
    })),
    ...DISTRICTS.map((district): UserSeed => ({
      email: districtOfficerEmail(district),
      name: DISTRICT_OFFICER_NAMES[district.code] ?? `Cán bộ ${district.name}`,
      role: "OFFICER",
      agencyCode: null,
      localityCode: district.code,
    })),
    ...COMMUNES.map((commune, index): UserSeed => ({
      email: communeOfficerEmail(commune),
      name: COMMUNE_OFFICER_NAMES[index] ?? `Cán bộ ${commune.name}`,
      role: "OFFICER",
      agencyCode: null,
      localityCode: commune.code,
    })),
  ];
}

/** Officers of the units created on 1 July 2025: phuong.<slug>@… for a ward, xa.<slug>@… for a commune. */
export function newUnitOfficerEmail(unit: NewUnitSeed): string {
  return `${unit.type === "PHUONG" ? "phuong" : "xa"}.${unit.slug}@${DEMO_EMAIL_DOMAIN}`;
}

/**
 * One officer per new unit. `localityCode` names the NEW unit (valid from 1 July 2025), which shares its code
 * with its seat's old commune; the old units' officers keep their old units and so their history.
 */
export function buildReformUserSeeds(): UserSeed[] {
  const taken = new Set(buildUserSeeds().map((user) => user.email));
  return NEW_UNITS.map((unit): UserSeed => {
    const email = newUnitOfficerEmail(unit);
    if (taken.has(email)) throw new Error(`Seed: ${email} is already an officer of an old unit`);
    taken.add(email);
    return { email, name: unit.officerName, role: "OFFICER", agencyCode: null, localityCode: unit.code };
  });
}
