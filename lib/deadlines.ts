// Deadlines are calendar dates in Vietnam (stored as UTC midnight of that date); a submission is on time
// when it arrives before that day ends in Vietnam (UTC+7).
const DAY_MS = 24 * 60 * 60 * 1000;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export function endOfDeadlineDay(deadline: Date): Date {
  return new Date(deadline.getTime() + DAY_MS - VIETNAM_OFFSET_MS - 1);
}

/** Late when submitted after the deadline day, or (not yet submitted) when today is past the deadline. */
export function isLate(deadline: Date, submittedAt: Date | null, today: Date): boolean {
  return submittedAt !== null ? submittedAt > endOfDeadlineDay(deadline) : today > deadline;
}

/** Whole days from today until the deadline (negative when overdue). */
export function daysUntil(deadline: Date, today: Date): number {
  return Math.round((deadline.getTime() - today.getTime()) / DAY_MS);
}
