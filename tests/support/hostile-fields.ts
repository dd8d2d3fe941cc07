import fc from "fast-check";
import {
  FORBIDDEN_CHARACTERS, MISSING_ID, fileInsteadOfText, huge, noise, refusedDate, refusedEmail, refusedEnum, refusedId,
  refusedNumber, refusedOptionalId, refusedText, refusedUrl, refusedVersion,
} from "./hostile-payloads";

// A form field as the hostile tests see it: its kind (which decides the values it must refuse) and the valid
// value the base form carries. A payload replaces one field with a value it must refuse, and may put noise in
// others, so every payload must be refused as a whole.

export const ABSENT = Symbol("absent");
export type FieldValue = string | File | typeof ABSENT | FieldValue[];

export type Kind =
  | { type: "id"; optional?: boolean }
  | { type: "version" }
  | { type: "text"; optional?: boolean }
  | { type: "enum"; values: readonly string[]; optional?: boolean }
  | { type: "date"; optional?: boolean }
  | { type: "quarterStart" }
  | { type: "number"; optional?: boolean }
  | { type: "int"; min: number; max: number }
  | { type: "email" }
  | { type: "url" }
  /** JSON text; `variants` are hostile documents of the form's own shape. */
  | { type: "json"; variants?: string[] }
  | { type: "hash" }
  | { type: "file" }
  | { type: "refused"; values: readonly string[] }
  /** Read but never refused (a checkbox), or steering which other fields are read: never mutated. */
  | { type: "fixed" };

export interface Field {
  name: string;
  kind: Kind;
  base: FieldValue;
  /** The field decides which other fields are read (unitKind, the grid's indicatorId): no noise in it. */
  steering?: boolean;
}

export const id = (name: string, base: number | string, optional = false): Field => ({ name, kind: { type: "id", optional }, base: String(base) });
export const text = (name: string, base: string, optional = false): Field => ({ name, kind: { type: "text", optional }, base });
export const choice = (name: string, values: readonly string[], base: string, optional = false): Field => ({ name, kind: { type: "enum", values, optional }, base });
export const field = (name: string, kind: Kind, base: FieldValue, steering = false): Field => ({ name, kind, base, steering });

const optional = (kind: Kind) => ("optional" in kind && kind.optional === true) || kind.type === "version" || kind.type === "number" || kind.type === "url";
const orAbsent = (kind: Kind, arb: fc.Arbitrary<FieldValue>): fc.Arbitrary<FieldValue> =>
  optional(kind) ? arb : fc.oneof(arb, fc.constant<FieldValue>(ABSENT));

const QUARTER_START_REFUSED = ["2025-05-01", "2025-04-02", "2025-4-01", "", "0000-01-01", "10000-01-01", "2025-07-01T00:00:00Z", "01/07/2025"];
const HASH_REFUSED = ["", "zz", "0".repeat(63), `${"a".repeat(64)}\u0000`, "g".repeat(64)];
const JSON_REFUSED = ["", "{", "[]", "null", "1e308", "\"MERGE\"", "{\"__proto__\":{\"role\":\"ADMIN\"}}", `${"[".repeat(5_000)}${"]".repeat(5_000)}`, "{\"kind\":\"MERGE\"}", "\u0000"];

/** Values the field must refuse, whatever the other fields hold. Null when the field refuses nothing. */
export function refusedFor(kind: Kind): fc.Arbitrary<FieldValue> | null {
  const asValue = (arb: fc.Arbitrary<string>) => arb as fc.Arbitrary<FieldValue>;
  const notText = fileInsteadOfText as fc.Arbitrary<FieldValue>;
  switch (kind.type) {
    case "id": return orAbsent(kind, fc.oneof(asValue(kind.optional ? refusedOptionalId : refusedId), notText));
    case "version": return fc.oneof(asValue(refusedVersion), notText);
    case "text": return orAbsent(kind, fc.oneof(asValue(refusedText(!kind.optional)), notText));
    case "enum": return orAbsent(kind, fc.oneof(asValue(refusedEnum(kind.values)), notText));
    case "date": return orAbsent(kind, fc.oneof(asValue(kind.optional ? refusedDate.filter((d) => d !== "") : refusedDate), notText));
    case "quarterStart": return orAbsent(kind, fc.oneof(fc.constantFrom(...QUARTER_START_REFUSED), notText));
    case "number": return fc.oneof(asValue(refusedNumber), asValue(huge), notText);
    case "int": {
      const values = [String(kind.min - 1), String(kind.max + 1), "NaN", "1e308", `${kind.min}.5`, "Infinity", "-Infinity", "2147483648", ...(kind.min > 0 ? [""] : [])];
      return orAbsent({ type: kind.min > 0 ? "id" : "version" }, fc.oneof(fc.constantFrom(...values), asValue(huge), notText));
    }
    case "email": return orAbsent(kind, fc.oneof(asValue(refusedEmail), asValue(huge), notText));
    case "url": return fc.oneof(asValue(refusedUrl), asValue(huge), notText);
    case "json": return orAbsent(kind, fc.oneof(fc.constantFrom(...JSON_REFUSED, ...(kind.variants ?? [])), asValue(huge), notText));
    case "hash": return orAbsent(kind, fc.oneof(fc.constantFrom(...HASH_REFUSED), asValue(huge), notText));
    case "file": return fc.constantFrom<FieldValue>(ABSENT, "not a file", new File([], ""), new File([], "empty.xlsx"));
    case "refused": return orAbsent(kind, fc.oneof(fc.constantFrom(...kind.values), asValue(huge), notText));
    case "fixed": return null;
  }
}

/** Deterministic: the refused values of a kind that pass a naive check and reach the service or the database. */
export function deepRefusedFor(kind: Kind): FieldValue[] {
  switch (kind.type) {
    case "id": return [MISSING_ID, "2147483648", "99999999999", "1e308"];
    case "version": return ["2147483648", "1e308", "-1"];
    case "text": return [...FORBIDDEN_CHARACTERS, "a".repeat(100_001)];
    case "date": return ["2025-02-30", "2025-13-01", "0000-00-00", "99999-01-01"];
    case "quarterStart": return ["0000-01-01", "10000-01-01"];
    case "number": return ["1e308", "1e16", "Infinity", "9999999999999999", "1.23.4"];
    case "int": return [String(kind.max + 1), "2147483648"];
    case "url": return ["javascript:alert(1)", "http://x.vn/\u0000"];
    case "json": return [...JSON_REFUSED, ...(kind.variants ?? [])];
    case "refused": return [...kind.values];
    default: return [];
  }
}

export const fieldNoise: fc.Arbitrary<FieldValue> = noise;

/** The FormData a browser would send: ABSENT fields left out, lists as repeated parts. */
export function toFormData(values: Map<string, FieldValue>): FormData {
  const form = new FormData();
  const put = (name: string, value: FieldValue) => {
    if (value === ABSENT) return;
    if (Array.isArray(value)) for (const item of value) put(name, item);
    else form.append(name, value);
  };
  for (const [name, value] of values) put(name, value);
  return form;
}

export function describeValue(value: FieldValue): string {
  if (value === ABSENT) return "(absent)";
  if (value instanceof File) return `File(${JSON.stringify(value.name)}, ${value.size} B)`;
  if (Array.isArray(value)) return `[${value.map(describeValue).join(", ")}]`;
  return value.length > 1_000 ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} chars)` : JSON.stringify(value);
}
