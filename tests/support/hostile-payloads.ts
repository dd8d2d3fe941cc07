import fc from "fast-check";

// The payload families of the hostile-input tests. `refused*` values must be refused by the application for a
// field of that kind whatever the other fields hold; `noise` values may be valid (odd Unicode, formulas, path
// tricks) and ride along in the other fields, so validation meets them together.

/** A deterministic seed (override with HOSTILE_SEED=<n>), printed whenever a property fails. */
export const HOSTILE_SEED = Number(process.env.HOSTILE_SEED ?? 20_261_115);
export const RUNS = 25;
fc.configureGlobal({ seed: HOSTILE_SEED, numRuns: RUNS });

/** 100 kB and more, in a few shapes: one letter, digits (a huge "number"), Vietnamese, emoji. */
export const huge = fc.constantFrom(
  "a".repeat(100_001),
  "9".repeat(120_000),
  "Ư".repeat(100_003),
  "😀".repeat(60_000),
  `${"=1+1;".repeat(25_000)}`,
);

export const UNICODE_EDGES = {
  nul: "ab\u0000cd",
  controls: "a\u0001\u0007\u001b[31mđỏ\u001b[0m",
  loneHigh: "x\ud800y",
  loneLow: "\udfffx",
  rtlOverride: "abc\u202egpj.exe",
  rtlMark: "\u200fשלום\u200f",
  zeroWidthJoiner: "👨\u200d👩\u200d👧",
  zeroWidthSpace: "\u200b\u200b",
  combining: "e\u0301\u0302\u0303\u0304\u0305\u0306\u0307",
  bom: "\ufeffbom",
  nonCharacter: "\uffff\ufffe",
  lineSeparator: "a\u2028b\u2029c",
} as const;

export const FORMULAS = ["=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=HYPERLINK(\"http://evil.example\",\"bấm\")", "=cmd|' /C calc'!A0"];

export const PATH_TRICKS = ["../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "C:\\Windows\\system32\\x.pdf", "a/../../b.pdf", "./.env", "%2e%2e%2fetc%2fpasswd", "x\u0000.pdf"];

const unicodeEdge = fc.constantFrom(...Object.values(UNICODE_EDGES));
const formula = fc.constantFrom(...FORMULAS);
const pathTrick = fc.constantFrom(...PATH_TRICKS);
const numberText = fc.constantFrom("NaN", "Infinity", "-Infinity", "-0", "1e308", "-1e308", "1e-320", "0x10", " 12 ", "1_000", "١٢", "１２", "2147483648", "9007199254740993");

/** Values that may or may not be valid for a field: every family, plus arbitrary text of any code point. */
export const noise: fc.Arbitrary<string> = fc.oneof(
  unicodeEdge, formula, pathTrick, numberText,
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("", " ", "true", "null", "undefined", "[]", "{}", "<script>alert(1)</script>", "' OR 1=1 --", "${7*7}"),
);

// Values that no field of the kind may accept. Ids beyond PostgreSQL's int4 and ids of nothing are included:
// validation (or the service, by looking them up) must say no in words, not the database by failing.
const NOT_AN_ID = ["", " ", "0", "-1", "-0", "1.5", "NaN", "Infinity", "-Infinity", "1e308", "2147483648", "99999999999", "9007199254740993", "abc", "١٢", "1\u0000", "1 2", "0x", "null", "[1]"];
export const MISSING_ID = "2147483647";

export const refusedId = fc.oneof(fc.constantFrom(...NOT_AN_ID, MISSING_ID), fc.integer({ min: -(2 ** 31), max: 0 }).map(String), huge);
/** An id the form may leave empty ("" = none): only values that are neither empty nor an existing id. */
export const refusedOptionalId = fc.oneof(fc.constantFrom(...NOT_AN_ID.filter((v) => v !== "" && v !== " "), MISSING_ID), huge);
export const refusedVersion = fc.constantFrom("-1", "1.5", "NaN", "Infinity", "1e308", "2147483648", "abc", "-0.5", "١");
export const refusedDate = fc.constantFrom("2025-02-30", "2025-13-01", "2025-00-10", "2025-04-31", "0000-00-00", "2025-1-1", "99999-01-01", "+275760-09-13", "2025-06-16T00:00:00Z", "16/06/2025", "", "2025-06-1\u0000", "２０２５-０６-１６");
export const refusedNumber = fc.constantFrom("NaN", "Infinity", "-Infinity", "1e308", "1e16", "12abc", "1.23.4", "--1", "0x10", "١٢", "=1+1", "1\u00002", "∞");
export const refusedEmail = fc.constantFrom("", "khong-phai-email", "a@", "@b.vn", "a b@c.vn", `${"a".repeat(300)}@x.vn`, "a\u0000@x.vn", "=1+1@x.vn");
export const refusedUrl = fc.constantFrom("javascript:alert(1)", "file:///etc/passwd", "data:text/html,<script>alert(1)</script>", "ftp://x.vn/a", "http://a b.vn", `https://x.vn/${"a".repeat(600)}`, "//evil.example", "http://x.vn/\u0000");

export function refusedEnum(allowed: readonly string[]) {
  const lowered = allowed.flatMap((v) => [v.toLowerCase(), ` ${v}`, `${v}\u0000`, `${v}\u200b`]).filter((v) => !allowed.includes(v));
  return fc.oneof(fc.constantFrom("", "__proto__", "constructor", "*", ...lowered), formula, huge);
}

/**
 * Text that must not be stored: characters no keyboard sends (NUL, other controls, non-characters). Lone
 * surrogates cannot travel in a form (FormData, like a browser, turns them into U+FFFD); the JSON routes and
 * uploads refuse them (JSON_FORBIDDEN).
 */
export const FORBIDDEN_CHARACTERS = [UNICODE_EDGES.nul, UNICODE_EDGES.controls, UNICODE_EDGES.nonCharacter];
export const JSON_FORBIDDEN = [...FORBIDDEN_CHARACTERS, UNICODE_EDGES.loneHigh, UNICODE_EDGES.loneLow];
export const refusedText = (required: boolean) =>
  fc.oneof(huge, fc.constantFrom(...FORBIDDEN_CHARACTERS), ...(required ? [fc.constantFrom("", "   ", "\t\n")] : []));

/** Not text at all: a FormData part that is a file where a field was expected. */
export const fileInsteadOfText = fc.constantFrom(new File(["=1+1"], "x.csv", { type: "text/csv" }), new File([], ""), new File(["a"], "../../x"));

/** Vietnamese letters with diacritics: a message in plain Vietnamese has at least one. */
export const VIETNAMESE = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i;
export const GENERIC_FAILURE = /lỗi hệ thống/i;
