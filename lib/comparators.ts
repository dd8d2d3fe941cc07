import type { Comparator } from "./progress";

export const COMPARATOR_SYMBOL: Record<Comparator, string> = { GTE: "≥", GT: ">", LTE: "≤", LT: "<" };
