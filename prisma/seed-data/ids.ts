/** Ids of seeded rows, resolved by natural key after each createMany. */
export interface SeedIds {
  localityIdByCode: Map<string, number>;
  agencyIdByCode: Map<string, number>;
  indicatorIdByCode: Map<string, number>;
  /** Keyed by quarterKey, e.g. "2024-Q1". */
  periodIdByKey: Map<string, number>;
  userIdByEmail: Map<string, number>;
}

export function requireId(ids: Map<string, number>, key: string, what: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Seed: no ${what} with key ${key}`);
  return id;
}

export function idsBy<T extends { id: number }>(rows: T[], keyOf: (row: T) => string): Map<string, number> {
  return new Map(rows.map((row) => [keyOf(row), row.id]));
}
