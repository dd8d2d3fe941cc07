import { parseIsoDate } from "../today";
import { z } from "./zod-locale";

// Building blocks shared by the form schemas. Each closes a gap where a value passed validation and then failed
// in the database (an error the user could only read as "system error"): ids past PostgreSQL's int4, text
// PostgreSQL cannot store, dates PostgreSQL or the calendar do not have.

/** The largest value of a PostgreSQL `integer` column (ids, versions). */
export const MAX_INT4 = 2_147_483_647;

// Ids and versions come as text (a form) or a number (a JSON body), and only so: a bare z.coerce would also
// read true as 1 and [5] as 5.

/** A row id: a whole number from 1 to MAX_INT4. */
export const idSchema = (message = "Mã không hợp lệ.") =>
  z.union([z.number(), z.string()], { error: message }).pipe(z.coerce.number<string | number>({ error: message }).int(message).positive(message).max(MAX_INT4, message));

/** The version a form last saw (optimistic locking); 0 for a row that did not exist yet when min is 0. */
export const versionSchema = (min: 0 | 1, message = "Phiên bản không hợp lệ. Vui lòng tải lại trang.") =>
  z.union([z.number(), z.string()], { error: message }).pipe(z.coerce.number<string | number>({ error: message }).int(message).min(min, message).max(MAX_INT4, message));

// NUL cannot be stored in PostgreSQL text; other C0 controls (tab and line breaks aside), lone UTF-16
// surrogates (which the driver would silently turn into U+FFFD) and the non-characters U+FFFE/U+FFFF come
// from no keyboard: they are refused rather than stored altered.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const PLAIN_TEXT_MESSAGE = "Nội dung có ký tự không hợp lệ (ký tự điều khiển hoặc lỗi mã hoá). Vui lòng gõ lại hoặc dán dưới dạng văn bản thường.";

export function isPlainText(text: string): boolean {
  return !CONTROL.test(text) && !LONE_SURROGATE.test(text);
}

/** z.string() for text that is stored: refuses what isPlainText refuses. */
export const plainString = (params?: Parameters<typeof z.string>[0]) => z.string(params).refine(isPlainText, PLAIN_TEXT_MESSAGE);

/** The years a date in this application may fall in (periods, deadlines, meetings, changes of the map). */
export const DATE_YEARS = { min: 2000, max: 2100 } as const;

/** yyyy-mm-dd, a real calendar date within DATE_YEARS; `pattern` may narrow the shape (e.g. a quarter's first day). */
export const calendarDateSchema = (message: string, pattern = /^\d{4}-\d{2}-\d{2}$/) =>
  z.string({ error: message }).regex(pattern, message).refine((text) => {
    const date = parseIsoDate(text);
    return date !== null && date.getUTCFullYear() >= DATE_YEARS.min && date.getUTCFullYear() <= DATE_YEARS.max;
  }, message);
