import type { Prisma } from "@/generated/prisma/client";
import { quarterKey } from "../../lib/quarters";
import { AGENCIES } from "./agencies";
import { SEED_CREATED_AT, buildPeriodRows } from "./calendar";
import { idsBy, requireId } from "./ids";
import type { SeedIds } from "./ids";
import { ALL_INDICATORS, PILLARS } from "./indicators";
import { LOCALITY_VALID_FROM, buildLocalityRows } from "./localities";
import { buildTargetRows } from "./targets";
import { buildUserSeeds } from "./users";

type Tx = Prisma.TransactionClient;

/** Level by level, so each level's parent ids are known before it is written. */
async function seedLocalities(tx: Tx): Promise<Map<string, number>> {
  const rows = buildLocalityRows();
  const ids = new Map<string, number>();
  for (const level of ["PROVINCE", "DISTRICT", "COMMUNE"] as const) {
    const ofLevel = rows.filter((row) => row.level === level);
    await tx.locality.createMany({
      data: ofLevel.map((row) => ({
        code: row.code,
        name: row.name,
        level: row.level,
        type: row.type,
        parentId: row.parentCode === null ? null : requireId(ids, row.parentCode, "locality"),
        validFrom: LOCALITY_VALID_FROM,
        validTo: row.validTo,
        population: row.population,
        createdAt: SEED_CREATED_AT,
      })),
      skipDuplicates: true,
    });
    const saved = await tx.locality.findMany({
      where: { validFrom: LOCALITY_VALID_FROM, code: { in: ofLevel.map((row) => row.code) } },
      select: { id: true, code: true },
    });
    for (const locality of saved) ids.set(locality.code, locality.id);
  }
  return ids;
}

async function seedAgencies(tx: Tx): Promise<Map<string, number>> {
  await tx.agency.createMany({
    data: AGENCIES.map(({ code, name, shortName }) => ({ code, name, shortName, createdAt: SEED_CREATED_AT })),
    skipDuplicates: true,
  });
  const saved = await tx.agency.findMany({ where: { code: { in: AGENCIES.map((agency) => agency.code) } }, select: { id: true, code: true } });
  return idsBy(saved, (agency) => agency.code);
}

async function seedIndicators(tx: Tx, agencyIdByCode: Map<string, number>): Promise<Map<string, number>> {
  await tx.pillar.createMany({ data: PILLARS, skipDuplicates: true });
  const pillars = await tx.pillar.findMany({ where: { code: { in: PILLARS.map((pillar) => pillar.code) } }, select: { id: true, code: true } });
  const pillarIdByCode = idsBy(pillars, (pillar) => pillar.code);
  await tx.indicator.createMany({
    data: ALL_INDICATORS.map((indicator, index) => ({
      code: indicator.code,
      nameVi: indicator.nameVi,
      nameEn: indicator.nameEn,
      pillarId: requireId(pillarIdByCode, indicator.pillar, "pillar"),
      unit: indicator.unit,
      direction: indicator.direction ?? "HIGHER_IS_BETTER",
      kind: indicator.kind,
      frequency: indicator.frequency ?? "QUARTERLY",
      levels: indicator.levels,
      definition: indicator.definition,
      source: indicator.source,
      numeratorDefinition: indicator.numeratorDefinition ?? null,
      denominatorDefinition: indicator.denominatorDefinition ?? null,
      leadAgencyId: requireId(agencyIdByCode, indicator.lead, "agency"),
      sortOrder: (index + 1) * 10,
      createdAt: SEED_CREATED_AT,
    })),
    skipDuplicates: true,
  });
  const saved = await tx.indicator.findMany({
    where: { code: { in: ALL_INDICATORS.map((indicator) => indicator.code) } },
    select: { id: true, code: true },
  });
  return idsBy(saved, (indicator) => indicator.code);
}

async function seedTargets(tx: Tx, ids: Omit<SeedIds, "periodIdByKey" | "userIdByEmail">): Promise<number> {
  const rows = buildTargetRows();
  await tx.target.createMany({
    data: rows.map((row) => ({
      indicatorId: requireId(ids.indicatorIdByCode, row.indicatorCode, "indicator"),
      localityId: requireId(ids.localityIdByCode, row.localityCode, "locality"),
      year: row.year,
      value: row.value,
      comparator: row.comparator,
      baseline: row.baseline,
      deadline: row.deadline,
      leadAgencyId: row.leadAgencyCode === null ? null : requireId(ids.agencyIdByCode, row.leadAgencyCode, "agency"),
      note: row.note,
      createdAt: SEED_CREATED_AT,
    })),
    skipDuplicates: true,
  });
  return rows.length;
}

async function seedPeriods(tx: Tx): Promise<Map<string, number>> {
  const rows = buildPeriodRows();
  await tx.reportingPeriod.createMany({ data: rows, skipDuplicates: true });
  const saved = await tx.reportingPeriod.findMany({
    where: { OR: rows.map(({ year, quarter }) => ({ year, quarter })) },
    select: { id: true, year: true, quarter: true },
  });
  return new Map(saved.map((period) => [quarterKey({ year: period.year, quarter: period.quarter as 1 | 2 | 3 | 4 }), period.id]));
}

async function seedUsers(tx: Tx, passwordHash: string, ids: Pick<SeedIds, "agencyIdByCode" | "localityIdByCode">): Promise<Map<string, number>> {
  const users = buildUserSeeds();
  await tx.user.createMany({
    data: users.map((user) => ({
      email: user.email,
      name: user.name,
      passwordHash,
      role: user.role,
      agencyId: user.agencyCode === null ? null : requireId(ids.agencyIdByCode, user.agencyCode, "agency"),
      localityId: user.localityCode === null ? null : requireId(ids.localityIdByCode, user.localityCode, "locality"),
      createdAt: SEED_CREATED_AT,
    })),
    skipDuplicates: true,
  });
  const saved = await tx.user.findMany({ where: { email: { in: users.map((user) => user.email) } }, select: { id: true, email: true } });
  return idsBy(saved, (user) => user.email);
}

/** Localities, agencies, pillars, indicators, targets, reporting periods and users. */
export async function seedReferenceData(tx: Tx, passwordHash: string, log: (message: string) => void): Promise<SeedIds> {
  const localityIdByCode = await seedLocalities(tx);
  const agencyIdByCode = await seedAgencies(tx);
  const indicatorIdByCode = await seedIndicators(tx, agencyIdByCode);
  const targetCount = await seedTargets(tx, { localityIdByCode, agencyIdByCode, indicatorIdByCode });
  const periodIdByKey = await seedPeriods(tx);
  const userIdByEmail = await seedUsers(tx, passwordHash, { agencyIdByCode, localityIdByCode });
  log(
    `[seed] ${localityIdByCode.size} localities, ${agencyIdByCode.size} agencies, ${indicatorIdByCode.size} indicators, ` +
      `${targetCount} targets, ${periodIdByKey.size} periods, ${userIdByEmail.size} users`,
  );
  return { localityIdByCode, agencyIdByCode, indicatorIdByCode, periodIdByKey, userIdByEmail };
}
