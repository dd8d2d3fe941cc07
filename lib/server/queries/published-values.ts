import "server-only";
import type { Quarter } from "@/lib/quarters";
import type { Db } from "../db";

/** One approved value of a unit: its published revision (the latest approved), who reported it and how it was obtained. */
export interface PublishedValue {
  indicatorId: number;
  period: Quarter;
  value: number | null;
  approvedAt: Date;
  revision: number;
  origin: "DECLARED" | "MEASURED";
  /** The source system of a measured value. */
  sourceSystem: string | null;
  /** The agency whose report carried it (provincial values); null for a locality's own report. */
  agency: string | null;
}

interface Row { indicatorId: number; year: number; quarter: number; value: number | null; approvedAt: Date; revision: number; origin: "DECLARED" | "MEASURED"; sourceSystem: string | null; agency: string | null }

/**
 * The approved values of one locality in quarters begun by `today` (only `years` when given), read in one statement:
 * each Actual joined to the revision it publishes. Every public and committee figure of a unit comes from here or
 * from the score summary built from the same join.
 */
export async function loadPublishedValues(db: Db, localityId: number, today: Date, years?: number[]): Promise<PublishedValue[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT a."indicatorId", p.year, p.quarter, r.value::float8 AS value, r."approvedAt", r.revision, r.origin::text AS origin,
           ss.name AS "sourceSystem", ag.name AS agency
    FROM "Actual" a
    JOIN "ReportingPeriod" p ON p.id = a."periodId"
    JOIN "ActualRevision" r ON r."actualId" = a.id AND r.revision = a."publishedRevision"
    JOIN "Submission" s ON s.id = a."submissionId"
    LEFT JOIN "Agency" ag ON ag.id = s."agencyId"
    LEFT JOIN "SourceSystem" ss ON ss.id = r."sourceSystemId"
    WHERE a."localityId" = ${localityId} AND p."startsOn" <= ${today}
      AND (${years ?? null}::int[] IS NULL OR p.year = ANY(${years ?? null}::int[]))`;
  return rows.map(({ year, quarter, ...rest }) => ({ ...rest, period: { year, quarter: quarter as Quarter["quarter"] } }));
}

/** One approved value of an indicator, with the unit that reported it (the agency, or the locality's own name). */
export interface PublishedCell extends PublishedValue {
  localityId: number;
  numerator: number | null;
  denominator: number | null;
  reportingLocality: string | null;
}

/**
 * The approved values of one indicator for units at `levels`, in quarters begun by `today`, in one statement. At
 * national scale that is tens of thousands of values: Prisma's nested revision read would exceed PostgreSQL's
 * parameter limit, a join does not.
 */
export async function loadPublishedOfIndicator(db: Db, indicatorId: number, levels: string[], today: Date): Promise<PublishedCell[]> {
  const rows = await db.$queryRaw<(Omit<PublishedCell, "period"> & { year: number; quarter: number })[]>`
    SELECT a."localityId", a."indicatorId", p.year, p.quarter, r.value::float8 AS value, r.numerator::float8 AS numerator,
           r.denominator::float8 AS denominator, r."approvedAt", r.revision, r.origin::text AS origin,
           ss.name AS "sourceSystem", ag.name AS agency, sl.name AS "reportingLocality"
    FROM "Actual" a
    JOIN "Locality" l ON l.id = a."localityId"
    JOIN "ReportingPeriod" p ON p.id = a."periodId"
    JOIN "ActualRevision" r ON r."actualId" = a.id AND r.revision = a."publishedRevision"
    JOIN "Submission" s ON s.id = a."submissionId"
    LEFT JOIN "Agency" ag ON ag.id = s."agencyId"
    LEFT JOIN "Locality" sl ON sl.id = s."localityId"
    LEFT JOIN "SourceSystem" ss ON ss.id = r."sourceSystemId"
    WHERE a."indicatorId" = ${indicatorId} AND p."startsOn" <= ${today} AND l.level::text = ANY(${levels}::text[])`;
  return rows.map(({ year, quarter, ...rest }) => ({ ...rest, period: { year, quarter: quarter as Quarter["quarter"] } }));
}
