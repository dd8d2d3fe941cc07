import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indicatorCsvRows, indicatorFile, indicatorsFile } from "../../lib/server/open-data-indicator";
import { localitiesFile, localityFile } from "../../lib/server/open-data-locality";
import { rankingFile, rankingsFile } from "../../lib/server/open-data-ranking";
import { getLocalityDetail, getLocalityRanking } from "../../lib/server/queries/committee-localities";
import { getPublicIndicator, getPublicIndicatorCatalogue, isIndicatorCode } from "../../lib/server/queries/public/indicator";
import { getPublicLocality, getPublicLocalityList } from "../../lib/server/queries/public/locality";
import { isLocalityCode } from "../../lib/server/queries/public/locality-ref";
import { getPublicRanking } from "../../lib/server/queries/public/ranking";
import { getPublicScoreboard } from "../../lib/server/queries/public/scoreboard";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, viewerFor } from "./support";

// The indicator, locality and ranking pages of the public site: their data against the tables, against the
// committee's own views, and through the open-data serialisers. Other files may have approved or corrected
// values before this one runs, so every expectation is read from the database at the time.
const db = connectTestDb();
const TODAY = new Date("2025-06-16T00:00:00Z");
let committee: Viewer;

beforeAll(async () => {
  committee = await viewerFor(db, "bcd@demo.cds.vn");
});
afterAll(() => db.$disconnect());

/** A unit is its code and its start: a unit created by the 2025 reform may reuse a predecessor's code. */
const unitKey = (code: string, validFrom: Date | string) => `${code}@${(typeof validFrom === "string" ? validFrom : validFrom.toISOString()).slice(0, 10)}`;

/**
 * What the public may see of one indicator on TODAY, straight from the tables: the latest revision of approved
 * actuals of the quarters begun by then.
 */
async function approvedSeries(code: string) {
  const actuals = await db.actual.findMany({
    where: { indicator: { code }, publishedRevision: { not: null }, period: { startsOn: { lte: TODAY } } },
    select: { locality: { select: { code: true, validFrom: true } }, period: { select: { year: true, quarter: true } }, revisions: { orderBy: { revision: "desc" }, take: 1, select: { value: true } } },
  });
  return new Map(actuals.map((a) => [`${unitKey(a.locality.code, a.locality.validFrom)}|${a.period.year}-Q${a.period.quarter}`, a.revisions[0]?.value === null || a.revisions[0]?.value === undefined ? null : Number(a.revisions[0].value)]));
}

async function csvOf(response: Response): Promise<Record<string, string>[]> {
  expect(response.headers.get("content-type")).toContain("text/csv");
  return parse(await response.text(), { columns: true, bom: true }) as Record<string, string>[];
}

const num = (cell: string | undefined) => (cell === undefined || cell === "" ? null : Number(cell));

describe("public indicator", () => {
  it.each(["GOV-01", "XA-01"])("publishes exactly the approved values of %s, per locality and quarter", async (code) => {
    const data = await getPublicIndicator(db, code, TODAY);
    if (!data) throw new Error(`${code} missing`);
    const published = new Map(data.localities.flatMap((l) => l.cells.map((c) => [`${unitKey(l.code, l.validFrom)}|${c.period}`, c.value] as const)));
    expect(published).toEqual(await approvedSeries(code));
    expect(data.periods.length).toBeGreaterThan(0);
    const level = code.startsWith("XA") ? "COMMUNE" : "PROVINCE";
    expect(new Set(data.localities.map((l) => l.level))).toEqual(new Set([level]));
    expect(data.localities.length).toBe(await db.locality.count({ where: { level } }));
    expect(data.seriesScope).toBe(level === "PROVINCE" ? "OWN" : "AGGREGATE");
    for (const l of data.localities) {
      const targets = await db.target.findMany({ where: { indicator: { code }, locality: { code: l.code, validFrom: new Date(l.validFrom) } }, orderBy: { year: "asc" } });
      expect(l.targets).toEqual(targets.map((t) => ({ year: t.year, value: Number(t.value), comparator: t.comparator })));
    }
  });

  it("draws the province's own year-to-date figure against its target", async () => {
    const data = await getPublicIndicator(db, "GOV-01", TODAY);
    const province = data?.localities[0];
    if (!data || !province) throw new Error("GOV-01 missing");
    for (const point of data.series) {
      const cell = province.cells.find((c) => c.period === point.period);
      if (cell) expect(point.value).toBe(cell.value); // a rate: the year to date is the quarter's own value
      expect(point.target).toBe(province.targets.find((t) => `${t.year}` === point.period.slice(0, 4))?.value ?? null);
    }
  });

  it("draws a commune indicator as the committee's province-wide aggregate, up to the last complete quarter", async () => {
    // The committee's views take the application's today; so does the public indicator here.
    const [data, ranking, province] = await Promise.all([
      getPublicIndicator(db, "XA-01"),
      getLocalityRanking(committee, { periodKey: null, level: "COMMUNE" }, db),
      db.locality.findFirstOrThrow({ where: { level: "PROVINCE" } }),
    ]);
    const last = data?.series.at(-1);
    if (!last || !ranking.period) throw new Error("no XA-01 series");
    expect(last.period).toBe(`${ranking.period.year}-Q${ranking.period.quarter}`);
    for (const point of data?.series ?? []) {
      const detail = await getLocalityDetail(committee, province.id, point.period, db);
      const aggregate = detail.aggregates.find((a) => a.code === "XA-01");
      expect(point.value).toBeCloseTo(aggregate?.value ?? NaN, 9);
      expect(point.coverage).toEqual(aggregate?.coverage);
    }
  });

  it("answers an unknown or inactive code with null", async () => {
    expect(await getPublicIndicator(db, "NOPE-99", TODAY)).toBeNull();
    await db.indicator.update({ where: { code: "XA-05" }, data: { active: false } });
    try {
      expect(await getPublicIndicator(db, "XA-05", TODAY)).toBeNull();
      expect((await getPublicIndicatorCatalogue(db)).some((i) => i.code === "XA-05")).toBe(false);
    } finally {
      await db.indicator.update({ where: { code: "XA-05" }, data: { active: true } });
    }
  });

  it("shows an approved correction in its cell and a method change as a break", async () => {
    const actual = await db.actual.findFirstOrThrow({
      where: { indicator: { code: "XA-01" }, locality: { code: "99025" }, period: { year: 2024, quarter: 2 }, publishedRevision: 1 },
      include: { revisions: true },
    });
    const first = actual.revisions[0];
    if (!first) throw new Error("no first revision");
    const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "XA-01" } });
    await db.actualRevision.create({ data: { actualId: actual.id, revision: 2, value: Number(first.value) + 1.5, approvedAt: new Date("2024-08-01T02:00:00Z"), reason: "Sai mẫu số" } });
    await db.actual.update({ where: { id: actual.id }, data: { publishedRevision: 2 } });
    await db.indicatorMethodChange.create({ data: { indicatorId: indicator.id, effectiveFrom: new Date("2025-01-01T00:00:00Z"), descriptionVi: "Đổi mẫu số", descriptionEn: "New denominator" } });
    try {
      const data = await getPublicIndicator(db, "XA-01", TODAY);
      const cell = data?.localities.find((l) => l.code === "99025")?.cells.find((c) => c.period === "2024-Q2");
      expect(cell?.value).toBeCloseTo(Number(first.value) + 1.5, 4);
      expect(cell?.revision).toBe(2);
      expect(cell?.corrections).toEqual([expect.objectContaining({ from: Number(first.value), to: Number(first.value) + 1.5, reason: "Sai mẫu số", revision: 2 })]);
      expect(data?.breaks).toEqual([{ date: "2025-01-01", kind: "METHOD", noteVi: "Đổi mẫu số", noteEn: "New denominator" }]);
      const row = data ? indicatorCsvRows(data).find((r) => r.localityCode === "99025" && r.period === "2024-Q2") : undefined;
      expect(row?.corrections).toBe(1);
    } finally {
      await db.indicatorMethodChange.deleteMany({ where: { indicatorId: indicator.id, effectiveFrom: new Date("2025-01-01T00:00:00Z") } });
      await db.actual.update({ where: { id: actual.id }, data: { publishedRevision: 1 } });
      await db.actualRevision.deleteMany({ where: { actualId: actual.id, revision: 2 } });
    }
  });

  it("writes the same numbers to CSV, and survives JSON unchanged", async () => {
    const data = await getPublicIndicator(db, "XA-01", TODAY);
    if (!data) throw new Error("XA-01 missing");
    expect(JSON.parse(JSON.stringify(data))).toStrictEqual(data);
    const rows = await csvOf(indicatorFile(data, "csv"));
    expect(rows.length).toBe(data.localities.reduce((n, l) => n + l.cells.length, 0));
    for (const l of data.localities) {
      for (const c of l.cells) {
        const row = rows.find((r) => r.ma_dia_phuong === l.code && r.ky === c.period);
        expect(num(row?.gia_tri)).toBe(c.value);
        expect(num(row?.muc_tieu_nam)).toBe(l.targets.find((t) => `${t.year}` === c.period.slice(0, 4))?.value ?? null);
        expect(row?.ngay_phe_duyet).toBe(c.approvedAt);
      }
    }
    const catalogue = await getPublicIndicatorCatalogue(db);
    expect(JSON.parse(JSON.stringify(catalogue))).toStrictEqual(catalogue);
    expect(catalogue.map((i) => i.code)).toContain("XA-01");
  });
});

describe("public locality", () => {
  it.each([["99025", "COMMUNE"], ["991", "DISTRICT"]] as const)("scores %s exactly as the committee does, with the committee's rank", async (code, level) => {
    const data = await getPublicLocality(db, code, TODAY);
    if (!data?.period) throw new Error(`${code} missing`);
    const unit = await db.locality.findFirstOrThrow({ where: { code } });
    const [detail, ranking] = await Promise.all([
      getLocalityDetail(committee, unit.id, data.period, db),
      getLocalityRanking(committee, { periodKey: data.period, level }, db),
    ]);
    expect(data.rows.map((r) => [r.code, r.actual, r.target, r.progress, r.band])).toEqual(detail.own.map((r) => [r.code, r.ytd, r.targetValue, r.progress, r.band]));
    const mine = ranking.rows.find((r) => r.locality.id === unit.id);
    expect(data.rank).toEqual({ level, rank: mine?.rank, total: ranking.rows.length });
    expect(data.summary).toEqual({ targets: mine?.targets, met: mine?.met, share: mine?.share, averageProgress: mine?.averageProgress });
    for (const row of data.rows) expect(row.provenance.reporter).toBe(unit.name);
    expect(JSON.parse(JSON.stringify(data))).toStrictEqual(data);

    const csv = await csvOf(localityFile(data, "csv"));
    expect(csv.map((r) => [r.ma_chi_tieu, num(r.thuc_hien), num(r.muc_tieu), num(r.tien_do), r.danh_gia])).toEqual(data.rows.map((r) => [r.code, r.actual, r.target, r.progress, r.band]));
  });

  it("shows a district after its abolition at the last quarter it existed in, and lists its communes", async () => {
    const after = await getPublicLocality(db, "991", new Date("2025-08-01T00:00:00Z"));
    expect(after?.current).toBe(false);
    expect(after?.validTo).toBe("2025-07-01");
    expect(after?.period && after.period < "2025-Q3").toBe(true);
    const communes = await db.locality.findMany({ where: { parent: { code: "991" } }, orderBy: { code: "asc" } });
    expect(after?.units.map((u) => u.code)).toEqual(communes.map((c) => c.code));
    expect(after?.parent?.code).toBe("99");
  });

  it("gives the province the scoreboard's targets and no rank", async () => {
    const [data, board] = await Promise.all([getPublicLocality(db, "99", TODAY), getPublicScoreboard(db, null)]);
    expect(data?.rank).toBeNull();
    expect(data?.period).toBe(board.period);
    expect(data?.rows).toEqual(board.rows);
    expect(data?.units.filter((u) => u.level === "COMMUNE").length).toBe(await db.locality.count({ where: { level: "COMMUNE" } }));
  });

  it("answers an unknown code with null and lists every unit", async () => {
    expect(await getPublicLocality(db, "00000", TODAY)).toBeNull();
    const list = await getPublicLocalityList(db, TODAY);
    expect(list.length).toBe(await db.locality.count());
    expect(JSON.parse(JSON.stringify(list))).toStrictEqual(list);
  });
});

describe("public ranking", () => {
  it("ranks every level exactly as the committee does", async () => {
    const data = await getPublicRanking(db);
    expect(data.levels.map((l) => l.level)).toContain("COMMUNE");
    for (const board of data.levels) {
      const committeeRanking = await getLocalityRanking(committee, { periodKey: board.period, level: board.level }, db);
      expect(board.rows.map((r) => [r.rank, r.code, r.met, r.targets, r.share, r.averageProgress])).toEqual(
        committeeRanking.rows.map((r) => [r.rank, r.locality.code, r.met, r.targets, r.share, r.averageProgress]),
      );
    }
    expect(JSON.parse(JSON.stringify(data))).toStrictEqual(data);

    const csv = await csvOf(rankingFile(data, "latest", "csv"));
    const rows = data.levels.flatMap((b) => b.rows.map((r) => [b.level, b.period, r.rank, r.code, r.met, r.share, r.averageProgress]));
    expect(csv.map((r) => [r.cap, r.ky, num(r.hang), r.ma_dia_phuong, num(r.so_hoan_thanh), num(r.ty_le_hoan_thanh), num(r.tien_do_binh_quan)])).toEqual(rows);
  });

  it("ranks one level at a chosen quarter", async () => {
    const data = await getPublicRanking(db, { level: "DISTRICT", period: "2024-Q3" });
    const committeeRanking = await getLocalityRanking(committee, { periodKey: "2024-Q3", level: "DISTRICT" }, db);
    expect(data.levels).toHaveLength(1);
    expect(data.levels[0]?.period).toBe("2024-Q3");
    expect(data.levels[0]?.rows.map((r) => r.rank)).toEqual(committeeRanking.rows.map((r) => r.rank));
  });
});

describe("open-data routes", () => {
  const indicators = { one: (code: string) => getPublicIndicator(db, code, TODAY), all: () => getPublicIndicatorCatalogue(db) };
  const localities = { one: (code: string) => getPublicLocality(db, code, TODAY), all: () => getPublicLocalityList(db, TODAY) };
  const ranking = (only: Parameters<typeof getPublicRanking>[1]) => getPublicRanking(db, only);

  it("accepts the shape of every real code, so no published page or file is refused before the lookup", async () => {
    for (const { code } of await db.indicator.findMany({ select: { code: true } })) expect(isIndicatorCode(code)).toBe(true);
    for (const { code } of await db.locality.findMany({ select: { code: true } })) expect(isLocalityCode(code)).toBe(true);
  });

  it("answers real names and refuses the rest with 404", async () => {
    const ok = [
      await indicatorsFile(indicators, "all", "csv"), await indicatorsFile(indicators, "XA-02", "json"),
      await localitiesFile(localities, "all", "json"), await localitiesFile(localities, "991", "csv"),
      await rankingsFile(ranking, "latest", "json"), await rankingsFile(ranking, "commune-2024-Q4", "csv"),
    ];
    expect(ok.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const missing = [
      await indicatorsFile(indicators, "NOPE-01", "json"), await indicatorsFile(indicators, "gov-01", "json"),
      await localitiesFile(localities, "98765", "json"), await localitiesFile(localities, "abc", "csv"),
      await rankingsFile(ranking, "commune-2031-Q1", "json"), await rankingsFile(ranking, "province-2025-Q1", "json"),
    ];
    expect(missing.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
  });
});
