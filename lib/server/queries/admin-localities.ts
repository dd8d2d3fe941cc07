import "server-only";
import type { LocalityLevel, LocalityType } from "@/generated/prisma/enums";
import type { Db } from "../db";
import { ForbiddenError } from "../errors";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";

/** A unit with its validity as "yyyy-mm-dd" (validTo exclusive), so the change form can filter by the date chosen. */
export interface ChangeFormUnit {
  id: number; code: string; name: string; level: LocalityLevel; type: LocalityType; parentId: number | null;
  population: number | null; validFrom: string; validTo: string | null;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Every unit ever recorded, for the change form: which ones may be predecessors, successors or parents depends
 * on the effective date the admin picks, and the whole map of a province is a few hundred rows at most.
 */
export async function getLocalityChangeOptions(viewer: Viewer, db: Db): Promise<ChangeFormUnit[]> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const units = await db.locality.findMany({
    select: { id: true, code: true, name: true, level: true, type: true, parentId: true, population: true, validFrom: true, validTo: true },
    orderBy: [{ level: "asc" }, { code: "asc" }, { validFrom: "asc" }],
  });
  return units.map((u) => ({ ...u, validFrom: isoDate(u.validFrom), validTo: u.validTo ? isoDate(u.validTo) : null }));
}
