import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "../../lib/server/errors";
import { getHeatMap, getLocalityDetail, getLocalityRanking } from "../../lib/server/queries/committee-localities";
import { getProvinceScoreboard } from "../../lib/server/queries/scoreboard";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, viewerFor } from "./support";

const db = connectTestDb();
const Q1_START = new Date("2025-01-01T00:00:00Z");
const Q1_END = new Date("2025-03-31T00:00:00Z");
let committee: Viewer;
let communeOfficer: Viewer;

beforeAll(async () => {
  committee = await viewerFor(db, "bcd@demo.cds.vn");
  communeOfficer = await viewerFor(db, "xa.tan-hoa@demo.cds.vn");
});
afterAll(() => db.$disconnect());

/** Approved (published) values of some localities for one indicator and quarter, read straight from the tables. */
async function approvedValues(localityIds: number[], indicatorCode: string, year: number, quarter: number) {
  const actuals = await db.actual.findMany({
    where: { localityId: { in: localityIds }, indicator: { code: indicatorCode }, period: { year, quarter }, publishedRevision: { not: null } },
    select: { publishedRevision: true, revisions: { select: { revision: true, value: true, numerator: true, denominator: true } } },
  });
  return actuals.map((a) => {
    const r = a.revisions.find((x) => x.revision === a.publishedRevision);
    if (!r) throw new Error("published revision missing");
    return { value: Number(r.value), numerator: Number(r.numerator), denominator: Number(r.denominator) };
  });
}

describe("locality ranking", () => {
  it("ranks the communes of 2025-Q1 by share of targets met, each share being MET / targets", async () => {
    const ranking = await getLocalityRanking(committee, { periodKey: "2025-Q1", level: "COMMUNE" }, db);
    expect(ranking.period).toEqual({ year: 2025, quarter: 1 });
    expect(ranking.rows.length).toBe(25);
    for (const row of ranking.rows) {
      const targets = await db.target.count({ where: { localityId: row.locality.id, year: 2025, indicator: { levels: { has: "COMMUNE" } } } });
      expect(row.targets).toBe(targets);
      expect(row.met).toBe(row.cells.filter((c) => c.band === "MET").length);
      expect(row.share).toBeCloseTo(row.met / targets, 12);
    }
    const keys = ranking.rows.map((r) => [r.share ?? -1, r.averageProgress ?? -1] as const);
    for (let i = 1; i < keys.length; i++) {
      const [prev, cur] = [keys[i - 1]!, keys[i]!];
      expect(prev[0] > cur[0] || (prev[0] === cur[0] && prev[1] >= cur[1])).toBe(true);
      expect(ranking.rows[i]!.rank!).toBeGreaterThanOrEqual(ranking.rows[i - 1]!.rank!);
    }
    expect(ranking.rows[0]!.rank).toBe(1);
  });

  it("ranks by one indicator's progress when asked", async () => {
    const ranking = await getLocalityRanking(committee, { periodKey: "2025-Q1", level: "COMMUNE", indicatorCode: "XA-02" }, db);
    expect(ranking.indicator?.code).toBe("XA-02");
    const progress = ranking.rows.map((r) => r.cells.find((c) => c.code === "XA-02")?.progress ?? -Infinity);
    expect([...progress].sort((a, b) => b - a)).toEqual(progress);
  });

  it("defaults to the latest quarter whose district reports are all approved", async () => {
    const ranking = await getLocalityRanking(committee, { periodKey: null, level: "DISTRICT" }, db);
    const pending = await db.submission.count({ where: { period: { year: 2025, quarter: 2 }, locality: { level: "DISTRICT" }, status: { not: "APPROVED" } } });
    expect(ranking.period).toEqual(pending > 0 ? { year: 2025, quarter: 1 } : { year: 2025, quarter: 2 });
    expect(ranking.rows.length).toBe(5);
  });
});

describe("heat map", () => {
  it("has one row per commune valid in 2025-Q1 and one column per commune indicator", async () => {
    const heatMap = await getHeatMap(committee, { periodKey: "2025-Q1", level: "COMMUNE" }, db);
    const communes = await db.locality.findMany({
      where: { level: "COMMUNE", validFrom: { lte: Q1_END }, OR: [{ validTo: null }, { validTo: { gt: Q1_START } }] },
      select: { id: true },
    });
    const indicators = await db.indicator.findMany({ where: { active: true, levels: { has: "COMMUNE" } }, select: { code: true } });
    expect(heatMap.rows.map((r) => r.locality.id).sort((a, b) => a - b)).toEqual(communes.map((c) => c.id).sort((a, b) => a - b));
    expect(heatMap.indicators.map((i) => i.code).sort()).toEqual(indicators.map((i) => i.code).sort());
    for (const row of heatMap.rows) expect(row.cells.map((c) => c.code)).toEqual(heatMap.indicators.map((i) => i.code));
  });
});

describe("locality detail", () => {
  it("aggregates a district's commune rate as Σ numerators / Σ denominators", async () => {
    const district = await db.locality.findFirstOrThrow({ where: { code: "990", level: "DISTRICT" } });
    const communes = await db.locality.findMany({ where: { parentId: district.id }, select: { id: true } });
    const detail = await getLocalityDetail(committee, district.id, "2025-Q1", db);
    const rows = await approvedValues(communes.map((c) => c.id), "XA-01", 2025, 1);
    const expected = (100 * rows.reduce((s, r) => s + r.numerator, 0)) / rows.reduce((s, r) => s + r.denominator, 0);
    const aggregate = detail.aggregates.find((a) => a.code === "XA-01");
    expect(aggregate?.method).toBe("RATIO_OF_SUMS");
    expect(aggregate?.value).toBeCloseTo(expected, 9);
    expect(aggregate?.coverage).toEqual({ reported: rows.length, total: communes.length });
    expect(detail.children.map((c) => c.id).sort()).toEqual(communes.map((c) => c.id).sort());
  });

  it("sums a cumulative commune count over the communes that reported", async () => {
    const district = await db.locality.findFirstOrThrow({ where: { code: "994", level: "DISTRICT" } });
    const communes = await db.locality.findMany({ where: { parentId: district.id }, select: { id: true } });
    const detail = await getLocalityDetail(committee, district.id, "2025-Q1", db);
    const rows = await approvedValues(communes.map((c) => c.id), "XA-05", 2025, 1);
    const aggregate = detail.aggregates.find((a) => a.code === "XA-05");
    expect(aggregate?.method).toBe("SUM");
    expect(aggregate?.value).toBeCloseTo(rows.reduce((s, r) => s + r.value, 0), 9);
  });

  it("scores the province's own targets exactly as the scoreboard does", async () => {
    const province = await db.locality.findFirstOrThrow({ where: { level: "PROVINCE" } });
    const [detail, board] = await Promise.all([getLocalityDetail(committee, province.id, "2025-Q1", db), getProvinceScoreboard(db, "2025-Q1")]);
    expect(detail.own.map((r) => [r.code, r.band])).toEqual(board.rows.map((r) => [r.code, r.band]));
    expect(detail.summary.counts).toEqual(board.counts);
    expect(detail.aggregates.some((a) => a.level === "COMMUNE" && a.coverage.total === 25)).toBe(true);
  });

  it("answers an unknown locality as not found", async () => {
    await expect(getLocalityDetail(committee, 987_654, "2025-Q1", db)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("access", () => {
  it("refuses a commune officer", async () => {
    await expect(getLocalityRanking(communeOfficer, { periodKey: "2025-Q1", level: "COMMUNE" }, db)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getHeatMap(communeOfficer, { periodKey: "2025-Q1", level: "COMMUNE" }, db)).rejects.toBeInstanceOf(ForbiddenError);
    const own = communeOfficer.localityId ?? 0;
    await expect(getLocalityDetail(communeOfficer, own, "2025-Q1", db)).rejects.toBeInstanceOf(NotFoundError);
  });
});
