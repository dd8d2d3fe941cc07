// The application's "today" can be pinned with APP_TODAY so tests and the demo never
// depend on the wall clock. Dates are calendar dates at UTC midnight.

/** "YYYY-MM-DD" only, and only real calendar dates (no 2024-02-30); UTC midnight, else null. */
export function parseIsoDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);

  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);

  // Date silently rolls overflowing days into the next month; a round trip exposes that.
  const isRealDate =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isRealDate ? date : null;
}

/**
 * APP_TODAY when set (an empty value counts as unset, as in a blank .env line), else
 * today's UTC date at midnight. A malformed APP_TODAY throws rather than silently
 * falling back to the real date, which would make a pinned demo drift.
 */
export function getToday(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.APP_TODAY;
  if (pinned !== undefined && pinned !== "") {
    const date = parseIsoDate(pinned);
    if (!date) {
      throw new Error(`APP_TODAY must be a real calendar date in the form YYYY-MM-DD, got ${JSON.stringify(pinned)}`);
    }
    return date;
  }
  // The calendar day in Vietnam (UTC+7, no daylight saving), where every deadline is set.
  const inVietnam = new Date(Date.now() + VIETNAM_OFFSET_MS);
  return new Date(Date.UTC(inVietnam.getUTCFullYear(), inVietnam.getUTCMonth(), inVietnam.getUTCDate()));
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The instant to stamp on writes (submittedAt, reviewedAt). With APP_TODAY pinned it is that day at the
 * current time of day, so a demo pinned to a past quarter records submissions inside that quarter.
 */
export function getNow(env: Record<string, string | undefined> = process.env): Date {
  const now = Date.now();
  if (env.APP_TODAY === undefined || env.APP_TODAY === "") return new Date(now);
  const timeOfDay = (now + VIETNAM_OFFSET_MS) % DAY_MS;
  return new Date(getToday(env).getTime() + timeOfDay - VIETNAM_OFFSET_MS);
}

const DAY_MS = 24 * 60 * 60 * 1000;
