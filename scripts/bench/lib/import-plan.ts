// The 100,000 measurements of the import benchmark, as a source system would push them: daily figures for every
// commune of the province's information systems, day after day up to BENCH_TODAY, cut into API batches of
// 5,000 rows. The same rows, resolved to ids, feed the COPY baseline.
import type pg from "pg";
import { MAX_INGEST_ROWS } from "../../../lib/schemas/ingest";
import { BENCH_TODAY } from "./bench-db";
import { DAY_MS, TODAY_MS, noise } from "./generate-shape";

export const IMPORT_ROWS = 100_000;
/** Up to four weeks of daily figures: enough indicators are pushed that the rows fit in them. */
const MAX_DAYS = 28;
const MIN_INDICATORS = 10;

export interface PlannedIndicator { id: number; code: string; unit: string; kind: string; counts: boolean }
export interface PlannedCommune { id: number; code: string }
export interface PlannedRow { indicator: PlannedIndicator; commune: PlannedCommune; day: string; value: number; numerator: number | null; denominator: number | null }

export interface ImportPlan {
  periodId: number;
  indicators: PlannedIndicator[];
  communes: PlannedCommune[];
  days: string[];
  rows: PlannedRow[];
  /** The rows as API bodies, 5,000 rows each. */
  batches: { measurements: Record<string, unknown>[] }[];
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

function figure(indicator: PlannedIndicator, commune: PlannedCommune, dayIndex: number): Pick<PlannedRow, "value" | "numerator" | "denominator"> {
  const u = noise(indicator.id, commune.id, dayIndex, 71);
  if (indicator.counts) {
    const denominator = 20 + Math.floor(180 * noise(indicator.id, commune.id, dayIndex, 72));
    const numerator = Math.floor(denominator * (0.4 + 0.6 * u));
    return { value: round4((100 * numerator) / denominator), numerator, denominator };
  }
  if (indicator.unit === "PERCENT") return { value: round4(40 + 60 * u), numerator: null, denominator: null };
  if (indicator.unit === "VND_BILLION") return { value: round4(5 * u), numerator: null, denominator: null };
  if (indicator.unit === "HOURS" || indicator.unit === "DAYS") return { value: round4(1 + 20 * u), numerator: null, denominator: null };
  return { value: Math.floor(500 * u), numerator: null, denominator: null };
}

/**
 * Every commune valid on BENCH_TODAY and the first commune indicators (by id): at least ten, more when the
 * communes are few, so the rows span at most four weeks. Rows go day by day, so each batch holds one or two
 * days of figures for thousands of cells, and later batches roll up cells that already hold measurements.
 */
export async function planImport(client: pg.Client): Promise<ImportPlan> {
  const { rows: [period] } = await client.query<{ id: number }>(`SELECT id FROM "ReportingPeriod" WHERE year = 2026 AND quarter = 4`);
  if (!period) throw new Error("import: the data set has no 2026-Q4 period");
  const { rows: communes } = await client.query<PlannedCommune>(`
    SELECT id, code FROM "Locality" WHERE level = 'COMMUNE' AND "validFrom" <= $1::date AND ("validTo" IS NULL OR "validTo" > $1::date) ORDER BY code`, [BENCH_TODAY]);
  const { rows: all } = await client.query<PlannedIndicator>(`
    SELECT id, code, unit, kind, (kind = 'RATE' AND unit = 'PERCENT' AND "numeratorDefinition" IS NOT NULL AND "denominatorDefinition" IS NOT NULL) AS counts
    FROM "Indicator" WHERE active AND 'COMMUNE' = ANY(levels) ORDER BY id`);
  const wanted = Math.max(MIN_INDICATORS, Math.ceil(IMPORT_ROWS / (communes.length * MAX_DAYS)));
  const indicators = all.slice(0, wanted);
  const cells = communes.length * indicators.length;
  const dayCount = Math.ceil(IMPORT_ROWS / cells);
  if (dayCount > MAX_DAYS) throw new Error(`import: ${communes.length} communes × ${indicators.length} indicators cannot hold ${IMPORT_ROWS} rows in ${MAX_DAYS} days`);
  const days = Array.from({ length: dayCount }, (_, i) => new Date(TODAY_MS - (dayCount - 1 - i) * DAY_MS).toISOString().slice(0, 10));
  const rows: PlannedRow[] = [];
  outer: for (const [dayIndex, day] of days.entries()) {
    for (const commune of communes) {
      for (const indicator of indicators) {
        if (rows.length === IMPORT_ROWS) break outer;
        rows.push({ indicator, commune, day, ...figure(indicator, commune, dayIndex) });
      }
    }
  }
  const batches: ImportPlan["batches"] = [];
  for (let start = 0; start < rows.length; start += MAX_INGEST_ROWS) {
    batches.push({
      measurements: rows.slice(start, start + MAX_INGEST_ROWS).map((r) => ({
        indicator: r.indicator.code, locality: r.commune.code, date: r.day, value: r.value,
        ...(r.numerator === null ? {} : { numerator: r.numerator, denominator: r.denominator }),
      })),
    });
  }
  return { periodId: period.id, indicators, communes, days, rows, batches };
}

/** The rows as COPY text lines for "Measurement", as the ingestion path would store them. */
export function copyLines(plan: ImportPlan, ids: { sourceSystemId: number; batchId: number; receivedAt: Date }): string {
  const received = ids.receivedAt.toISOString();
  const nul = (n: number | null) => (n === null ? "\\N" : String(n));
  return plan.rows.map((r) => [
    r.indicator.id, r.commune.id, plan.periodId, r.day, r.value, nul(r.numerator), nul(r.denominator), ids.sourceSystemId, ids.batchId, received,
  ].join("\t")).join("\n") + "\n";
}

export const COPY_COLUMNS = ["indicatorId", "localityId", "periodId", "measuredOn", "value", "numerator", "denominator", "sourceSystemId", "batchId", "receivedAt"];
