// The generated world (map, lineage, catalogue, accounts) and the COPY jobs of its small tables. Ids are
// assigned here, explicitly, so every foreign key of the big tables is known without a round trip.
import type { CopyJob } from "./copy";
import { NULL, chunked, date, text, timestamp } from "./copy";
import { BENCH_AGENCIES, PILLARS, buildIndicators } from "./generate-indicators";
import type { BenchIndicator } from "./generate-indicators";
import { buildLineage } from "./generate-lineage";
import type { BenchLineage } from "./generate-lineage";
import { buildOldMap } from "./generate-localities";
import type { BenchLocality, BenchMap } from "./generate-localities";
import type { BenchShape } from "./generate-shape";
import { DAY_MS, FIRST_REFORM_PERIOD, PERIOD_COUNT, REFORM_DATE, periodDates, periodOf } from "./generate-shape";
import { ADMIN_ID, buildUsers } from "./generate-users";
import type { BenchUsers } from "./generate-users";
import { modelFor } from "./generate-values";
import type { ValueModel } from "./generate-values";

export interface BenchWorld {
  shape: BenchShape;
  map: BenchMap;
  lineage: BenchLineage;
  indicators: BenchIndicator[];
  models: ValueModel[];
  users: BenchUsers;
  /** Every locality, at index id - 1. */
  localities: BenchLocality[];
}

export function buildWorld(shape: BenchShape): BenchWorld {
  const oldMap = buildOldMap(shape);
  const lineage = buildLineage(oldMap);
  const map: BenchMap = { ...oldMap, newCommunes: lineage.newCommunes };
  const localities = [...map.provinces, ...map.districts, ...map.oldCommunes, ...map.newCommunes];
  localities.forEach((locality, index) => {
    if (locality.id !== index + 1) throw new Error(`Locality ids are not dense at ${locality.code}`);
  });
  const indicators = buildIndicators();
  return {
    shape, map, lineage, indicators, localities,
    models: indicators.map(modelFor),
    users: buildUsers(map, BENCH_AGENCIES.map((agency) => agency.code)),
  };
}

/** Whether the period (by index) is reported in the post-reform map. */
export function isReformPeriod(periodIndex: number): boolean {
  return periodIndex >= FIRST_REFORM_PERIOD;
}

export const row = (fields: string[]): string => `${fields.join("\t")}\n`;

const MAP_CREATED = Date.parse("2020-01-02T02:00:00Z");
const REFORM_RECORDED = Date.parse("2025-06-20T02:00:00Z");
const CATALOGUE_CREATED = Date.parse("2020-12-15T02:00:00Z");

function job(table: string, columns: string[], lines: string[]): CopyJob {
  return { table, columns, total: lines.length, chunks: () => chunked(lines) };
}

export function referenceJobs(world: BenchWorld, passwordHash: string): CopyJob[] {
  const { localities, indicators, lineage, users } = world;
  const localityRows = localities.map((l) => row([
    String(l.id), l.code, text(l.name), l.level, l.type, l.parentId === null ? NULL : String(l.parentId), l.validFrom,
    l.validTo ?? NULL, String(l.population), timestamp(l.validTo === null && l.level === "COMMUNE" ? REFORM_RECORDED : MAP_CREATED),
  ]));
  const periodRows = Array.from({ length: PERIOD_COUNT }, (_, index) => {
    const { year, quarter } = periodOf(index);
    const { startsMs, endsMs, deadlineMs } = periodDates(index);
    // Quarters up to 2025-Q4 are closed and locked; 2026 is open.
    const locked = year <= 2025;
    return row([
      String(index + 1), String(year), String(quarter), date(startsMs), date(endsMs), date(deadlineMs), locked ? "LOCKED" : "OPEN",
      timestamp(locked ? deadlineMs + 45 * DAY_MS + 2 * 3_600_000 : null), locked ? String(ADMIN_ID) : NULL, timestamp(startsMs - 30 * DAY_MS),
    ]);
  });
  return [
    job("Locality", ["id", "code", "name", "level", "type", "parentId", "validFrom", "validTo", "population", "createdAt"], localityRows),
    job("Agency", ["id", "code", "name", "shortName", "createdAt"], BENCH_AGENCIES.map((a, i) => row([String(i + 1), a.code, text(a.name), text(a.shortName), timestamp(CATALOGUE_CREATED)]))),
    job("Pillar", ["id", "code", "nameVi", "nameEn", "sortOrder"], PILLARS.map((p, i) => row([String(i + 1), p.code, text(p.nameVi), text(p.nameEn), String(p.sortOrder)]))),
    job(
      "Indicator",
      ["id", "code", "nameVi", "nameEn", "pillarId", "unit", "direction", "kind", "frequency", "levels", "definition", "source", "numeratorDefinition", "denominatorDefinition", "leadAgencyId", "sortOrder", "createdAt"],
      indicators.map((i) => row([
        String(i.id), i.code, text(i.nameVi), text(i.nameEn), String(i.pillarId), i.unit, i.direction, i.kind, "QUARTERLY", `{${i.levels.join(",")}}`,
        text(i.definition), text(i.source), text(i.numeratorDefinition), text(i.denominatorDefinition), String(i.leadIndex + 1), String(i.id), timestamp(CATALOGUE_CREATED),
      ])),
    ),
    job("ReportingPeriod", ["id", "year", "quarter", "startsOn", "endsOn", "deadline", "status", "lockedAt", "lockedById", "createdAt"], periodRows),
    job(
      "User",
      ["id", "email", "name", "passwordHash", "role", "active", "localityId", "agencyId", "createdAt"],
      users.users.map((u) => row([
        String(u.id), text(u.email), text(u.name), text(passwordHash), u.role, u.active ? "t" : "f", u.localityId === null ? NULL : String(u.localityId),
        u.agencyId === null ? NULL : String(u.agencyId), timestamp(u.localityId !== null && localities[u.localityId - 1]?.validTo === null ? REFORM_RECORDED : MAP_CREATED),
      ])),
    ),
    job("LocalityChange", ["id", "kind", "effectiveDate", "decision", "note", "createdById", "createdAt"],
      lineage.changes.map((c) => row([String(c.id), c.kind, REFORM_DATE, text(c.decision), text(c.note), String(ADMIN_ID), timestamp(REFORM_RECORDED)]))),
    job("LocalityLink", ["id", "changeId", "predecessorId", "successorId", "share", "shareBasis"],
      lineage.links.map((l) => row([String(l.id), String(l.changeId), String(l.predecessorId), String(l.successorId), l.share, text(l.shareBasis)]))),
  ];
}
