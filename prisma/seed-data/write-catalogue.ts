import { readFileSync } from "node:fs";
import type { Prisma } from "@/generated/prisma/client";
import { CATALOGUE_INDICATOR_SELECT, catalogueRowsFromJson, planCatalogueImport } from "../../lib/catalogue";
import { judgeCatalogueRows } from "../../lib/schemas/catalogue";
import { SEED_CREATED_AT } from "./calendar";
import type { SeedIds } from "./ids";
import { requireId } from "./ids";

type Tx = Prisma.TransactionClient;

// Read at run time rather than imported: Node's own ESM loader (tsx, Playwright) needs an import attribute for JSON.
const CATALOGUE_FILE = new URL("../catalogue/chi-tieu-quoc-gia.json", import.meta.url);

/**
 * Imports the shipped national catalogue (prisma/catalogue/chi-tieu-quoc-gia.json) as the admin import does, with
 * the same plan: the province's indicators get their national code, the ones not in the catalogue stay its own,
 * and the two entries whose formula differs from the province's definition leave a method deviation. Touches no
 * value and no target. Idempotent: a second run plans no change.
 */
export async function seedCatalogue(tx: Tx, ids: SeedIds, log: (message: string) => void = () => undefined): Promise<void> {
  const catalogueFile: unknown = JSON.parse(readFileSync(CATALOGUE_FILE, "utf8"));
  const judged = judgeCatalogueRows(catalogueRowsFromJson(catalogueFile) ?? []);
  const invalid = judged.filter((row) => row.errors.length > 0);
  if (invalid.length > 0) throw new Error(`Seed: invalid catalogue entries ${invalid.map((r) => `${r.row}: ${r.errors.join(" ")}`).join("; ")}`);
  const entries = judged.flatMap((row) => (row.entry ? [row.entry] : []));
  const plan = planCatalogueImport(entries, await tx.indicator.findMany({ select: CATALOGUE_INDICATOR_SELECT }));
  let deviations = 0;
  for (const item of plan) {
    // Every entry of the shipped file names a seeded indicator; a missing one is a mistake in the file.
    const indicatorId = item.indicatorId ?? requireId(ids.indicatorIdByCode, item.entry.localCode, "indicator");
    if (Object.keys(item.changes).length > 0) await tx.indicator.update({ where: { id: indicatorId }, data: item.changes });
    if (item.deviations.length > 0) {
      await tx.methodDeviation.createMany({ data: item.deviations.map((description) => ({ indicatorId, localityId: null, description, recordedAt: SEED_CREATED_AT })) });
      deviations += item.deviations.length;
    }
  }
  log(`[seed] national catalogue: ${entries.length} entries, ${plan.filter((i) => i.action !== "unchanged").length} indicators linked, ${deviations} method deviations`);
}
