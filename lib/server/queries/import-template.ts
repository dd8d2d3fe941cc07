import "server-only";
import { quarterKey } from "@/lib/quarters";
import type { Db } from "../db";
import { NotFoundError } from "../errors";
import type { TemplateData } from "../import/write-template";
import type { Viewer } from "../viewer";
import { getEntryWorkspace } from "./entry";
import { asQuarter } from "./periods";

/** The officer's own unit, due indicators and current values for a period that has begun, for the template. */
export async function getImportTemplate(viewer: Viewer, periodKey: string, db: Db, today: Date): Promise<TemplateData> {
  const workspace = await getEntryWorkspace(viewer, periodKey, db, today);
  // getEntryWorkspace falls back to the current period; a template names exactly the period asked for.
  if (!workspace.period || quarterKey(asQuarter(workspace.period)) !== periodKey) throw new NotFoundError("Không tìm thấy kỳ báo cáo.");
  const { reporter } = workspace;
  const unitCode = reporter.agencyId !== null
    ? (await db.agency.findUniqueOrThrow({ where: { id: reporter.agencyId }, select: { code: true } })).code
    : (await db.locality.findUniqueOrThrow({ where: { id: reporter.localityId ?? -1 }, select: { code: true } })).code;
  return {
    periodKey,
    unitCode,
    unitName: workspace.reporterName,
    rows: workspace.rows.map((r) => ({ code: r.code, name: r.nameVi, unit: r.unit, target: r.targetValue, value: r.value, note: r.note })),
  };
}
