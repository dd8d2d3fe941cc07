// One rule for numbers typed by Vietnamese and English users (documented in the README):
// - spaces (also non-breaking) are ignored, one trailing "%" is allowed, a leading "-" or "+" is kept;
// - with both "." and "," present, the one that comes LAST is the decimal separator and the other
//   groups thousands ("1.234,5" = "1,234.5" = 1234.5);
// - with only one kind present: appearing once it is the decimal separator ("97,5" = "97.5" = 97.5);
//   appearing more than once it groups thousands ("1.234.567" = "1,234,567" = 1234567);
// - thousands groups must have exactly three digits, so "1.23.4" is rejected rather than guessed.
// Returns null for empty input and NaN for anything that is not a number under this rule.

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function parseLocalizedNumber(raw: string): number | null {
  let text = raw.replace(/[\s\u00a0\u202f]/g, "");
  if (text === "") return null;
  if (text.endsWith("%")) text = text.slice(0, -1);
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let decimal: "." | "," | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? "." : ",";
  else if (lastDot >= 0 && text.indexOf(".") === lastDot) decimal = ".";
  else if (lastComma >= 0 && text.indexOf(",") === lastComma) decimal = ",";
  const grouping = decimal === "." ? "," : decimal === "," ? "." : lastDot >= 0 ? "." : ",";

  const [integerPart = "", fractionPart] = decimal ? splitOnce(text, decimal) : [text, undefined];
  const groupedInteger = new RegExp(`^[+-]?\\d{1,3}(\\${grouping}\\d{3})+$`);
  if (integerPart.includes(grouping) && !groupedInteger.test(integerPart)) return Number.NaN;
  const normalised = integerPart.split(grouping).join("") + (fractionPart !== undefined ? `.${fractionPart}` : "");
  if (!PLAIN_NUMBER.test(normalised)) return Number.NaN;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : Number.NaN;
}

function splitOnce(text: string, separator: string): [string, string] {
  const index = text.lastIndexOf(separator);
  return [text.slice(0, index), text.slice(index + 1)];
}
