// Quarters are calendar periods, so every Date here is built with Date.UTC and read with
// getUTC*: results must not depend on the server's time zone (Vietnam is UTC+7).
// date-fns' quarter helpers work in local time, hence the plain UTC arithmetic below.

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

type QuarterNumber = Quarter["quarter"];

const ROMAN_NUMERALS = { 1: "I", 2: "II", 3: "III", 4: "IV" } as const satisfies Record<QuarterNumber, string>;

const MIN_KEY_YEAR = 2000;
const MAX_KEY_YEAR = 2100;

// A running count of quarters makes year roll-overs ordinary arithmetic.
function toIndex(q: Quarter): number {
  return q.year * 4 + (q.quarter - 1);
}

function fromIndex(index: number): Quarter {
  const year = Math.floor(index / 4);
  // index - year * 4 is always 0..3, so the cast cannot produce an invalid quarter.
  return { year, quarter: (index - year * 4 + 1) as QuarterNumber };
}

export function quarterOf(date: Date): Quarter {
  return fromIndex(date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3));
}

export function quarterStart(q: Quarter): Date {
  return new Date(Date.UTC(q.year, (q.quarter - 1) * 3, 1));
}

/** UTC midnight of the quarter's last day; the day itself belongs to the quarter (inclusive). */
export function quarterEnd(q: Quarter): Date {
  // Day 0 of the following month is the last day of the quarter's last month.
  return new Date(Date.UTC(q.year, q.quarter * 3, 0));
}

export function previousQuarter(q: Quarter): Quarter {
  return fromIndex(toIndex(q) - 1);
}

export function nextQuarter(q: Quarter): Quarter {
  return fromIndex(toIndex(q) + 1);
}

/** Negative when a is earlier, 0 when equal, positive when later (the distance in quarters). */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return toIndex(a) - toIndex(b);
}

export function quarterKey(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}

/** Strict inverse of quarterKey: keys come from URLs, so anything else is rejected, not repaired. */
export function parseQuarterKey(key: string): Quarter | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_KEY_YEAR || year > MAX_KEY_YEAR) return null;
  return fromIndex(year * 4 + Number(match[2]) - 1);
}

/** Q1 up to and including q, within q's year. */
export function quartersOfYearUpTo(q: Quarter): Quarter[] {
  return quartersBetween({ year: q.year, quarter: 1 }, q);
}

/** Inclusive and ascending; empty when from is after to. */
export function quartersBetween(from: Quarter, to: Quarter): Quarter[] {
  const quarters: Quarter[] = [];
  for (let index = toIndex(from); index <= toIndex(to); index += 1) {
    quarters.push(fromIndex(index));
  }
  return quarters;
}

/** The 20th of the quarter's last month: Vietnamese quarterly reports are due within that month. */
export function defaultDeadline(q: Quarter): Date {
  return new Date(Date.UTC(q.year, q.quarter * 3 - 1, 20));
}

export function formatQuarter(q: Quarter, locale: "vi" | "en"): string {
  return locale === "vi" ? `Quý ${ROMAN_NUMERALS[q.quarter]}/${q.year}` : `Q${q.quarter} ${q.year}`;
}

export function isLastQuarterOfYear(q: Quarter): boolean {
  return q.quarter === 4;
}
