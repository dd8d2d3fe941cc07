import "server-only";
import type { Db } from "../../db";

// The administrative vocabulary the public pages share, as plain strings (no Prisma types in components).
export type PublicLevel = "PROVINCE" | "DISTRICT" | "COMMUNE";
export type PublicLocalityType =
  | "TINH" | "THANH_PHO_TRUC_THUOC_TW" | "HUYEN" | "THI_XA" | "THANH_PHO_THUOC_TINH" | "QUAN" | "XA" | "PHUONG" | "THI_TRAN" | "DAC_KHU";

/** The official code shapes: province 2 digits, district 3, commune 5 (checked before asking the cache). */
export function isLocalityCode(code: string): boolean {
  return /^(?:\d{2}|\d{3}|\d{5})$/.test(code);
}

/** Valid on `today` (validTo is exclusive). */
export function isCurrent(l: { validFrom: Date; validTo: Date | null }, today: Date): boolean {
  return l.validFrom <= today && (l.validTo === null || l.validTo > today);
}

/**
 * The unit a code names. Codes are reused by successor units (unique only with validFrom), so the one valid
 * today wins, else the most recently created.
 */
export async function findLocalityByCode(db: Db, code: string, today: Date) {
  const candidates = await db.locality.findMany({
    where: { code },
    orderBy: { validFrom: "desc" },
    select: {
      id: true, code: true, name: true, level: true, type: true, population: true, validFrom: true, validTo: true,
      parent: { select: { code: true, name: true, level: true } },
    },
  });
  return candidates.find((l) => isCurrent(l, today)) ?? candidates[0] ?? null;
}
