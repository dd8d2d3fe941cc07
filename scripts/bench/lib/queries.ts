// Committee reads on the generated data set: the overview, the commune ranking and one province's heat map, each
// through the application's own query function (Prisma, scoring in TypeScript) beside the best hand-written SQL that
// returns the same rows, sent through a plain pg client on the same connection path (wall clock, so both pay the
// round trips and row transfer; PostgreSQL's own EXPLAIN ANALYZE time is reported beside it). The hand SQL's plans
// must use the indexes on the big tables. On the small CI data set the planner rightly prefers sequential scans of
// small tables, so there the check plans with sequential scans disabled: a big-table access that still scans
// sequentially has no index that can serve it, and fails the run.
import pg from "pg";
import { createPrismaClient } from "../../../lib/server/prisma-client";
import { getCommitteeOverview } from "../../../lib/server/queries/committee-overview";
import { getHeatMap, getLocalityRanking } from "../../../lib/server/queries/committee-localities";
import type { Viewer } from "../../../lib/server/viewer";
import { quarterEnd, quarterStart } from "../../../lib/quarters";
import { benchResult, timeRuns, type BenchContext, type BenchResult, type BenchSection } from "./result";

const BIG_TABLES = ["Actual", "ActualRevision", "Target", "ScoreCell", "LocalityScore", "Submission"];

interface Plan { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: Plan[] }
interface Explained { Plan: Plan; "Planning Time": number; "Execution Time": number }

/** Milliseconds PostgreSQL spends planning and executing `sql`, and the relations it scans sequentially. */
async function explain(client: pg.Client, sql: string, params: unknown[]): Promise<{ ms: number; seqScans: string[]; indexes: string[] }> {
  const { rows } = await client.query<{ "QUERY PLAN": Explained[] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
  const explained = rows[0]?.["QUERY PLAN"][0];
  if (!explained) throw new Error("EXPLAIN returned no plan");
  const seqScans: string[] = [];
  const indexes: string[] = [];
  const walk = (node: Plan) => {
    if (node["Node Type"] === "Seq Scan" && node["Relation Name"] && BIG_TABLES.includes(node["Relation Name"])) seqScans.push(node["Relation Name"]);
    if (node["Index Name"]) indexes.push(node["Index Name"]);
    node.Plans?.forEach(walk);
  };
  walk(explained.Plan);
  return { ms: explained["Planning Time"] + explained["Execution Time"], seqScans, indexes };
}

interface HandQuery { sql: string; params: unknown[] }

/** The hand SQL's wall time (median of `iterations` runs of all its statements) and its plans, explained once. */
async function timeHandSql(client: pg.Client, queries: HandQuery[], iterations: number, forceIndexes: boolean) {
  const timing = await timeRuns(async () => { for (const q of queries) await client.query(q.sql, q.params); }, { warmup: 2, iterations });
  const plans = { seqScans: [] as string[], indexes: [] as string[], serverMs: 0 };
  if (forceIndexes) await client.query("SET enable_seqscan = off");
  try {
    for (const q of queries) {
      const r = await explain(client, q.sql, q.params);
      plans.seqScans.push(...r.seqScans);
      plans.indexes.push(...r.indexes);
      plans.serverMs += r.ms;
    }
  } finally {
    if (forceIndexes) await client.query("RESET enable_seqscan");
  }
  return { timing, plans };
}

async function benchContext(client: pg.Client) {
  const committee = await client.query<{ id: number; name: string; email: string }>(`SELECT id, name, email FROM "User" WHERE role = 'COMMITTEE' AND active ORDER BY id LIMIT 1`);
  const province = await client.query<{ id: number }>(`SELECT id FROM "Locality" WHERE level = 'PROVINCE' AND "validTo" IS NULL ORDER BY id LIMIT 1`);
  // The ranking's default quarter: the latest begun quarter whose commune reports are all approved.
  const period = await client.query<{ id: number; year: number; quarter: number }>(`
    SELECT p.id, p.year, p.quarter FROM "ReportingPeriod" p
    WHERE p."startsOn" <= $1 AND EXISTS (SELECT 1 FROM "LocalityScore" s WHERE s."periodId" = p.id)
      AND NOT EXISTS (SELECT 1 FROM "Submission" s JOIN "Locality" l ON l.id = s."localityId" WHERE s."periodId" = p.id AND s.status <> 'APPROVED' AND l.level = 'COMMUNE')
    ORDER BY p.year DESC, p.quarter DESC LIMIT 1`, [process.env.APP_TODAY]);
  const user = committee.rows[0];
  const provinceId = province.rows[0]?.id;
  const chosen = period.rows[0];
  if (!user || provinceId === undefined || !chosen) throw new Error("the bench database lacks a committee user, a province or an approved quarter: run npm run bench:data");
  const viewer: Viewer = { userId: user.id, name: user.name, email: user.email, role: "COMMITTEE", localityId: null, agencyId: null };
  return { viewer, provinceId, period: { year: chosen.year, quarter: chosen.quarter as 1 | 2 | 3 | 4 }, periodId: chosen.id };
}

export const queriesSection: BenchSection = async (ctx: BenchContext) => {
  process.env.APP_TODAY ??= "2026-11-28";
  const client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
  const db = createPrismaClient(ctx.databaseUrl);
  try {
    const { viewer, provinceId, period } = await benchContext(client);
    const periodKey = `${period.year}-Q${period.quarter}`;
    const iterations = ctx.ci ? 5 : 20;
    const validity = [quarterEnd(period), quarterStart(period)];
    const results: BenchResult[] = [];

    const cases: { id: string; title: string; run: () => Promise<unknown>; hand: HandQuery[]; detail: string }[] = [
      {
        id: "query.overview",
        title: "Committee overview (province, latest quarter)",
        run: () => getCommitteeOverview(viewer, periodKey, db),
        hand: [
          { sql: `SELECT a."indicatorId", p.year, p.quarter, r.value::float8 AS value, r."approvedAt", r.revision, r.origin, ss.name AS "sourceSystem", ag.name AS agency
                  FROM "Actual" a JOIN "ReportingPeriod" p ON p.id = a."periodId" JOIN "ActualRevision" r ON r."actualId" = a.id AND r.revision = a."publishedRevision"
                  JOIN "Submission" s ON s.id = a."submissionId" LEFT JOIN "Agency" ag ON ag.id = s."agencyId" LEFT JOIN "SourceSystem" ss ON ss.id = r."sourceSystemId"
                  WHERE a."localityId" = $1 AND p."startsOn" <= $2`, params: [provinceId, process.env.APP_TODAY] },
          { sql: `SELECT t.id, t."indicatorId", t.year, t.value, t.comparator, t.baseline, t.deadline, i.code, i."nameVi", i."nameEn", i.unit, i.kind, i.direction,
                         i.source, i.definition, i."numeratorDefinition", i."denominatorDefinition", pl.code AS pillar, ag.name AS "leadAgency"
                  FROM "Target" t JOIN "Indicator" i ON i.id = t."indicatorId" JOIN "Pillar" pl ON pl.id = i."pillarId" LEFT JOIN "Agency" ag ON ag.id = t."leadAgencyId"
                  WHERE t."localityId" = $1 AND t.year <= $2 ORDER BY pl."sortOrder", i."sortOrder"`, params: [provinceId, period.year] },
          { sql: `SELECT DISTINCT p.year, p.quarter FROM "Submission" s JOIN "ReportingPeriod" p ON p.id = s."periodId"
                  WHERE s."agencyId" IS NOT NULL AND s.status IN ('DRAFT', 'SUBMITTED', 'RETURNED')`, params: [] },
        ],
        detail: "hand SQL: the rows the overview is computed from (the province's approved values with their provenance, its targets with their indicators, the quarters with open agency reports)",
      },
      {
        id: "query.ranking",
        title: "Ranking of every commune in the country",
        run: () => getLocalityRanking(viewer, { periodKey, level: "COMMUNE", cells: "ranked" }, db),
        hand: [{
          sql: `WITH open AS (SELECT DISTINCT s."periodId" FROM "Submission" s JOIN "Locality" sl ON sl.id = s."localityId"
                  WHERE s.status IN ('DRAFT', 'SUBMITTED', 'RETURNED') AND sl.level = 'COMMUNE'),
                chosen AS (SELECT p.id FROM "ReportingPeriod" p WHERE p."startsOn" <= $1 AND p.id NOT IN (SELECT "periodId" FROM open)
                  AND EXISTS (SELECT 1 FROM "LocalityScore" ls JOIN "Locality" l ON l.id = ls."localityId" WHERE ls."periodId" = p.id AND ls."approvedValues" > 0 AND l.level = 'COMMUNE')
                  ORDER BY p.year DESC, p.quarter DESC LIMIT 1)
                SELECT l.id, l.code, l.name, pl.code, pl.name, s.targets, s.met, s."averageProgress", rank() OVER (ORDER BY s.met::float8 / NULLIF(s.targets, 0) DESC NULLS LAST, s."averageProgress" DESC NULLS LAST)
                FROM "Locality" l LEFT JOIN "Locality" pl ON pl.id = l."parentId" LEFT JOIN "LocalityScore" s ON s."localityId" = l.id AND s."periodId" = (SELECT id FROM chosen)
                WHERE l.level = 'COMMUNE' AND l."validFrom" <= $2 AND (l."validTo" IS NULL OR l."validTo" > $3)`,
          params: [process.env.APP_TODAY, ...validity],
        }],
        detail: "hand SQL: one statement choosing the default quarter and ranking from the LocalityScore summary",
      },
      {
        id: "query.heat-map",
        title: "Heat map: one province's communes × indicators",
        run: () => getHeatMap(viewer, { periodKey, level: "COMMUNE", provinceId }, db),
        hand: [{
          sql: `WITH open AS (SELECT DISTINCT s."periodId" FROM "Submission" s JOIN "Locality" sl ON sl.id = s."localityId"
                  WHERE s.status IN ('DRAFT', 'SUBMITTED', 'RETURNED') AND sl.level = 'COMMUNE'),
                chosen AS (SELECT p.id FROM "ReportingPeriod" p WHERE p."startsOn" <= $1 AND p.id NOT IN (SELECT "periodId" FROM open)
                  AND EXISTS (SELECT 1 FROM "LocalityScore" ls JOIN "Locality" l ON l.id = ls."localityId" WHERE ls."periodId" = p.id AND ls."approvedValues" > 0 AND l.level = 'COMMUNE')
                  ORDER BY p.year DESC, p.quarter DESC LIMIT 1)
                SELECT l.id, l.code, l.name, c."indicatorId", c.ytd, c."targetValue", c.progress, c.band
                FROM "Locality" l LEFT JOIN "ScoreCell" c ON c."localityId" = l.id AND c."periodId" = (SELECT id FROM chosen)
                WHERE l.level = 'COMMUNE' AND l."validFrom" <= $2 AND (l."validTo" IS NULL OR l."validTo" > $3)
                  AND (l."parentId" = $4 OR l."parentId" IN (SELECT id FROM "Locality" WHERE "parentId" = $4))`,
          params: [process.env.APP_TODAY, ...validity, provinceId],
        }],
        detail: "hand SQL: one statement choosing the default quarter and reading the ScoreCell summary",
      },
    ];

    for (const c of cases) {
      ctx.log(`[bench] ${c.id}`);
      const app = await timeRuns(c.run, { warmup: 2, iterations });
      const hand = await timeHandSql(client, c.hand, iterations, ctx.size === "small");
      const structural = hand.plans.seqScans.length > 0 ? `; sequential scan of ${[...new Set(hand.plans.seqScans)].join(", ")}` : "";
      if (structural && ctx.ci) throw new Error(`${c.id}: the hand SQL's plan does not use the indexes${structural}`);
      results.push(benchResult({
        id: c.id, title: c.title, unit: "ms", figure: app.p50, baseline: hand.timing.p50, baselineLabel: "hand SQL via pg",
        goal: { maxRatio: 2, maxFigure: 100 },
        detail: `${c.detail}; median of ${iterations}; app p95 ${app.p95.toFixed(1)} ms; hand SQL in PostgreSQL (EXPLAIN ANALYZE) ${hand.plans.serverMs.toFixed(1)} ms${ctx.size === "small" ? " (planned with seq scans off)" : ""}; indexes: ${[...new Set(hand.plans.indexes)].join(", ") || "none"}${structural}`,
      }));
    }
    return results;
  } finally {
    await db.$disconnect();
    await client.end();
  }
};
