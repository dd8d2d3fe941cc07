import type { PrismaClient } from "../../lib/server/prisma-client";
import { issueToken, registerSourceSystem } from "../../lib/server/services/source-systems";
import { viewerFor } from "../integration/support";

// Real rows of the seeded database that the hostile forms start from, so that a payload with one bad field
// reaches as deep as that field lets it (the other fields name things that exist and may be changed).
// Looked up at run time: other test files may have moved the seed along before these run.

export const APP_TODAY = "2026-09-15";
const NOW = new Date(`${APP_TODAY}T05:00:00Z`);
const MISSING = 2_147_483_647;

const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

export async function loadHostileContext(db: PrismaClient) {
  const user = (email: string) => db.user.findUniqueOrThrow({ where: { email } });
  const [admin, committee, officer, agencyOfficer] = await Promise.all([
    user("admin@demo.cds.vn"), user("bcd@demo.cds.vn"), user("phuong.tan-phuc@demo.cds.vn"), user("sotttt@demo.cds.vn"),
  ]);
  const period = await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2026, quarter: 3 } } });
  const officerSubmission = await db.submission.findFirst({ where: { periodId: period.id, localityId: officer.localityId } });
  const officerActual = officerSubmission
    ? await db.actual.findFirst({ where: { submissionId: officerSubmission.id, value: { not: null } }, orderBy: { id: "asc" } })
    : null;
  const submitted = await db.submission.findFirst({ where: { status: "SUBMITTED" }, orderBy: { id: "asc" } });
  const approvedActual = await db.actual.findFirst({ where: { submission: { status: "APPROVED" }, value: { not: null } }, include: { submission: true }, orderBy: { id: "asc" } });
  const agency = await db.agency.findFirstOrThrow({ where: { active: true }, orderBy: { id: "asc" } });
  const indicator = await db.indicator.findFirstOrThrow({ where: { active: true }, orderBy: { id: "asc" } });
  const commune = await db.locality.findFirstOrThrow({ where: { level: "COMMUNE", validTo: null, validFrom: { lte: NOW } }, orderBy: { id: "asc" } });
  const province = await db.locality.findFirstOrThrow({ where: { level: "PROVINCE" } });
  const target = (await db.target.findFirst({ where: { localityId: province.id, indicator: { levels: { hasSome: ["COMMUNE", "DISTRICT"] } } }, include: { indicator: true }, orderBy: [{ year: "desc" }, { id: "asc" }] }))
    ?? (await db.target.findFirstOrThrow({ where: { localityId: province.id }, include: { indicator: true }, orderBy: [{ year: "desc" }, { id: "asc" }] }));
  const deviation = await db.methodDeviation.findFirst({ orderBy: { id: "asc" } });
  const conclusion = await db.conclusion.findFirst({ orderBy: { id: "asc" } });
  const pilot = await db.task.findFirst({ where: { kind: "PILOT_MODEL" }, orderBy: { id: "asc" } });
  const submittedReport = await db.taskReport.findFirst({ where: { status: "SUBMITTED" }, orderBy: { id: "asc" } });
  const agencyTask = await db.task.findFirst({ where: { leadAgencyId: agencyOfficer.agencyId ?? MISSING }, orderBy: { id: "asc" } });
  const agencyReport = agencyTask ? await db.taskReport.findUnique({ where: { taskId_periodId: { taskId: agencyTask.id, periodId: period.id } } }) : null;
  const ownReport = await db.taskReport.findFirst({ where: { status: { in: ["DRAFT", "RETURNED"] }, task: { leadAgencyId: agencyOfficer.agencyId ?? MISSING } }, orderBy: { id: "asc" } });
  const sourceSystem = await db.sourceSystem.findFirst({ where: { active: true }, orderBy: { id: "desc" } });
  const apiToken = await db.apiToken.findFirst({ where: { sourceSystemId: sourceSystem?.id ?? MISSING, revokedAt: null }, orderBy: { id: "desc" } });
  const measured = await db.measuredValue.findFirst({ orderBy: { id: "asc" } });
  const evidence = await db.evidenceFile.findFirst({ where: { actual: { submissionId: officerSubmission?.id ?? MISSING } } });

  return {
    today: APP_TODAY,
    users: { admin: admin.id, committee: committee.id, officer: officer.id, agencyOfficer: agencyOfficer.id },
    officerLocalityId: officer.localityId ?? MISSING,
    period: { id: period.id, deadline: dateOnly(period.deadline) },
    officerSubmission: { id: officerSubmission?.id ?? MISSING, version: officerSubmission?.version ?? 1 },
    officerActual: officerActual
      ? {
        id: officerActual.id, indicatorId: officerActual.indicatorId, version: officerActual.version, value: String(officerActual.value),
        note: officerActual.note ?? "", evidenceUrl: officerActual.evidenceUrl ?? "",
      }
      : { id: MISSING, indicatorId: indicator.id, version: 1, value: "1", note: "", evidenceUrl: "" },
    submitted: { id: submitted?.id ?? MISSING, version: submitted?.version ?? 1 },
    approved: approvedActual
      ? { periodId: approvedActual.periodId, localityId: approvedActual.localityId, indicatorId: approvedActual.indicatorId, version: approvedActual.version }
      : { periodId: period.id, localityId: commune.id, indicatorId: indicator.id, version: 1 },
    agencyId: agency.id,
    indicatorId: indicator.id,
    communeId: commune.id,
    provinceId: province.id,
    targetId: target.id,
    cascadeLevel: target.indicator.levels.includes("COMMUNE") ? "COMMUNE" : "DISTRICT",
    target: { indicatorId: target.indicatorId, localityId: target.localityId, year: target.year, value: String(target.value) },
    deviationId: deviation?.id ?? MISSING,
    conclusionId: conclusion?.id ?? MISSING,
    pilotTaskId: pilot?.id ?? MISSING,
    submittedReport: { id: submittedReport?.id ?? MISSING, version: submittedReport?.version ?? 1 },
    agencyTask: { id: agencyTask?.id ?? MISSING, version: agencyReport?.version ?? 0 },
    ownReport: { id: ownReport?.id ?? MISSING, version: ownReport?.version ?? 1 },
    sourceSystemId: sourceSystem?.id ?? MISSING,
    apiTokenId: apiToken?.id ?? MISSING,
    measuredValueId: measured?.id ?? MISSING,
    evidenceId: evidence?.id ?? MISSING,
    officerUserId: officer.id,
  };
}

/**
 * A source system of the run's own with one token, issued through the admin services (the seed has none), so
 * the token actions and the ingest route have something real to act on. `remove` deletes what ingestion wrote
 * under it; audit rows stay, the log being append-only.
 */
export async function createSourceSystem(db: PrismaClient, label: string) {
  const admin = await viewerFor(db, "admin@demo.cds.vn");
  const indicators = await db.indicator.findMany({ where: { active: true, levels: { has: "COMMUNE" } }, select: { id: true, code: true }, orderBy: { id: "asc" }, take: 2 });
  const communes = await db.locality.findMany({ where: { level: "COMMUNE", validTo: null, validFrom: { lte: NOW } }, select: { id: true, code: true }, orderBy: { id: "asc" }, take: 2 });
  const scope = { indicatorIds: indicators.map((i) => i.id), localityIds: communes.map((l) => l.id) };
  const { sourceSystemId } = await registerSourceSystem(admin, { name: `Hệ thống kiểm thử ${label}`, owner: "Sở TT&TT", contact: "it@example.vn" }, db, NOW);
  const issued = await issueToken(admin, { sourceSystemId, ...scope }, db, NOW);
  return {
    sourceSystemId, tokenId: issued.tokenId, token: issued.token, indicators, communes,
    async remove() {
      const cells = await db.measurement.findMany({ where: { sourceSystemId }, select: { indicatorId: true, localityId: true, periodId: true } });
      await db.measuredValue.deleteMany({ where: { OR: [{ sourceSystemId }, ...cells] } });
      await db.measurement.deleteMany({ where: { sourceSystemId } });
      await db.ingestBatch.deleteMany({ where: { token: { sourceSystemId } } });
      await db.apiToken.deleteMany({ where: { sourceSystemId } });
      await db.sourceSystem.deleteMany({ where: { id: sourceSystemId } });
    },
  };
}

export type HostileContext = Awaited<ReturnType<typeof loadHostileContext>>;
