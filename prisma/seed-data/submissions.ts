import { defaultDeadline, quarterKey } from "../../lib/quarters";
import type { Quarter } from "../../lib/quarters";
import { AGENCIES, DEMO_AGENCY_CODE } from "./agencies";
import { plainValue, rateOf } from "./actual-values";
import type { ActualValue } from "./actual-values";
import { buildLocalActuals } from "./actuals-local";
import { buildProvinceActuals } from "./actuals-province";
import { CURRENT_QUARTER, REPORTED_QUARTERS, addDays, atTime, isSameQuarter } from "./calendar";
import { COMMUNES, DEMO_COMMUNE_CODE, DISTRICTS } from "./localities";
import { randomFor } from "./random";
import type { Random } from "./random";
import { agencyOfficerEmail, communeOfficerEmail, districtOfficerEmail } from "./users";

export type SubmissionStatusCode = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";

export interface Reporter {
  /** "agency:STTTT" or "locality:99025". */
  key: string;
  agencyCode: string | null;
  localityCode: string | null;
  officerEmail: string;
}

export interface PlannedActual extends ActualValue {
  indicatorCode: string;
  localityCode: string;
}

export interface PlannedSubmission {
  quarter: Quarter;
  reporter: Reporter;
  status: SubmissionStatusCode;
  createdAt: Date;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  returnReason: string | null;
  /** When the officer last edited the values: every actual of the submission carries it. */
  editedAt: Date;
  actuals: PlannedActual[];
}

/** About one past submission in seven arrives after the deadline. */
const LATE_SHARE = 0.15;

/** Q2/2025, the demo's current quarter; reporters not listed are SUBMITTED. */
const CURRENT_STATUSES: Record<string, SubmissionStatusCode> = {
  [`agency:${DEMO_AGENCY_CODE}`]: "DRAFT",
  "agency:VPUBND": "APPROVED", "agency:SYT": "APPROVED", "agency:STC": "APPROVED",
  "agency:SCT": "RETURNED", "agency:NHNN": "DRAFT",
  "locality:990": "APPROVED", "locality:992": "RETURNED", "locality:994": "DRAFT",
  [`locality:${DEMO_COMMUNE_CODE}`]: "DRAFT", "locality:99064": "DRAFT", "locality:99055": "DRAFT",
  "locality:99040": "RETURNED", "locality:99070": "RETURNED",
  "locality:99001": "APPROVED", "locality:99004": "APPROVED", "locality:99016": "APPROVED",
  "locality:99019": "APPROVED", "locality:99031": "APPROVED", "locality:99046": "APPROVED",
};

/** Values a draft has not filled in yet. The demo agency's draft is complete on purpose. */
const DRAFT_MISSING: Record<string, string[]> = {
  "agency:NHNN": ["ECO-06"],
  "locality:994": ["HUYEN-03", "HUYEN-05"],
  [`locality:${DEMO_COMMUNE_CODE}`]: ["XA-05"],
  "locality:99064": ["XA-03", "XA-05"],
  "locality:99055": ["XA-04", "XA-05"],
};

const RETURN_REASONS: Record<string, string> = {
  "agency:SCT": "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ chưa nêu căn cứ tính toán; đề nghị bổ sung nguồn số liệu và gửi lại.",
  "locality:992": "Số liệu tỷ lệ hồ sơ trực tuyến chưa khớp với báo cáo của Văn phòng UBND tỉnh, đề nghị rà soát lại.",
  "locality:99040": "Số tổ công nghệ số cộng đồng đang hoạt động lớn hơn số thôn trên địa bàn xã; đề nghị kiểm tra, điều chỉnh.",
  "locality:99070": "Tỷ lệ người dân có tài khoản thanh toán điện tử tăng đột biến so với quý I; đề nghị giải trình hoặc điều chỉnh số liệu.",
};

/** The slips behind the return reasons above: what the reviewer saw in the returned values. */
const RETURNED_SLIPS: Record<string, { indicatorCode: string; delta: number }> = {
  "locality:99040": { indicatorCode: "XA-04", delta: 2 },
  "locality:99070": { indicatorCode: "XA-03", delta: 12 },
};

function buildReporters(): Reporter[] {
  return [
    ...AGENCIES.map((agency) => ({ key: `agency:${agency.code}`, agencyCode: agency.code, localityCode: null, officerEmail: agencyOfficerEmail(agency) })),
    ...DISTRICTS.map((district) => ({ key: `locality:${district.code}`, agencyCode: null, localityCode: district.code, officerEmail: districtOfficerEmail(district) })),
    ...COMMUNES.map((commune) => ({ key: `locality:${commune.code}`, agencyCode: null, localityCode: commune.code, officerEmail: communeOfficerEmail(commune) })),
  ];
}

function groupActuals(): Map<string, PlannedActual[]> {
  const groups = new Map<string, PlannedActual[]>();
  const add = (reporterKey: string, quarter: Quarter, actual: PlannedActual) => {
    const key = `${reporterKey}|${quarterKey(quarter)}`;
    groups.set(key, [...(groups.get(key) ?? []), actual]);
  };
  for (const { agencyCode, quarter, ...actual } of buildProvinceActuals()) add(`agency:${agencyCode}`, quarter, actual);
  for (const { quarter, ...actual } of buildLocalActuals()) add(`locality:${actual.localityCode}`, quarter, actual);
  return groups;
}

/** A value nudged by delta (a rate keeps its denominator): what a returned report got wrong. */
export function withSlip(actual: PlannedActual, delta: number): PlannedActual {
  const changed: ActualValue =
    actual.denominator === null ? plainValue(actual.value + delta) : rateOf(actual.denominator, actual.value + delta);
  return { ...actual, ...changed };
}

export function at(day: Date, random: Random): Date {
  return atTime(day, random.integer(1, 9), random.integer(0, 59));
}

export function minutesBefore(date: Date, minutes: number): Date {
  return new Date(date.getTime() - minutes * 60_000);
}

/** Past quarters: everything approved a few days after the deadline, some of it sent late. */
export function pastSubmission(quarter: Quarter, reporter: Reporter, actuals: PlannedActual[], random: Random): PlannedSubmission {
  const deadline = defaultDeadline(quarter);
  const late = random.chance(LATE_SHARE);
  const sentOn = late ? addDays(deadline, random.integer(1, 5)) : addDays(deadline, -random.integer(0, 9));
  const submittedAt = at(sentOn, random);
  const reviewedAt = at(addDays(late ? sentOn : deadline, random.integer(2, 6)), random);
  const createdAt = atTime(addDays(deadline, -19), 2);
  return { quarter, reporter, status: "APPROVED", createdAt, submittedAt, reviewedAt, returnReason: null, editedAt: minutesBefore(submittedAt, 40), actuals };
}

/** The current quarter, seen on 16 June 2025: nothing is late yet, reviews are under way. */
function currentSubmission(quarter: Quarter, reporter: Reporter, actuals: PlannedActual[], random: Random): PlannedSubmission {
  const status = CURRENT_STATUSES[reporter.key] ?? "SUBMITTED";
  const createdAt = atTime(addDays(defaultDeadline(quarter), -19), 2);
  if (status === "DRAFT") {
    const missing = DRAFT_MISSING[reporter.key] ?? [];
    const editedAt = at(new Date(Date.UTC(2025, 5, random.integer(10, 15))), random);
    const filled = actuals.filter((actual) => !missing.includes(actual.indicatorCode));
    return { quarter, reporter, status, createdAt, submittedAt: null, reviewedAt: null, returnReason: null, editedAt, actuals: filled };
  }
  const submittedAt = at(new Date(Date.UTC(2025, 5, status === "SUBMITTED" ? random.integer(5, 15) : random.integer(4, 10))), random);
  const reviewedAt = status === "SUBMITTED" ? null : at(addDays(submittedAt, random.integer(1, 3)), random);
  const slip = status === "RETURNED" ? RETURNED_SLIPS[reporter.key] : undefined;
  const sent = slip ? actuals.map((actual) => (actual.indicatorCode === slip.indicatorCode ? withSlip(actual, slip.delta) : actual)) : actuals;
  const returnReason = status === "RETURNED" ? (RETURN_REASONS[reporter.key] ?? null) : null;
  return { quarter, reporter, status, createdAt, submittedAt, reviewedAt, returnReason, editedAt: minutesBefore(submittedAt, 40), actuals: sent };
}

/** One submission per reporter and quarter, 2024-Q1 … 2025-Q2, with its actuals. */
export function buildSubmissionPlan(): PlannedSubmission[] {
  const actualsByReporter = groupActuals();
  const reporters = buildReporters();
  return REPORTED_QUARTERS.flatMap((quarter) =>
    reporters.map((reporter) => {
      const actuals = actualsByReporter.get(`${reporter.key}|${quarterKey(quarter)}`) ?? [];
      const random = randomFor(`submission:${reporter.key}:${quarterKey(quarter)}`);
      return isSameQuarter(quarter, CURRENT_QUARTER)
        ? currentSubmission(quarter, reporter, actuals, random)
        : pastSubmission(quarter, reporter, actuals, random);
    }),
  );
}
