// Submissions in the new map, 2025-Q3 … 2026-Q3: the agencies for the province and the new units for
// themselves (old communes and districts no longer report). Every quarter through 2026-Q2 is approved;
// 2026-Q3 is seen on the dev server's today, 15 September 2026, five days before its deadline.
import { defaultDeadline, quarterKey } from "../../lib/quarters";
import type { Quarter } from "../../lib/quarters";
import { AGENCIES } from "./agencies";
import { buildNewUnitActuals } from "./actuals-new-units";
import { buildProvinceActuals2026 } from "./actuals-province-2026";
import { DEV_TODAY, REFORM_CURRENT_QUARTER, REFORM_REPORTED_QUARTERS, addDays, atTime, isSameQuarter } from "./calendar";
import { DEMO_NEW_UNIT_CODE, NEW_UNITS } from "./reform";
import { randomFor } from "./random";
import type { Random } from "./random";
import { at, minutesBefore, pastSubmission, withSlip } from "./submissions";
import type { PlannedActual, PlannedSubmission, Reporter, SubmissionStatusCode } from "./submissions";
import { agencyOfficerEmail, newUnitOfficerEmail } from "./users";

/** 2026-Q3; reporters not listed are SUBMITTED. Exactly one is returned. */
const CURRENT_STATUSES: Record<string, SubmissionStatusCode> = {
  "agency:VPUBND": "APPROVED", "agency:SYT": "APPROVED", "agency:CAT": "APPROVED", "agency:STC": "APPROVED",
  "agency:SCT": "DRAFT", "agency:NHNN": "DRAFT",
  "unit:99001": "APPROVED", "unit:99016": "APPROVED", "unit:99031": "APPROVED",
  [`unit:${DEMO_NEW_UNIT_CODE}`]: "DRAFT", "unit:99043": "DRAFT",
  "unit:99073": "RETURNED",
};

/** Values a draft has not filled in yet. */
const DRAFT_MISSING: Record<string, string[]> = {
  "agency:SCT": ["ECO-04"],
  "agency:NHNN": ["ECO-06"],
  [`unit:${DEMO_NEW_UNIT_CODE}`]: ["XA-05"],
  "unit:99043": ["XA-03", "XA-05"],
};

const RETURN_REASONS: Record<string, string> = {
  "unit:99073":
    "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến tăng đột biến so với quý II/2026; đề nghị đối chiếu với Hệ thống thông tin giải quyết thủ tục hành chính tỉnh và điều chỉnh.",
};

/** The slip behind the return reason: what the reviewer saw in the returned values. */
const RETURNED_SLIPS: Record<string, { indicatorCode: string; delta: number }> = {
  "unit:99073": { indicatorCode: "XA-02", delta: 15 },
};

function buildReporters(): Reporter[] {
  return [
    ...AGENCIES.map((agency) => ({ key: `agency:${agency.code}`, agencyCode: agency.code, localityCode: null, officerEmail: agencyOfficerEmail(agency) })),
    // localityCode names the NEW unit, which shares its code with an old commune.
    ...NEW_UNITS.map((unit) => ({ key: `unit:${unit.code}`, agencyCode: null, localityCode: unit.code, officerEmail: newUnitOfficerEmail(unit) })),
  ];
}

function groupActuals(): Map<string, PlannedActual[]> {
  const groups = new Map<string, PlannedActual[]>();
  const add = (reporterKey: string, quarter: Quarter, actual: PlannedActual) => {
    const key = `${reporterKey}|${quarterKey(quarter)}`;
    groups.set(key, [...(groups.get(key) ?? []), actual]);
  };
  for (const { agencyCode, quarter, ...actual } of buildProvinceActuals2026()) add(`agency:${agencyCode}`, quarter, actual);
  for (const { quarter, ...actual } of buildNewUnitActuals()) add(`unit:${actual.localityCode}`, quarter, actual);
  return groups;
}





/** September 2026: every timestamp falls before the dev server's today (the 15th). */
function currentSubmission(quarter: Quarter, reporter: Reporter, actuals: PlannedActual[], random: Random): PlannedSubmission {
  const status = CURRENT_STATUSES[reporter.key] ?? "SUBMITTED";
  const createdAt = atTime(addDays(defaultDeadline(quarter), -19), 2);
  const september = (day: number) => new Date(Date.UTC(2026, 8, day));
  if (status === "DRAFT") {
    const missing = DRAFT_MISSING[reporter.key] ?? [];
    const filled = actuals.filter((actual) => !missing.includes(actual.indicatorCode));
    const editedAt = at(september(random.integer(8, 14)), random);
    return { quarter, reporter, status, createdAt, submittedAt: null, reviewedAt: null, returnReason: null, editedAt, actuals: filled };
  }
  const submittedAt = at(september(status === "SUBMITTED" ? random.integer(5, 14) : random.integer(3, 10)), random);
  const reviewedAt = status === "SUBMITTED" ? null : at(addDays(submittedAt, random.integer(1, 3)), random);
  const slip = status === "RETURNED" ? RETURNED_SLIPS[reporter.key] : undefined;
  const sent = slip ? actuals.map((actual) => (actual.indicatorCode === slip.indicatorCode ? withSlip(actual, slip.delta) : actual)) : actuals;
  const returnReason = status === "RETURNED" ? (RETURN_REASONS[reporter.key] ?? null) : null;
  return { quarter, reporter, status, createdAt, submittedAt, reviewedAt, returnReason, editedAt: minutesBefore(submittedAt, 40), actuals: sent };
}

/** Nothing may have happened after the dev server's today, or the demo would show reports from the future. */
function checkBeforeToday(submission: PlannedSubmission): PlannedSubmission {
  const stamps = [submission.createdAt, submission.submittedAt, submission.reviewedAt, submission.editedAt];
  if (stamps.some((stamp) => stamp !== null && stamp >= DEV_TODAY)) {
    throw new Error(`Seed: ${submission.reporter.key} ${quarterKey(submission.quarter)} is dated after ${DEV_TODAY.toISOString()}`);
  }
  return submission;
}

/** One submission per reporter and quarter, 2025-Q3 … 2026-Q3, with its actuals. */
export function buildReformSubmissionPlan(): PlannedSubmission[] {
  const actualsByReporter = groupActuals();
  const reporters = buildReporters();
  return REFORM_REPORTED_QUARTERS.flatMap((quarter) =>
    reporters.map((reporter) => {
      const actuals = actualsByReporter.get(`${reporter.key}|${quarterKey(quarter)}`) ?? [];
      const random = randomFor(`submission:${reporter.key}:${quarterKey(quarter)}`);
      return checkBeforeToday(
        isSameQuarter(quarter, REFORM_CURRENT_QUARTER)
          ? currentSubmission(quarter, reporter, actuals, random)
          : pastSubmission(quarter, reporter, actuals, random),
      );
    }),
  );
}
