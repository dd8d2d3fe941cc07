import "server-only";
import type { LocalityChangeKind, LocalityLevel, LocalityType } from "@/generated/prisma/enums";
import type { Db } from "../db";
import { ForbiddenError } from "../errors";
import { canReviewSubmissions } from "../permissions";
import type { Viewer } from "../viewer";

// The administrative map for admins and the committee: the tree valid on a date, and the changes that made it.
// Dates travel as "yyyy-mm-dd" strings so the results pass to client components unchanged.

export interface ChangeLinkView {
  predecessorId: number; predecessorCode: string; predecessorName: string;
  successorId: number; successorCode: string; successorName: string;
  share: number; shareBasis: string | null;
}

export interface LocalityChangeView {
  id: number; kind: LocalityChangeKind; effectiveDate: string; decision: string; note: string | null;
  createdByName: string | null; links: ChangeLinkView[];
}

export interface LocalityTreeNode {
  id: number; code: string; name: string; level: LocalityLevel; type: LocalityType; population: number | null;
  validFrom: string; validTo: string | null;
  /** Changes this unit came out of (it is a successor) and went into (it is a predecessor). */
  changesIn: LocalityChangeView[]; changesOut: LocalityChangeView[];
  children: LocalityTreeNode[];
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const unitSelect = { id: true, code: true, name: true } as const;
const changeInclude = {
  createdBy: { select: { name: true } },
  links: { include: { predecessor: { select: unitSelect }, successor: { select: unitSelect } }, orderBy: { id: "asc" as const } },
};

type ChangeRow = Awaited<ReturnType<typeof loadChanges>>[number];
function loadChanges(db: Db, localityIds: number[] | null) {
  const where = localityIds === null ? {} : { links: { some: { OR: [{ predecessorId: { in: localityIds } }, { successorId: { in: localityIds } }] } } };
  return db.localityChange.findMany({ where, include: changeInclude, orderBy: [{ effectiveDate: "desc" }, { id: "desc" }] });
}

function toChangeView(change: ChangeRow): LocalityChangeView {
  return {
    id: change.id, kind: change.kind, effectiveDate: isoDate(change.effectiveDate), decision: change.decision, note: change.note,
    createdByName: change.createdBy?.name ?? null,
    links: change.links.map((l) => ({
      predecessorId: l.predecessor.id, predecessorCode: l.predecessor.code, predecessorName: l.predecessor.name,
      successorId: l.successor.id, successorCode: l.successor.code, successorName: l.successor.name,
      share: Number(l.share), shareBasis: l.shareBasis,
    })),
  };
}

/**
 * The units valid on `date` (UTC midnight) as a tree: province → districts → communes before 2025-07-01,
 * province → communes after. A unit whose parent is not valid that day is shown at the top, not hidden.
 */
export async function getLocalityTree(viewer: Viewer, date: Date, db: Db): Promise<LocalityTreeNode[]> {
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  const units = await db.locality.findMany({
    where: { validFrom: { lte: date }, OR: [{ validTo: null }, { validTo: { gt: date } }] },
    select: { id: true, code: true, name: true, level: true, type: true, population: true, parentId: true, validFrom: true, validTo: true },
    orderBy: { code: "asc" },
  });
  const changes = (await loadChanges(db, units.map((u) => u.id))).map(toChangeView);
  const nodes = new Map<number, LocalityTreeNode>(units.map((u) => [u.id, {
    id: u.id, code: u.code, name: u.name, level: u.level, type: u.type, population: u.population,
    validFrom: isoDate(u.validFrom), validTo: u.validTo ? isoDate(u.validTo) : null,
    changesIn: changes.filter((c) => c.links.some((l) => l.successorId === u.id)),
    changesOut: changes.filter((c) => c.links.some((l) => l.predecessorId === u.id)),
    children: [],
  }]));
  const roots: LocalityTreeNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id);
    const parent = unit.parentId === null ? undefined : nodes.get(unit.parentId);
    if (!node) continue;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Every recorded change, newest first, with its links by name. */
export async function getLocalityChanges(viewer: Viewer, db: Db): Promise<LocalityChangeView[]> {
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  return (await loadChanges(db, null)).map(toChangeView);
}
