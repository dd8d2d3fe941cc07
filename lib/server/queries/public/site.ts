import "server-only";
import type { Db } from "../../db";

export interface PublicSite {
  province: { code: string; name: string } | null;
  /** ISO timestamp of the latest approval of any published value; the footer's "last updated". */
  lastUpdated: string | null;
}

/** What every public page's header and footer show; public data only. */
export async function getPublicSite(db: Db): Promise<PublicSite> {
  const [province, latest] = await Promise.all([
    db.locality.findFirst({ where: { level: "PROVINCE", validTo: null }, orderBy: { id: "asc" }, select: { code: true, name: true } }),
    db.actualRevision.aggregate({ _max: { approvedAt: true } }),
  ]);
  return { province, lastUpdated: latest._max.approvedAt?.toISOString() ?? null };
}
