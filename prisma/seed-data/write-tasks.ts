import type { Prisma } from "@/generated/prisma/client";
import { defaultDeadline, parseQuarterKey, quarterKey } from "../../lib/quarters";
import { parseIsoDate } from "../../lib/today";
import { AGENCIES, DEMO_AGENCY_CODE } from "./agencies";
import { CURRENT_QUARTER, DEMO_TODAY, SEED_CREATED_AT, addDays, atTime } from "./calendar";
import { idsBy, requireId } from "./ids";
import type { SeedIds } from "./ids";
import { MEETINGS } from "./meetings";
import type { MeetingSeed } from "./meetings";
import { PLAN, PLAN_TASKS } from "./plans";
import type { TaskReportSeed, TaskSeed } from "./plans";
import { randomFor } from "./random";
import { COMMITTEE_EMAIL, agencyOfficerEmail } from "./users";

type Tx = Prisma.TransactionClient;

interface TimedReport extends TaskReportSeed {
  createdAt: Date;
  submittedAt: Date | null;
  reviewedAt: Date | null;
}

/** A task placed in the plan or under a meeting's conclusion, with its reports' timestamps. */
interface PlacedTask {
  seed: TaskSeed;
  /** Names the task in errors and in its random streams. */
  key: string;
  planId: number | null;
  conclusionId: number | null;
  createdAt: Date;
  reports: TimedReport[];
}

// Saving, submitting and approving each bump a report's version in the task-report services.
const REPORT_VERSION = { DRAFT: 1, SUBMITTED: 2, APPROVED: 3 } as const;
const CURRENT_KEY = quarterKey(CURRENT_QUARTER);

function day(text: string): Date {
  const date = parseIsoDate(text);
  if (!date) throw new Error(`Seed: ${text} is not a date`);
  return date;
}

/** Past quarters: sent before the deadline, approved a few days after it. The current quarter: sent or drafted before today. */
function timeReport(taskKey: string, report: TaskReportSeed): TimedReport {
  const quarter = parseQuarterKey(report.quarter);
  if (!quarter) throw new Error(`Seed: task ${taskKey} reports for ${report.quarter}`);
  const deadline = defaultDeadline(quarter);
  const random = randomFor(`task-report:${taskKey}:${report.quarter}`);
  const at = (date: Date) => atTime(date, random.integer(1, 9), random.integer(0, 59));
  const createdAt = at(addDays(deadline, -random.integer(8, 14)));
  if (report.status === "DRAFT") return { ...report, createdAt, submittedAt: null, reviewedAt: null };
  if (report.status === "SUBMITTED") return { ...report, createdAt, submittedAt: at(addDays(createdAt, random.integer(1, 3))), reviewedAt: null };
  return { ...report, createdAt, submittedAt: at(addDays(deadline, -random.integer(0, 6))), reviewedAt: at(addDays(deadline, random.integer(2, 6))) };
}

/** What must stay true of the demo, checked on every seed run. */
function checkTask(key: string, seed: TaskSeed, reports: TimedReport[]): void {
  const fail = (problem: string) => {
    throw new Error(`Seed: task ${key} ${problem}`);
  };
  const quarters = reports.map((report) => report.quarter);
  if (quarters.some((quarter, index) => index > 0 && quarter <= (quarters[index - 1] ?? ""))) fail("has reports out of order");
  if (reports.some((report) => report.status !== "APPROVED" && report.quarter !== CURRENT_KEY)) fail("has an unreviewed past report");
  if (reports.some((report) => (report.submittedAt ?? report.createdAt) >= DEMO_TODAY)) fail("has a report dated after the demo's today");
  // On approval a task takes the reported status and progress, so the last approved report is the task's state.
  const last = reports.filter((report) => report.status === "APPROVED").at(-1);
  if (last && (last.reportedStatus !== seed.status || last.progress !== seed.progress)) fail("differs from its last approved report");
  if ((seed.status === "DONE") !== (seed.completedOn !== undefined || last?.reportedStatus === "DONE")) fail("has no completion date, or one while open");
  if (seed.evaluation && seed.kind !== "PILOT_MODEL") fail("is evaluated but is not a pilot model");
  // The browser test writes the demo agency's report for the current quarter itself.
  if (seed.lead === DEMO_AGENCY_CODE && reports.some((report) => report.quarter === CURRENT_KEY)) fail(`gives ${DEMO_AGENCY_CODE} a ${CURRENT_KEY} report`);
}

function place(seed: TaskSeed, key: string, link: { planId: number | null; conclusionId: number | null }, createdAt: Date): PlacedTask {
  const reports = (seed.reports ?? []).map((report) => timeReport(key, report));
  checkTask(key, seed, reports);
  return { seed, key, ...link, createdAt, reports };
}

function completedAt(task: PlacedTask): Date | null {
  if (task.seed.status !== "DONE") return null;
  if (task.seed.completedOn !== undefined) return atTime(day(task.seed.completedOn), 3);
  return task.reports.find((report) => report.status === "APPROVED" && report.reportedStatus === "DONE")?.reviewedAt ?? null;
}

async function seedPlan(tx: Tx): Promise<number> {
  await tx.plan.createMany({
    data: [{ number: PLAN.number, title: PLAN.title, issuedOn: day(PLAN.issuedOn), issuingBody: PLAN.issuingBody, createdAt: SEED_CREATED_AT }],
    skipDuplicates: true,
  });
  return (await tx.plan.findUniqueOrThrow({ where: { number: PLAN.number }, select: { id: true } })).id;
}

function meetingKey(heldOn: Date, title: string): string {
  return `${heldOn.toISOString().slice(0, 10)}|${title}`;
}

/** Meetings have no unique key, so each is looked up by (heldOn, title) before it is created. Returns the conclusions' tasks. */
async function seedMeetings(tx: Tx, committeeId: number): Promise<PlacedTask[]> {
  const findSaved = () =>
    tx.meeting.findMany({ where: { OR: MEETINGS.map((m) => ({ heldOn: day(m.heldOn), title: m.title })) }, select: { id: true, heldOn: true, title: true } });
  const existing = new Set((await findSaved()).map((m) => meetingKey(m.heldOn, m.title)));
  const recordedAt = (meeting: MeetingSeed) => atTime(addDays(day(meeting.heldOn), 1), 2);
  await tx.meeting.createMany({
    data: MEETINGS.filter((m) => !existing.has(meetingKey(day(m.heldOn), m.title))).map((m) => ({
      heldOn: day(m.heldOn), title: m.title, chair: m.chair, attendees: m.attendees, createdById: committeeId, createdAt: recordedAt(m),
    })),
  });
  const meetingIdByKey = idsBy(await findSaved(), (m) => meetingKey(m.heldOn, m.title));
  const meetingIdOf = (m: MeetingSeed) => requireId(meetingIdByKey, meetingKey(day(m.heldOn), m.title), "meeting");
  await tx.conclusion.createMany({
    data: MEETINGS.flatMap((m) => m.conclusions.map((c, index) => ({ meetingId: meetingIdOf(m), ordinal: index + 1, text: c.text, createdAt: recordedAt(m) }))),
    skipDuplicates: true,
  });
  const saved = await tx.conclusion.findMany({ where: { meetingId: { in: [...meetingIdByKey.values()] } }, select: { id: true, meetingId: true, ordinal: true } });
  const conclusionIdByKey = idsBy(saved, (c) => `${c.meetingId}#${c.ordinal}`);
  return MEETINGS.flatMap((m) =>
    m.conclusions.flatMap((c, index) => {
      const conclusionId = requireId(conclusionIdByKey, `${meetingIdOf(m)}#${index + 1}`, "conclusion");
      const createdAt = atTime(addDays(day(m.heldOn), 3), 2);
      return c.tasks.map((seed, taskIndex) => place(seed, `${m.heldOn}#${index + 1}.${taskIndex + 1}`, { planId: null, conclusionId }, createdAt));
    }),
  );
}

function taskKey(task: { planId: number | null; conclusionId: number | null; code: string | null; title: string }): string {
  return task.planId !== null ? `plan:${task.planId}:${task.code}` : `conclusion:${task.conclusionId}:${task.title}`;
}

interface SavedTask {
  id: number;
  task: PlacedTask;
}

/** Plan tasks are unique by (plan, code); a conclusion's tasks are not, so they are matched by title first. */
async function seedTaskRows(tx: Tx, placed: PlacedTask[], ids: SeedIds): Promise<SavedTask[]> {
  const pillarIdByCode = idsBy(await tx.pillar.findMany({ select: { id: true, code: true } }), (pillar) => pillar.code);
  const findSaved = async () => {
    const planIds = placed.flatMap((task) => (task.planId === null ? [] : [task.planId]));
    const conclusionIds = placed.flatMap((task) => (task.conclusionId === null ? [] : [task.conclusionId]));
    const saved = await tx.task.findMany({
      where: { OR: [{ planId: { in: planIds } }, { conclusionId: { in: conclusionIds } }] },
      select: { id: true, planId: true, conclusionId: true, code: true, title: true },
    });
    return idsBy(saved, taskKey);
  };
  const existing = await findSaved();
  const missing = placed.filter(({ seed, planId, conclusionId }) => !existing.has(taskKey({ planId, conclusionId, code: seed.code, title: seed.title })));
  await tx.task.createMany({
    data: missing.map((task) => ({
      planId: task.planId, conclusionId: task.conclusionId, code: task.seed.code, title: task.seed.title, description: task.seed.description,
      kind: task.seed.kind ?? "TASK", pillarId: requireId(pillarIdByCode, task.seed.pillar, "pillar"),
      leadAgencyId: requireId(ids.agencyIdByCode, task.seed.lead, "agency"), deadline: day(task.seed.deadline),
      status: task.seed.status, progressPercent: task.seed.progress, completedAt: completedAt(task),
      evaluationVerdict: task.seed.evaluation?.verdict ?? null, evaluationNote: task.seed.evaluation?.note ?? null,
      evaluatedAt: task.seed.evaluation ? atTime(day(task.seed.evaluation.evaluatedOn), 3) : null,
      // Each approval and each evaluation bumps the task's version in the services.
      version: 1 + task.reports.filter((report) => report.status === "APPROVED").length + (task.seed.evaluation ? 1 : 0),
      createdAt: task.createdAt,
    })),
    skipDuplicates: true,
  });
  const saved = await findSaved();
  return placed.map((task) => {
    const { seed, planId, conclusionId, key } = task;
    return { id: requireId(saved, taskKey({ planId, conclusionId, code: seed.code, title: seed.title }), `task (${key})`), task };
  });
}

async function seedTaskLinks(tx: Tx, saved: SavedTask[], ids: SeedIds): Promise<void> {
  const linked = <T>(codesOf: (seed: TaskSeed) => string[] | undefined, row: (taskId: number, code: string) => T) =>
    saved.flatMap(({ id, task }) => (codesOf(task.seed) ?? []).map((code) => row(id, code)));
  await tx.taskAgency.createMany({
    data: linked((seed) => seed.cooperating, (taskId, code) => ({ taskId, agencyId: requireId(ids.agencyIdByCode, code, "agency") })),
    skipDuplicates: true,
  });
  await tx.taskLocality.createMany({
    data: linked((seed) => seed.localities, (taskId, code) => ({ taskId, localityId: requireId(ids.localityIdByCode, code, "locality") })),
    skipDuplicates: true,
  });
  await tx.taskIndicator.createMany({
    data: linked((seed) => seed.indicators, (taskId, code) => ({ taskId, indicatorId: requireId(ids.indicatorIdByCode, code, "indicator") })),
    skipDuplicates: true,
  });
}

function officerIdOf(agencyCode: string, ids: SeedIds): number | null {
  const agency = AGENCIES.find((candidate) => candidate.code === agencyCode);
  return agency ? (ids.userIdByEmail.get(agencyOfficerEmail(agency)) ?? null) : null;
}

async function seedTaskReports(tx: Tx, saved: SavedTask[], ids: SeedIds, committeeId: number): Promise<number> {
  const data = saved.flatMap(({ id, task }) =>
    task.reports.map((report) => ({
      taskId: id,
      periodId: requireId(ids.periodIdByKey, report.quarter, "reporting period"),
      status: report.status, reportedStatus: report.reportedStatus, progressPercent: report.progress, note: report.note,
      updatedById: officerIdOf(task.seed.lead, ids),
      submittedAt: report.submittedAt, reviewedAt: report.reviewedAt, reviewedById: report.reviewedAt === null ? null : committeeId,
      version: REPORT_VERSION[report.status], createdAt: report.createdAt,
    })),
  );
  await tx.taskReport.createMany({ data, skipDuplicates: true });
  return data.length;
}

/** Plan 80/KH-UBND and its tasks, the two 2024 review meetings with their conclusions' tasks, and quarterly task reports. */
export async function seedTasks(tx: Tx, ids: SeedIds, log: (message: string) => void): Promise<void> {
  const committeeId = requireId(ids.userIdByEmail, COMMITTEE_EMAIL, "user");
  const planId = await seedPlan(tx);
  const planTasks = PLAN_TASKS.map((seed) => place(seed, seed.code ?? seed.title, { planId, conclusionId: null }, SEED_CREATED_AT));
  const conclusionTasks = await seedMeetings(tx, committeeId);
  const saved = await seedTaskRows(tx, [...planTasks, ...conclusionTasks], ids);
  await seedTaskLinks(tx, saved, ids);
  const reportCount = await seedTaskReports(tx, saved, ids, committeeId);
  log(
    `[seed] plan ${PLAN.number} with ${planTasks.length} tasks, ${MEETINGS.length} meetings with ${conclusionTasks.length} tasks ` +
      `from their conclusions, ${reportCount} task reports`,
  );
}
