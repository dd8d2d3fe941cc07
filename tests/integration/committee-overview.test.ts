import { afterAll, describe, expect, it } from "vitest";
import { BANDS } from "../../lib/progress";
import { getCommitteeOverview } from "../../lib/server/queries/committee-overview";
import { getPillarDetail, getPillarIndex } from "../../lib/server/queries/committee-pillar";
import { getProvinceScoreboard } from "../../lib/server/queries/scoreboard";
import { connectTestDb, viewerFor } from "./support";

const db = connectTestDb();
afterAll(() => db.$disconnect());

const COMMITTEE = "bcd@demo.cds.vn";
const FORECAST_STATUSES = ["ON_TRACK", "NEEDS_ACCELERATION", "OFF_TRACK", "INSUFFICIENT_DATA", "NO_DATA"];

describe("committee overview", () => {
  it("gives 7 / 9 / 6 / 2 / 0 for Q1 2024, as the public scoreboard does", async () => {
    const overview = await getCommitteeOverview(await viewerFor(db, COMMITTEE), "2024-Q1", db);
    expect(overview.period).toEqual({ year: 2024, quarter: 1 });
    expect(overview.counts).toEqual({ MET: 7, ABOVE_70: 9, FROM_50_TO_70: 6, BELOW_50: 2, NO_DATA: 0 });
    expect(overview.counts).toEqual((await getProvinceScoreboard(db, "2024-Q1")).counts);
    expect(overview.rows).toHaveLength(24);
    for (const band of BANDS) expect(overview.byBand[band]).toHaveLength(overview.counts[band]);
    expect(overview.rows.every((r) => r.leadAgency !== null)).toBe(true);
  });

  it("splits the counts by pillar so that they add up to the province's", async () => {
    const overview = await getCommitteeOverview(await viewerFor(db, COMMITTEE), "2024-Q1", db);
    expect(Object.keys(overview.countsByPillar).sort()).toEqual(["ECO", "GOV", "SOC"]);
    for (const band of BANDS) {
      const sum = Object.values(overview.countsByPillar).reduce((s, counts) => s + counts[band], 0);
      expect(sum).toBe(overview.counts[band]);
    }
  });

  it("has no previous period in Q1, so nothing moved", async () => {
    const overview = await getCommitteeOverview(await viewerFor(db, COMMITTEE), "2024-Q1", db);
    expect(overview.previousPeriod).toBeNull();
    expect(overview.movers).toEqual([]);
  });

  it("lists as movers exactly the targets whose band differs between 2024-Q1 and 2024-Q2", async () => {
    const viewer = await viewerFor(db, COMMITTEE);
    const [q1, q2] = await Promise.all([getCommitteeOverview(viewer, "2024-Q1", db), getCommitteeOverview(viewer, "2024-Q2", db)]);
    expect(q2.previousPeriod).toEqual({ year: 2024, quarter: 1 });
    const bandQ1 = new Map(q1.rows.map((r) => [r.targetId, r.band]));
    const expected = q2.rows.filter((r) => bandQ1.get(r.targetId) !== r.band).map((r) => r.targetId);
    expect(q2.movers.map((m) => m.targetId).sort()).toEqual(expected.sort());
    expect(q2.movers.length).toBeGreaterThan(0);
    for (const m of q2.movers) {
      expect(m.from).toBe(bandQ1.get(m.targetId));
      expect(m.to).toBe(q2.rows.find((r) => r.targetId === m.targetId)?.band);
      expect(m.from).not.toBe(m.to);
    }
  });

  it("forecasts every target; those already met are on track", async () => {
    const overview = await getCommitteeOverview(await viewerFor(db, COMMITTEE), "2024-Q2", db);
    for (const row of overview.rows) {
      expect(FORECAST_STATUSES).toContain(row.forecast.status);
      if (row.band === "MET") expect(row.forecast.status).toBe("ON_TRACK");
      expect(row.forecast.remainingQuarters).toBe(2);
    }
  });

  it("refuses a commune officer", async () => {
    const officer = await db.user.findFirstOrThrow({ where: { role: "OFFICER", locality: { level: "COMMUNE" } } });
    const viewer = await viewerFor(db, officer.email);
    await expect(getCommitteeOverview(viewer, "2024-Q1", db)).rejects.toThrow(/quyền/);
    await expect(getPillarDetail(viewer, "GOV", "2024-Q1", db)).rejects.toMatchObject({ name: expect.stringMatching(/ForbiddenError|NotFoundError/) });
    await expect(getPillarIndex(viewer, "2024-Q1", db)).rejects.toMatchObject({ name: "ForbiddenError" });
  });
});

describe("pillar detail", () => {
  it("returns each target of the pillar with its quarterly series up to the period and a forecast", async () => {
    const viewer = await viewerFor(db, COMMITTEE);
    const detail = await getPillarDetail(viewer, "GOV", "2024-Q3", db);
    const board = await getProvinceScoreboard(db, "2024-Q3");
    expect(detail.pillar.code).toBe("GOV");
    expect(detail.targets).toHaveLength(board.rows.filter((r) => r.pillarCode === "GOV").length);
    expect(detail.targets.length).toBeGreaterThan(0);
    for (const t of detail.targets) {
      expect(t.series.map((p) => p.period.quarter)).toEqual([1, 2, 3]);
      expect(t.series.at(-1)?.ytd).toBe(t.ytd);
      expect(FORECAST_STATUSES).toContain(t.forecast.status);
      expect(t.definition.length).toBeGreaterThan(0);
    }
    const timeToSettle = detail.targets.find((t) => t.code === "GOV-04");
    expect(timeToSettle?.series.map((p) => p.value)).toEqual([9, 8.6, 8.1]);
    expect(timeToSettle?.forecast.requiredPace).toBeLessThan(0);
  });

  it("sums FLOW quarters into the year-to-date series", async () => {
    const detail = await getPillarDetail(await viewerFor(db, COMMITTEE), "ECO", "2024-Q2", db);
    const flow = detail.targets.find((t) => t.kind === "FLOW");
    expect(flow?.series.map((p) => p.ytd)).toEqual([40, 95]);
    expect(flow?.forecast.latest).toBe(95);
  });

  it("agrees with the overview's per-pillar counts", async () => {
    const viewer = await viewerFor(db, COMMITTEE);
    const [overview, index] = await Promise.all([getCommitteeOverview(viewer, "2024-Q1", db), getPillarIndex(viewer, "2024-Q1", db)]);
    for (const p of index.pillars) expect(p.counts).toEqual(overview.countsByPillar[p.code]);
  });

  it("answers an unknown pillar as not found", async () => {
    await expect(getPillarDetail(await viewerFor(db, COMMITTEE), "XYZ", "2024-Q1", db)).rejects.toMatchObject({ name: "NotFoundError" });
  });
});
