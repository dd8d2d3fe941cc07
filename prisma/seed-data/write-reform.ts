import type { Prisma } from "@/generated/prisma/client";
import { idsBy, requireId } from "./ids";
import type { SeedIds } from "./ids";
import { COMMUNES, LOCALITY_VALID_FROM, PROVINCE_CODE } from "./localities";
import { NEW_UNITS, REFORM_DATE, REFORM_DECISION, REFORM_RECORDED_AT, buildReformChanges, checkReformMap, sharedSum } from "./reform";
import { buildNewUnitTargetRows, buildProvinceTargetRows2026 } from "./targets-2026";
import type { TargetRow } from "./targets";
import { ADMIN_EMAIL, buildReformUserSeeds } from "./users";
import { seedReformReporting } from "./write-reform-reporting";

type Tx = Prisma.TransactionClient;

/**
 * The new units' ids by code. A new unit shares its code with its seat's old commune, so these must never be
 * mixed with SeedIds.localityIdByCode, which names the units valid from 2020.
 */
export type NewUnitIds = Map<string, number>;

/** The old communes end; the new units begin under the province. Old rows only get their validTo. */
async function seedNewMap(tx: Tx, ids: SeedIds): Promise<NewUnitIds> {
  await tx.locality.updateMany({
    where: { level: "COMMUNE", validFrom: LOCALITY_VALID_FROM, validTo: null, code: { in: COMMUNES.map((commune) => commune.code) } },
    data: { validTo: REFORM_DATE },
  });
  const provinceId = requireId(ids.localityIdByCode, PROVINCE_CODE, "locality");
  await tx.locality.createMany({
    data: NEW_UNITS.map((unit) => ({
      code: unit.code,
      name: unit.name,
      level: "COMMUNE" as const,
      type: unit.type,
      parentId: provinceId,
      validFrom: REFORM_DATE,
      validTo: null,
      population: sharedSum(unit, (commune) => commune.population),
      createdAt: REFORM_RECORDED_AT,
    })),
    skipDuplicates: true,
  });
  const saved = await tx.locality.findMany({
    where: { validFrom: REFORM_DATE, code: { in: NEW_UNITS.map((unit) => unit.code) } },
    select: { id: true, code: true },
  });
  return idsBy(saved, (locality) => locality.code);
}

/** Changes have no unique key: within the reform's date and decision, the note names each one. */
async function seedChanges(tx: Tx, ids: SeedIds, newUnitIds: NewUnitIds): Promise<number> {
  const changes = buildReformChanges();
  const findSaved = async () =>
    idsBy(
      await tx.localityChange.findMany({ where: { effectiveDate: REFORM_DATE, decision: REFORM_DECISION }, select: { id: true, kind: true, note: true } }),
      (change) => `${change.kind}|${change.note ?? ""}`,
    );
  const existing = await findSaved();
  const createdById = requireId(ids.userIdByEmail, ADMIN_EMAIL, "user");
  await tx.localityChange.createMany({
    data: changes
      .filter((change) => !existing.has(`${change.kind}|${change.note}`))
      .map((change) => ({ kind: change.kind, effectiveDate: REFORM_DATE, decision: REFORM_DECISION, note: change.note, createdById, createdAt: REFORM_RECORDED_AT })),
  });
  const saved = await findSaved();
  const links = changes.flatMap((change) =>
    change.links.map((link) => ({
      changeId: requireId(saved, `${change.kind}|${change.note}`, "locality change"),
      predecessorId: requireId(ids.localityIdByCode, link.predecessorCode, "old locality"),
      successorId: requireId(newUnitIds, link.successorCode, "new locality"),
      share: link.share,
      shareBasis: link.shareBasis,
    })),
  );
  await tx.localityLink.createMany({ data: links, skipDuplicates: true });
  return changes.length;
}

async function seedNewUnitOfficers(tx: Tx, passwordHash: string, newUnitIds: NewUnitIds): Promise<Map<string, number>> {
  const users = buildReformUserSeeds();
  await tx.user.createMany({
    data: users.map((user) => ({
      email: user.email,
      name: user.name,
      passwordHash,
      role: user.role,
      localityId: requireId(newUnitIds, user.localityCode ?? "", "new locality"),
      createdAt: REFORM_RECORDED_AT,
    })),
    skipDuplicates: true,
  });
  const saved = await tx.user.findMany({ where: { email: { in: users.map((user) => user.email) } }, select: { id: true, email: true } });
  return idsBy(saved, (user) => user.email);
}

async function seedTargetRows(tx: Tx, rows: TargetRow[], localityIdByCode: Map<string, number>, ids: SeedIds): Promise<void> {
  await tx.target.createMany({
    data: rows.map((row) => ({
      indicatorId: requireId(ids.indicatorIdByCode, row.indicatorCode, "indicator"),
      localityId: requireId(localityIdByCode, row.localityCode, "locality"),
      year: row.year,
      value: row.value,
      comparator: row.comparator,
      baseline: row.baseline,
      deadline: row.deadline,
      leadAgencyId: row.leadAgencyCode === null ? null : requireId(ids.agencyIdByCode, row.leadAgencyCode, "agency"),
      note: row.note,
      createdAt: REFORM_RECORDED_AT,
    })),
    skipDuplicates: true,
  });
}

/**
 * The 1 July 2025 reform: the new map with its lineage, the new units' officers and targets, the province's
 * 2026 targets, and the reports of 2025-Q3 … 2026-Q3. Leaves everything up to 2025-Q2 as it was.
 */
export async function seedReform(tx: Tx, ids: SeedIds, passwordHash: string, log: (message: string) => void): Promise<void> {
  checkReformMap();
  const newUnitIds = await seedNewMap(tx, ids);
  const changeCount = await seedChanges(tx, ids, newUnitIds);
  const officerIds = await seedNewUnitOfficers(tx, passwordHash, newUnitIds);
  const provinceTargets = buildProvinceTargetRows2026();
  const unitTargets = buildNewUnitTargetRows();
  await seedTargetRows(tx, provinceTargets, ids.localityIdByCode, ids);
  await seedTargetRows(tx, unitTargets, newUnitIds, ids);
  log(
    `[seed] reform of ${REFORM_DATE.toISOString().slice(0, 10)}: ${newUnitIds.size} new units, ${changeCount} changes, ` +
      `${officerIds.size} new officers, ${provinceTargets.length + unitTargets.length} targets`,
  );
  await seedReformReporting(tx, { ...ids, userIdByEmail: new Map([...ids.userIdByEmail, ...officerIds]) }, newUnitIds, log);
}
