import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLate } from "../../lib/deadlines";
import { ForbiddenError } from "../../lib/server/errors";
import { getSubmissionTracker, parseTrackerFilters, TRACKER_STATUSES, type TrackerFilters } from "../../lib/server/queries/committee-tracker";
import { remindLateReporters } from "../../lib/server/services/tracker-reminders";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, lastAuditId, viewerFor } from "./support";

// Reads the seeded 2025-Q2 submissions (whatever earlier test files did to them) and never changes one;
// the reminder notices it creates are removed again at the end.
const db = connectTestDb();
const beforeDeadline = new Date("2025-06-16T00:00:00Z");
const afterDeadline = new Date("2025-06-25T00:00:00Z");
const UNSENT = ["DRAFT", "RETURNED"] as const;
let committee: Viewer;
let officer: Viewer;
let periodId: number;

const filters = (params: Record<string, string> = {}): TrackerFilters => parseTrackerFilters({ period: "2025-Q2", ...params });
const reminderKeys = () => ({ dedupeKey: { startsWith: `remind:${periodId}:` } });

beforeAll(async () => {
  committee = await viewerFor(db, "bcd@demo.cds.vn");
  officer = await viewerFor(db, "xa.van-tung@demo.cds.vn");
  periodId = (await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2025, quarter: 2 } } })).id;
});
afterAll(async () => {
  await db.notification.deleteMany({ where: reminderKeys() });
  await db.$disconnect();
});

/**
 * The units that owe 2025-Q2, derived straight from the targets: lead agencies, then the districts and communes
 * that existed in the quarter (the units created by the July 2025 reform have 2025 targets too).
 */
async function owingUnits() {
  const q2 = { startsOn: new Date("2025-04-01T00:00:00Z"), endsOn: new Date("2025-06-30T00:00:00Z") };
  const existed = { validFrom: { lte: q2.endsOn }, OR: [{ validTo: null }, { validTo: { gt: q2.startsOn } }] };
  const targets = await db.target.findMany({ where: { year: 2025, indicator: { active: true, frequency: "QUARTERLY" }, locality: existed }, select: { leadAgencyId: true, localityId: true, locality: { select: { level: true } } } });
  const agencies = new Set(targets.filter((t) => t.locality.level === "PROVINCE").map((t) => t.leadAgencyId));
  const localities = new Set(targets.filter((t) => t.locality.level !== "PROVINCE").map((t) => t.localityId));
  return agencies.size + localities.size;
}

describe("the submission tracker", () => {
  it("lists every owing unit with the seed's statuses, and nobody is late before the deadline", async () => {
    const data = await getSubmissionTracker(committee, filters(), db, beforeDeadline);
    const submissions = await db.submission.findMany({ where: { periodId }, select: { status: true } });
    const units = await owingUnits();
    expect(data.period?.id).toBe(periodId);
    expect(data.rows).toHaveLength(units);
    expect(units).toBe(40);
    for (const status of ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const) {
      expect(data.counts[status], status).toBe(submissions.filter((s) => s.status === status).length);
    }
    expect(data.counts.NOT_STARTED).toBe(units - submissions.length);
    expect(data.lateCount).toBe(0);
    expect(data.rows.every((r) => !r.late && r.daysOverdue === null)).toBe(true);
    expect(data.remind).toEqual({ reporters: 0, officers: 0 });

    const returned = data.rows.filter((r) => r.status === "RETURNED");
    expect(returned.every((r) => r.returnReason && r.submissionId !== null)).toBe(true);
    const draft = data.rows.find((r) => r.name === "Ngân hàng Nhà nước chi nhánh tỉnh");
    if (draft?.status === "DRAFT") expect(draft).toMatchObject({ filled: 1, due: 2, kind: "AGENCY", parentName: null });
    expect(data.rows.find((r) => r.kind === "COMMUNE")?.parentName).toMatch(/^(Huyện|Thị xã|Thành phố) /);
  });

  it("filters by status, kind and lateness, and sorts", async () => {
    const returned = await getSubmissionTracker(committee, filters({ status: "RETURNED" }), db, beforeDeadline);
    expect(returned.rows.every((r) => r.status === "RETURNED")).toBe(true);
    expect(returned.rows).toHaveLength(returned.counts.RETURNED);
    const agencies = await getSubmissionTracker(committee, filters({ kind: "AGENCY", sort: "status" }), db, beforeDeadline);
    expect(agencies.rows.map((r) => r.kind)).toEqual(Array(agencies.rows.length).fill("AGENCY"));
    expect(agencies.total).toBe(10);
    const order = agencies.rows.map((r) => TRACKER_STATUSES.indexOf(r.status));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const late = await getSubmissionTracker(committee, filters({ late: "1" }), db, beforeDeadline);
    expect(late.rows).toEqual([]);
  });

  it("counts a unit that never opened its report as not started, and lists only the units of the new map after the reform", async () => {
    const data = await getSubmissionTracker(committee, parseTrackerFilters({ period: "2025-Q3" }), db, new Date("2025-09-25T00:00:00Z"));
    const opened = await db.submission.count({ where: { period: { year: 2025, quarter: 3 } } });
    expect(data.rows.some((r) => r.kind === "DISTRICT")).toBe(false);
    // 10 agencies and the 10 communes and wards created on 2025-07-01; none of the 25 former communes.
    expect(data.total).toBe(20);
    expect(data.rows.filter((r) => r.kind === "COMMUNE")).toHaveLength(10);
    expect(data.rows.some((r) => r.name === "Xã Tân Hoà")).toBe(false);
    expect(data.counts.NOT_STARTED).toBe(20 - opened);
    expect(data.rows.filter((r) => r.status === "NOT_STARTED").every((r) => r.late && r.daysOverdue === 5 && r.submissionId === null)).toBe(true);
  });

  it("marks the unsent reports late after the deadline", async () => {
    const data = await getSubmissionTracker(committee, filters({ sort: "overdue" }), db, afterDeadline);
    const unsent = data.rows.filter((r) => r.status === "NOT_STARTED" || (UNSENT as readonly string[]).includes(r.status));
    expect(unsent.length).toBeGreaterThan(0);
    expect(unsent.every((r) => r.late && r.daysOverdue === 5)).toBe(true);
    const deadline = data.period?.deadline ?? new Date(0);
    for (const r of data.rows.filter((row) => !unsent.includes(row))) expect(r.late).toBe(isLate(deadline, r.submittedAt, afterDeadline));
    expect(data.lateCount).toBe(data.rows.filter((r) => r.late).length);
    expect(data.rows[0]?.late).toBe(true);
    expect(data.remind.reporters).toBe(unsent.filter((r) => r.officers > 0).length);
  });
});

describe("one-click reminders", () => {
  it("refuses an officer and writes nothing", async () => {
    const audit = await lastAuditId(db);
    const notices = await db.notification.count();
    await expect(remindLateReporters(officer, { periodId }, db, afterDeadline)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getSubmissionTracker(officer, filters(), db, afterDeadline)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await lastAuditId(db)).toBe(audit);
    expect(await db.notification.count()).toBe(notices);
  });

  it("notifies each active officer of every late unit once a day, with one audit row", async () => {
    const tracker = await getSubmissionTracker(committee, filters({ late: "1" }), db, afterDeadline);
    const late = tracker.rows.filter((r) => r.status !== "SUBMITTED" && r.status !== "APPROVED");
    const officers = await db.user.findMany({
      where: { role: "OFFICER", active: true, OR: late.map((r) => (r.reporter.agencyId !== null ? { agencyId: r.reporter.agencyId } : { agencyId: null, localityId: r.reporter.localityId })) },
      select: { id: true },
    });
    expect(officers.length).toBeGreaterThan(0);
    const audit = await lastAuditId(db);

    const sent = await remindLateReporters(committee, { periodId }, db, afterDeadline);
    const reached = late.filter((r) => r.officers > 0).length;
    expect(sent).toEqual({ reporters: reached, notices: officers.length });
    const notices = await db.notification.findMany({ where: reminderKeys() });
    expect(notices.map((n) => n.userId).sort((a, b) => a - b)).toEqual(officers.map((o) => o.id).sort((a, b) => a - b));
    expect(notices.every((n) => n.kind === "DEADLINE_PASSED" && n.dedupeKey?.endsWith(":2025-06-25") && n.link === "/entry?period=2025-Q2")).toBe(true);
    const rows = await db.auditEvent.findMany({ where: { id: { gt: audit } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "tracker.remind", entity: "ReportingPeriod", entityId: String(periodId), actorId: committee.userId, after: { reporters: reached, notices: officers.length } });

    const after = await getSubmissionTracker(committee, filters({ late: "1" }), db, afterDeadline);
    expect(after.rows.filter((r) => r.officers > 0).every((r) => r.lastReminderAt !== null)).toBe(true);

    // Again the same day: nothing new, nothing to audit.
    expect(await remindLateReporters(committee, { periodId }, db, afterDeadline)).toEqual({ reporters: 0, notices: 0 });
    expect(await db.notification.count({ where: reminderKeys() })).toBe(officers.length);
    expect(await lastAuditId(db)).toBe(rows[0]?.id);
  });
});
