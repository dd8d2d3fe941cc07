import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../../../lib/server/prisma-client";
import { getEntryWorkspace } from "../../../lib/server/queries/entry";
import { previewCatalogueImport } from "../../../lib/server/services/catalogue";
import { uploadEvidence } from "../../../lib/server/services/evidence";
import { ingestMeasurements } from "../../../lib/server/services/ingest";
import { saveActuals } from "../../../lib/server/services/reporting";
import { issueToken, registerSourceSystem, revokeToken } from "../../../lib/server/services/source-systems";
import { saveTaskReport } from "../../../lib/server/services/task-reports";
import { saveTarget } from "../../../lib/server/services/targets";
import { inviteUser, setUserActive } from "../../../lib/server/services/users";
import type { Viewer } from "../../../lib/server/viewer";
import { viewerFor } from "../support";
import type { SessionCallerName } from "./types";

// The targets the rows act on: seeded rows looked up by their codes, and a few made here through the real services
// (as the admin or officer who would make them). Built once in the base database, so every copy holds them.

export const TODAY = "2026-09-15";
export const NOW = new Date(`${TODAY}T05:00:00Z`);

/** The seeded officers behind the caller names; the two deactivated accounts are made by the admin service. */
export const CALLER_EMAILS: Record<Exclude<SessionCallerName, "anonymous" | "deactivatedOfficer" | "deactivatedAdmin">, string> = {
  localOfficer: "phuong.tan-phuc@demo.cds.vn", // Phường Tân Phúc, a ward of the new map (draft for 2026-Q3)
  otherOfficer: "xa.dong-thanh@demo.cds.vn", // Xã Đông Thành, another unit of the new map
  agencyOfficer: "sotttt@demo.cds.vn", // Sở TT&TT, a provincial agency
  abolishedOfficer: "xa.tan-hoa@demo.cds.vn", // Xã Tân Hoà, abolished on 2025-07-01
  committee: "bcd@demo.cds.vn",
  admin: "admin@demo.cds.vn",
};

/** A 1×1 PNG: a real image, as the evidence upload detects types from the bytes. */
export const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"));
const CATALOGUE_FILE = path.join(import.meta.dirname, "../../../prisma/catalogue/chi-tieu-quoc-gia.json");

/** The shipped national catalogue plus one entry the province does not track yet: importing it creates an indicator. */
function catalogueWithNewEntry(): Uint8Array {
  const shipped = JSON.parse(readFileSync(CATALOGUE_FILE, "utf8")) as { entries: unknown[] };
  const entry = {
    code: "QG-AUTHZ-01", localCode: "AUTHZ-01", nameVi: "Tỷ lệ hồ sơ kiểm thử phân quyền", nameEn: "Share of authorisation test records",
    pillar: "GOV", unit: "PERCENT", direction: "HIGHER_IS_BETTER", kind: "RATE", formula: "Số hồ sơ đạt trên tổng số hồ sơ, nhân 100.",
    numerator: null, denominator: null, source: "Sở TT&TT", levels: ["PROVINCE"],
  };
  return new TextEncoder().encode(JSON.stringify({ ...shipped, entries: [...shipped.entries, entry] }));
}

const one = async <T>(what: string, find: Promise<T | null>): Promise<T> => {
  const found = await find;
  if (found === null) throw new Error(`authz fixtures: seed has no ${what}`);
  return found;
};

async function cellOf(db: PrismaClient, viewer: Viewer, periodKey: string, code: string) {
  const ws = await getEntryWorkspace(viewer, periodKey, db, NOW);
  const row = ws.rows.find((r) => r.code === code);
  if (!ws.period || !ws.submission || !row) throw new Error(`authz fixtures: ${viewer.email} has no ${code} in ${periodKey}`);
  return { periodId: ws.period.id, submission: { id: ws.submission.id, version: ws.submission.version }, indicatorId: row.indicatorId, version: row.version, actualId: row.actualId };
}

export async function buildFixtures(db: PrismaClient) {
  const v = Object.fromEntries(await Promise.all(Object.entries(CALLER_EMAILS).map(async ([name, email]) => [name, await viewerFor(db, email)]))) as Record<keyof typeof CALLER_EMAILS, Viewer>;
  const { admin, localOfficer, agencyOfficer } = v;
  const current = await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2026, quarter: 3 } } });
  const province = await db.locality.findFirstOrThrow({ where: { level: "PROVINCE" } });
  const xa01 = await db.indicator.findUniqueOrThrow({ where: { code: "XA-01" } });
  const localId = localOfficer.localityId ?? 0;

  // Accounts locked by the admin: an officer of the locality and an administrator, each first invited.
  const invite = (email: string, role: "OFFICER" | "ADMIN" | "COMMITTEE", unit: { localityId?: number; agencyId?: number } = {}) =>
    inviteUser(admin, { email, name: "Tài khoản kiểm thử phân quyền", role, localityId: unit.localityId ?? "", agencyId: unit.agencyId ?? "" }, db, NOW);
  const lockedOfficer = await invite("authz.khoa.canbo@demo.cds.vn", "OFFICER", { localityId: localId });
  const lockedAdmin = await invite("authz.khoa.quantri@demo.cds.vn", "ADMIN");
  for (const { userId } of [lockedOfficer, lockedAdmin]) await setUserActive(admin, { userId, active: "false" }, db, NOW);
  const pending = await invite("authz.moi@demo.cds.vn", "OFFICER", { agencyId: agencyOfficer.agencyId ?? 0 });
  const tokenOf = (link: { path: string }) => link.path.split("/").pop() ?? "";

  // Phường Tân Phúc's 2026-Q3 draft, filled in so that it can be sent; two evidence files on one of its values.
  const ws = await getEntryWorkspace(localOfficer, "2026-Q3", db, NOW);
  const empty = ws.rows.filter((r) => r.value === null).map((r) => ({ indicatorId: String(r.indicatorId), version: String(r.version), value: "50" }));
  if (empty.length > 0) await saveActuals(localOfficer, { periodId: current.id, reporter: { localityId: localId, agencyId: null }, items: empty }, db, NOW);
  const own = await cellOf(db, localOfficer, "2026-Q3", "XA-01");
  const upload = (name: string) => uploadEvidence(localOfficer, { actualId: own.actualId, fileName: name, bytes: PNG }, db, NOW);
  const [evidenceToDownload, evidenceToRemove] = [await upload("bien-ban.png"), await upload("anh-chup.png")];

  const submitted = await db.submission.findMany({ where: { periodId: current.id, status: "SUBMITTED", localityId: { not: null } }, orderBy: { id: "asc" }, take: 2 });
  const approvedActual = await one("approved 2026-Q3 value", db.actual.findFirst({ where: { periodId: current.id, submission: { status: "APPROVED", localityId: { not: null } }, value: { not: null } }, orderBy: { id: "asc" } }));

  // A source system with a token in force and a revoked one; a measured figure waiting for approval.
  const { sourceSystemId } = await registerSourceSystem(admin, { name: "Cổng dịch vụ công (kiểm thử phân quyền)", owner: "Sở TT&TT", contact: "authz@example.vn" }, db, NOW);
  const scope = { sourceSystemId, indicatorIds: [xa01.id], localityIds: [localId] };
  const valid = await issueToken(admin, scope, db, NOW);
  const revoked = await issueToken(admin, scope, db, NOW);
  await revokeToken(admin, { tokenId: revoked.tokenId }, db, NOW);
  const ingested = await ingestMeasurements({ token: valid.token }, "authz-fixture-1", { measurements: [{ indicator: "XA-01", locality: "99028", date: "2026-08-01", value: 50, numerator: 5, denominator: 10 }] }, db, NOW);
  if (ingested.status !== 201) throw new Error(`authz fixtures: ingest answered ${ingested.status}`);
  const measured = await db.measuredValue.findFirstOrThrow({ where: { sourceSystemId, status: "PENDING" } });

  // The agency's own tasks: a draft progress report to send, and a task with no report yet this quarter.
  const agencyTasks = await db.task.findMany({ where: { leadAgencyId: agencyOfficer.agencyId ?? 0, status: "IN_PROGRESS" }, orderBy: { id: "asc" }, take: 2 });
  const [draftTask, freshTask] = agencyTasks;
  if (!draftTask || !freshTask) throw new Error("authz fixtures: seed has too few tasks led by Sở TT&TT");
  const draftReport = await saveTaskReport(agencyOfficer, { taskId: draftTask.id, periodId: current.id, version: 0, reportedStatus: "IN_PROGRESS", progressPercent: 40, note: "Đã triển khai tại 3 đơn vị thí điểm." }, db, NOW);
  const otherAgencyTask = await one("task of another agency", db.task.findFirst({ where: { leadAgencyId: { not: agencyOfficer.agencyId ?? 0 }, status: "IN_PROGRESS" }, orderBy: { id: "asc" } }));
  const submittedReports = await db.taskReport.findMany({ where: { status: "SUBMITTED" }, orderBy: { id: "asc" }, take: 2 });

  const provinceTarget = await saveTarget(admin, { indicatorId: xa01.id, localityId: province.id, year: 2026, value: "90", comparator: "GTE" }, db, NOW);
  const catalogueBytes = catalogueWithNewEntry();
  const { fileHash: catalogueHash } = await previewCatalogueImport(admin, { fileName: "chi-tieu-quoc-gia.json", bytes: catalogueBytes }, db);
  const gov01 = await db.indicator.findUniqueOrThrow({ where: { code: "GOV-01" } });
  const other = await db.locality.findUniqueOrThrow({ where: { id: v.otherOfficer.localityId ?? 0 } });

  return {
    users: {
      anonymous: null, deactivatedOfficer: lockedOfficer.userId, deactivatedAdmin: lockedAdmin.userId,
      ...Object.fromEntries(Object.entries(v).map(([name, viewer]) => [name, viewer.userId])),
    } as Record<SessionCallerName, number | null>,
    tokens: { valid: valid.token, revoked: revoked.token },
    period: { id: current.id, key: "2026-Q3" },
    localities: { local: localId, other: other.id, abolished: v.abolishedOfficer.localityId ?? 0, province: province.id },
    own,
    agencyDraft: await cellOf(db, agencyOfficer, "2025-Q2", "GOV-02"),
    abolishedHistory: await cellOf(db, v.abolishedOfficer, "2025-Q2", "XA-01"),
    xa01: xa01.id,
    submitted: submitted.map((s) => ({ id: s.id, version: s.version })),
    approvedValue: { periodId: approvedActual.periodId, localityId: approvedActual.localityId, indicatorId: approvedActual.indicatorId, version: approvedActual.version },
    evidence: { download: evidenceToDownload.id, remove: evidenceToRemove.id },
    source: { id: sourceSystemId, validTokenId: valid.tokenId },
    measuredValueId: measured.id,
    tasks: {
      draftReport: await db.taskReport.findUniqueOrThrow({ where: { id: draftReport.reportId }, select: { id: true, version: true } }), freshTaskId: freshTask.id, otherAgencyTaskId: otherAgencyTask.id,
      submittedReports: submittedReports.map((r) => ({ id: r.id, version: r.version })),
      pilotId: (await one("pilot model without a verdict", db.task.findFirst({ where: { kind: "PILOT_MODEL", evaluationVerdict: null } }))).id,
      conclusionId: (await one("meeting conclusion", db.conclusion.findFirst({ orderBy: { id: "asc" } }))).id,
    },
    provinceTargetId: provinceTarget.targetId,
    catalogue: { bytes: catalogueBytes, hash: catalogueHash },
    deviationId: (await one("method deviation", db.methodDeviation.findFirst({ orderBy: { id: "asc" } }))).id,
    gov01,
    agencies: { rename: agencyOfficer.agencyId ?? 0, deactivate: (await db.agency.findUniqueOrThrow({ where: { code: "NHNN" } })).id },
    invites: { pending: tokenOf(pending), locked: tokenOf(lockedOfficer) },
    renamed: { id: other.id, code: other.code, name: other.name, type: other.type, parentId: other.parentId, population: other.population },
  };
}

export type Fixtures = Awaited<ReturnType<typeof buildFixtures>>;
