import { describe, expect, it } from "vitest";
import { parseLocalizedNumber } from "../../lib/parse-number";

describe("parseLocalizedNumber", () => {
  // Vietnamese writes a decimal comma and groups thousands with dots or spaces.
  it.each([
    ["97", 97],
    ["97,5", 97.5],
    ["97,5%", 97.5],
    [" 97 % ", 97],
    ["1.234,5", 1234.5],
    ["1.234.567", 1234567],
    ["12 345", 12345],
    ["12\u00a0345,25", 12345.25],
    ["-3,5", -3.5],
  ])("reads Vietnamese input %j as %d", (text, expected) => {
    expect(parseLocalizedNumber(text)).toBe(expected);
  });

  // English writes a decimal point and groups thousands with commas.
  it.each([
    ["97.5", 97.5],
    ["97.5%", 97.5],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["+4", 4],
    ["0", 0],
    // A single separator is always the decimal one, whichever it is (the documented rule).
    ["1.234", 1.234],
  ])("reads English input %j as %d", (text, expected) => {
    expect(parseLocalizedNumber(text)).toBe(expected);
  });

  it("returns null for empty input", () => {
    expect(parseLocalizedNumber("")).toBeNull();
    expect(parseLocalizedNumber("   ")).toBeNull();
  });

  it.each(["abc", "1.23.4", "97,", ",5x", "1,2,3.4.5", "=1+1", "1e5", "Infinity", "NaN", "%", "--1", "12,34.567,8"])(
    "rejects %j",
    (text) => {
      expect(parseLocalizedNumber(text)).toBeNaN();
    },
  );
});
