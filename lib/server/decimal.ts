import "server-only";

/** Prisma returns numeric columns as Decimal; the domain works in numbers (values carry 4 decimals at most). */
export function toNumber(value: { toString(): string } | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value.toString());
}
