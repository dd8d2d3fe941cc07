// One submission per reporter and quarter: each commune valid in the quarter reports its own values, and each
// agency reports the provincial values of the indicators it leads, for every province. Quarters up to
// 2026-Q2 are approved; 2026-Q3 (deadline 15 October) is still being reviewed on BENCH_TODAY (28 November
// 2026); 2026-Q4 has begun and only some units have started a draft.
import type { CopyJob } from "./copy";
import { NULL, chunked, text, timestamp } from "./copy";
import type { BenchWorld } from "./generate-reference";
import { isReformPeriod, row } from "./generate-reference";
import { CURRENT_PERIOD, DAY_MS, PERIOD_COUNT, REVIEW_PERIOD, TODAY_MS, clamp, noise, officeHours, periodDates, pick } from "./generate-shape";
import { ADMIN_ID, COMMITTEE_ID } from "./generate-users";

export type SubmissionStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";

export interface PlannedSubmission {
  id: number;
  periodIndex: number;
  localityId: number | null;
  agencyIndex: number | null;
  officerId: number;
  status: SubmissionStatus;
  createdMs: number;
  /** Last edit of a draft; the submission instant otherwise. */
  editedMs: number;
  submittedMs: number | null;
  reviewedMs: number | null;
  returnReason: string | null;
  /** Share of the reporter's cells entered (1 except in drafts). */
  fill: number;
  /** Flat pairs [indicator index, locality id] of the cells entered, in order. */
  cells: Int32Array;
}

const RETURN_REASONS = [
  "Đề nghị rà soát lại số liệu tăng bất thường so với quý trước và bổ sung minh chứng.",
  "Tử số và mẫu số của một số chỉ tiêu tỷ lệ chưa khớp với báo cáo của hệ thống nguồn, đề nghị kiểm tra lại.",
  "Thiếu giải trình đối với các chỉ tiêu không đạt mục tiêu năm, đề nghị bổ sung.",
];

const LAST_INSTANT = TODAY_MS - DAY_MS + 9 * 3_600_000;

function statusOf(periodIndex: number, key: number, maturity: number): SubmissionStatus | null {
  const u = noise(key, periodIndex, 0, 21);
  if (periodIndex < REVIEW_PERIOD) return "APPROVED";
  // Lagging units are the ones still drafting or sent back.
  const v = clamp(u + (0.5 - maturity) * 0.15, 0, 0.9999);
  if (periodIndex === REVIEW_PERIOD) return v < 0.7 ? "APPROVED" : v < 0.85 ? "SUBMITTED" : v < 0.9 ? "RETURNED" : "DRAFT";
  return u < 0.4 ? "DRAFT" : null;
}

function cellsOf(world: BenchWorld, localityId: number | null, agencyIndex: number | null, fill: number, key: number, periodIndex: number): Int32Array {
  const cells: number[] = [];
  const add = (indicatorIndex: number, unitId: number) => {
    if (fill >= 1 || noise(key, indicatorIndex, unitId, 23 + periodIndex) < fill) cells.push(indicatorIndex, unitId);
  };
  world.indicators.forEach((indicator, i) => {
    if (agencyIndex === null) add(i, localityId ?? 0);
    else if (indicator.leadIndex === agencyIndex) for (const province of world.map.provinces) add(i, province.id);
  });
  return Int32Array.from(cells);
}

export function planSubmissions(world: BenchWorld): PlannedSubmission[] {
  const planned: PlannedSubmission[] = [];
  const { officerOfAgency, officerOfLocality } = world.users;
  for (let periodIndex = 0; periodIndex < PERIOD_COUNT; periodIndex++) {
    const { endsMs, deadlineMs } = periodDates(periodIndex);
    const communes = isReformPeriod(periodIndex) ? world.map.newCommunes : world.map.oldCommunes;
    const reporters = [
      ...officerOfAgency.map((officerId, agencyIndex) => ({ localityId: null, agencyIndex, officerId, maturity: 0.7, key: 1_000_000 + agencyIndex })),
      ...communes.map((c) => ({ localityId: c.id, agencyIndex: null, officerId: officerOfLocality.get(c.id) ?? ADMIN_ID, maturity: c.maturity, key: c.id })),
    ];
    for (const reporter of reporters) {
      const status = statusOf(periodIndex, reporter.key, reporter.maturity);
      if (status === null) continue;
      const u = (salt: number) => noise(reporter.key, periodIndex, 1, salt);
      const late = u(2) < 0.12 - 0.08 * reporter.maturity;
      let createdMs = officeHours(endsMs - (5 + Math.floor(20 * u(1))) * DAY_MS, u(3));
      let submittedMs: number | null = officeHours(deadlineMs + (late ? 1 + Math.floor(10 * u(4)) : -1 - Math.floor(12 * u(4))) * DAY_MS, u(5));
      let reviewedMs: number | null = officeHours(Math.max(submittedMs, deadlineMs) + (1 + Math.floor(14 * u(6))) * DAY_MS, u(7));
      let editedMs = submittedMs;
      let fill = 1;
      if (periodIndex === CURRENT_PERIOD) {
        createdMs = officeHours(endsMs - 91 * DAY_MS + Math.floor(45 * u(1)) * DAY_MS, u(3));
        fill = 0.3 + 0.6 * u(8);
      } else if (status === "DRAFT") fill = 0.8 + 0.2 * u(8);
      if (status === "DRAFT") {
        editedMs = Math.min(createdMs + (1 + Math.floor(10 * u(9))) * DAY_MS, LAST_INSTANT);
        submittedMs = null;
        reviewedMs = null;
      } else if (status === "SUBMITTED") reviewedMs = null;
      else if (status === "RETURNED") reviewedMs = (submittedMs ?? 0) + (2 + Math.floor(8 * u(6))) * DAY_MS;
      if (submittedMs !== null) submittedMs = Math.min(submittedMs, LAST_INSTANT - 2 * DAY_MS);
      if (reviewedMs !== null) reviewedMs = Math.min(reviewedMs, LAST_INSTANT);
      editedMs = submittedMs ?? editedMs;
      planned.push({
        id: planned.length + 1, periodIndex, localityId: reporter.localityId, agencyIndex: reporter.agencyIndex, officerId: reporter.officerId, status,
        createdMs, editedMs, submittedMs, reviewedMs, fill, returnReason: status === "RETURNED" ? pick(RETURN_REASONS, u(10)) : null,
        cells: cellsOf(world, reporter.localityId, reporter.agencyIndex, fill, reporter.key, periodIndex),
      });
    }
  }
  return planned;
}

const VERSION: Record<SubmissionStatus, number> = { DRAFT: 1, SUBMITTED: 2, RETURNED: 3, APPROVED: 3 };

export function submissionJob(submissions: PlannedSubmission[]): CopyJob {
  const columns = ["id", "periodId", "localityId", "agencyId", "status", "submittedAt", "submittedById", "reviewedAt", "reviewedById", "returnReason", "version", "createdAt", "updatedAt"];
  const lines = function* () {
    for (const s of submissions) {
      yield row([
        String(s.id), String(s.periodIndex + 1), s.localityId === null ? NULL : String(s.localityId), s.agencyIndex === null ? NULL : String(s.agencyIndex + 1), s.status,
        timestamp(s.submittedMs), s.submittedMs === null ? NULL : String(s.officerId), timestamp(s.reviewedMs), s.reviewedMs === null ? NULL : String(COMMITTEE_ID),
        text(s.returnReason), String(VERSION[s.status]), timestamp(s.createdMs), timestamp(s.reviewedMs ?? s.submittedMs ?? s.editedMs),
      ]);
    }
  };
  return { table: "Submission", columns, total: submissions.length, chunks: () => chunked(lines()) };
}

/** One "submission.approve" event per approved submission, as the review service writes it. */
export function auditJob(submissions: PlannedSubmission[]): CopyJob {
  const approved = submissions.filter((s) => s.status === "APPROVED");
  const lines = approved.map((s, i) => row([
    String(i + 1), timestamp(s.reviewedMs), String(COMMITTEE_ID), "submission.approve", "Submission", String(s.id),
    '{"status": "SUBMITTED"}', `{"status": "APPROVED", "publishedValues": ${s.cells.length / 2}}`,
  ]));
  return { table: "AuditEvent", columns: ["id", "at", "actorId", "action", "entity", "entityId", "before", "after"], total: lines.length, chunks: () => chunked(lines) };
}
