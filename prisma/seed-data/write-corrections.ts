import type { Prisma } from "@/generated/prisma/client";
import type { SeedIds } from "./ids";
import { requireId } from "./ids";
import { PROVINCE_CODE } from "./localities";
import { ADMIN_EMAIL, COMMITTEE_EMAIL } from "./users";

type Tx = Prisma.TransactionClient;

/**
 * The history the public pages must show honestly: one change of method (a series break) and one approved
 * correction of a published value. Both leave the Q1 2024 review (7 / 9 / 6 / 2) untouched.
 */
export const METHOD_CHANGES = [
  {
    indicatorCode: "GOV-05",
    effectiveFrom: new Date("2025-01-01T00:00:00Z"),
    descriptionVi:
      "Từ quý I/2025, mẫu số là danh mục thủ tục hành chính đủ điều kiện cung cấp trực tuyến toàn trình do Chủ tịch UBND tỉnh công bố lại (1.480 thủ tục; năm 2024 là 1.500–1.520 thủ tục), nên tỷ lệ năm 2025 không so sánh trực tiếp được với năm 2024.",
    descriptionEn:
      "From Q1 2025 the denominator is the list of procedures eligible for end-to-end online service as re-issued by the provincial chair (1,480 procedures; 1,500–1,520 in 2024), so 2025 rates are not directly comparable with 2024.",
  },
];

export const SEEDED_CORRECTION = {
  indicatorCode: "SOC-05",
  periodKey: "2024-Q3",
  value: 40,
  numerator: 8,
  denominator: 20,
  approvedAt: new Date("2024-10-18T03:30:00Z"),
  reason:
    "Sở Y tế rà soát lại: một trung tâm y tế mới chạy thử bệnh án điện tử, chưa đáp ứng đủ tiêu chí theo quy định của Bộ Y tế, nên số cơ sở đạt giảm từ 9 xuống 8.",
};

export async function seedCorrections(tx: Tx, ids: SeedIds, log: (message: string) => void): Promise<void> {
  for (const change of METHOD_CHANGES) {
    const { indicatorCode, ...data } = change;
    const indicatorId = requireId(ids.indicatorIdByCode, indicatorCode, "indicator");
    await tx.indicatorMethodChange.upsert({
      where: { indicatorId_effectiveFrom: { indicatorId, effectiveFrom: data.effectiveFrom } },
      create: { indicatorId, ...data, createdAt: data.effectiveFrom },
      update: {},
    });
  }
  const c = SEEDED_CORRECTION;
  const actual = await tx.actual.findUnique({
    where: {
      indicatorId_localityId_periodId: {
        indicatorId: requireId(ids.indicatorIdByCode, c.indicatorCode, "indicator"),
        localityId: requireId(ids.localityIdByCode, PROVINCE_CODE, "locality"),
        periodId: requireId(ids.periodIdByKey, c.periodKey, "period"),
      },
    },
    select: { id: true, publishedRevision: true, version: true },
  });
  if (!actual) throw new Error(`Seed: no actual ${c.indicatorCode} ${c.periodKey} to correct`);
  if (actual.publishedRevision !== 1) return; // already corrected: the seed is idempotent
  await tx.actualRevision.create({
    data: {
      actualId: actual.id, revision: 2, value: c.value, numerator: c.numerator, denominator: c.denominator,
      approvedAt: c.approvedAt, approvedById: requireId(ids.userIdByEmail, COMMITTEE_EMAIL, "user"), reason: c.reason,
    },
  });
  await tx.actual.update({
    where: { id: actual.id },
    data: {
      value: c.value, numerator: c.numerator, denominator: c.denominator, publishedRevision: 2, version: actual.version + 1,
      updatedById: requireId(ids.userIdByEmail, ADMIN_EMAIL, "user"), updatedAt: c.approvedAt,
    },
  });
  log(`[seed] ${METHOD_CHANGES.length} method change(s), 1 approved correction`);
}
