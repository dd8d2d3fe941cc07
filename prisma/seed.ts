// Demo data for the CĐS Scoreboard: a fictional province, its agencies, districts and communes,
// indicators with 2024–2025 targets, six quarters of reports (2024-Q1 … 2025-Q2), the digital-transformation
// plan with its tasks, two committee meetings and quarterly task progress reports.
// Then the 1 July 2025 reform: the districts end, the 25 communes become 10 new xã and phường under the
// province (merges, one split by population, lineage links with shares), with their officers, 2025–2026
// targets and five more quarters of reports (2025-Q3 … 2026-Q3; 2026-Q3 in progress on 15 September 2026,
// the dev server's today). Tests pin 16 June 2025 and rely on everything up to 2025-Q2 staying as it was.
// Deterministic and idempotent: rows are inserted by natural key and existing ones are left alone.
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/generated/prisma/client";
import { AGENCIES, DEMO_AGENCY_CODE } from "./seed-data/agencies";
import { COMMUNES, DEMO_COMMUNE_CODE, DISTRICTS, TOWN_DISTRICT_CODE } from "./seed-data/localities";
import { DEMO_NEW_UNIT_CODE, NEW_UNITS } from "./seed-data/reform";
import {
  ADMIN_EMAIL,
  COMMITTEE_EMAIL,
  agencyOfficerEmail,
  buildReformUserSeeds,
  buildUserSeeds,
  communeOfficerEmail,
  districtOfficerEmail,
  newUnitOfficerEmail,
} from "./seed-data/users";
import { seedReferenceData } from "./seed-data/write-reference";
import { seedCatalogue } from "./seed-data/write-catalogue";
import { seedCorrections } from "./seed-data/write-corrections";
import { seedReform } from "./seed-data/write-reform";
import { seedReporting } from "./seed-data/write-reporting";
import { seedTasks } from "./seed-data/write-tasks";

export { DEMO_LABEL, PROVINCE_CODE, PROVINCE_NAME } from "./seed-data/localities";

/** The one password of every demo account. */
export const DEMO_PASSWORD = "MinhSon@2025";

// A fixed salt keeps the seeded hash identical on every run; acceptable only because the
// password itself is published. Real accounts get a random salt from the auth code.
const DEMO_PASSWORD_SALT = new TextEncoder().encode("cds-demo-seed-01");

export interface DemoAccount {
  email: string;
  role: "ADMIN" | "COMMITTEE" | "OFFICER";
  name: string;
  description: string;
}

function demoAccount(email: string | undefined, description: string): DemoAccount {
  const user = [...buildUserSeeds(), ...buildReformUserSeeds()].find((candidate) => candidate.email === email);
  if (!user) throw new Error(`Demo account ${email} is not seeded`);
  return { email: user.email, role: user.role, name: user.name, description };
}

function findEmail<T extends { code: string }>(units: T[], code: string, emailOf: (unit: T) => string): string | undefined {
  const unit = units.find((candidate) => candidate.code === code);
  return unit && emailOf(unit);
}

/** The accounts the README and the end-to-end tests sign in with. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  demoAccount(
    ADMIN_EMAIL,
    "Quản trị viên: quản lý người dùng, danh mục chỉ tiêu và kỳ báo cáo; được sửa số liệu của kỳ đã khoá.",
  ),
  demoAccount(
    COMMITTEE_EMAIL,
    "Thành viên Ban Chỉ đạo chuyển đổi số tỉnh: xem toàn bộ số liệu, duyệt hoặc trả lại báo cáo của các sở, ngành và địa phương.",
  ),
  demoAccount(
    findEmail(AGENCIES, DEMO_AGENCY_CODE, agencyOfficerEmail),
    "Cán bộ Sở Thông tin và Truyền thông: báo cáo 5 chỉ tiêu cấp tỉnh do Sở chủ trì; báo cáo quý II/2025 là bản nháp đã điền đủ số liệu, chưa gửi.",
  ),
  demoAccount(
    findEmail(DISTRICTS, TOWN_DISTRICT_CODE, districtOfficerEmail),
    "Cán bộ UBND thị xã Sơn Yên: báo cáo 5 chỉ tiêu cấp huyện; báo cáo quý II/2025 đã gửi, đang chờ Ban Chỉ đạo duyệt.",
  ),
  demoAccount(
    findEmail(COMMUNES, DEMO_COMMUNE_CODE, communeOfficerEmail),
    "Cán bộ UBND xã Tân Hoà (thị xã Sơn Yên): báo cáo 5 chỉ tiêu cấp xã; báo cáo quý II/2025 là bản nháp, còn thiếu số lượt người dân được hướng dẫn sử dụng nền tảng số.",
  ),
  demoAccount(
    findEmail(NEW_UNITS, DEMO_NEW_UNIT_CODE, newUnitOfficerEmail),
    "Cán bộ UBND phường Tân Phúc (thành lập ngày 1/7/2025 từ xã Tân Hoà, xã Phúc Lâm và một phần xã Minh Đức, trực thuộc tỉnh): báo cáo 5 chỉ tiêu cấp xã; báo cáo quý III/2026 là bản nháp, còn thiếu số lượt người dân được hướng dẫn sử dụng nền tảng số.",
  ),
];

export async function seedDatabase(prisma: PrismaClient, options: { log?: (message: string) => void } = {}): Promise<void> {
  const log = options.log ?? (() => undefined);
  // Hashed once, outside the transaction: argon2 is deliberately slow.
  const passwordHash = await hash(DEMO_PASSWORD, { salt: DEMO_PASSWORD_SALT });
  await prisma.$transaction(
    async (tx) => {
      const ids = await seedReferenceData(tx, passwordHash, log);
      await seedCatalogue(tx, ids, log);
      await seedReporting(tx, ids, log);
      await seedCorrections(tx, ids, log);
      await seedTasks(tx, ids, log);
      await seedReform(tx, ids, passwordHash, log);
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  // The ranking and heat map read the score summary, which approvals keep current; the seed writes values directly.
  const { rebuildAllScores } = await import("@/lib/server/services/score-summary");
  await rebuildAllScores(prisma);
}
