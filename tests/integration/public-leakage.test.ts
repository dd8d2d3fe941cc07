// Only approved values are public. Values are put in every other state through the real services — a draft,
// a submitted report, a returned one, and an approved value with a correction awaiting approval — each
// with a marker number that exists nowhere else; then every public query and every open-data file is read:
// none of the markers may appear, while an approved marker must. Every published cell must equal the latest
// approved revision in the database.
// Units used here are touched by no other test: districts 994 (draft) and 992 (returned), communes 99040
// (returned → submitted), 99070 (returned → approved) and 99013 (2024-Q2 correction pending), agency SCT.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEntryWorkspace } from "../../lib/server/queries/entry";
import { getPublicCorrections } from "../../lib/server/queries/public/corrections";
import { getPublicDatasets } from "../../lib/server/queries/public/datasets";
import { getPublicIndicator, getPublicIndicatorCatalogue } from "../../lib/server/queries/public/indicator";
import { getPublicLocality, getPublicLocalityList } from "../../lib/server/queries/public/locality";
import { getPublicRanking } from "../../lib/server/queries/public/ranking";
import { getPublicScoreboard } from "../../lib/server/queries/public/scoreboard";
import { getPublicSite } from "../../lib/server/queries/public/site";
import { correctionsFile } from "../../lib/server/open-data-corrections";
import { indicatorsFile } from "../../lib/server/open-data-indicator";
import { localitiesFile } from "../../lib/server/open-data-locality";
import { rankingsFile } from "../../lib/server/open-data-ranking";
import { scoreboardFile } from "../../lib/server/open-data-scoreboard";
import { correctValue } from "../../lib/server/services/corrections";
import { approveSubmission, saveActuals, submitSubmission } from "../../lib/server/services/reporting";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, viewerFor } from "./support";

const db = connectTestDb();
const today = new Date("2025-06-16T00:00:00Z");
const now = new Date("2025-06-16T04:00:00Z");
const MARKERS = { draft: 12.3457, returned: 34.5679, submitted: 23.4568, pendingCorrection: 45.6791, agencyReturned: 67.8912 };
const APPROVED_MARKER = 56.7891;
const vi = (n: number) => String(n).replace(".", ",");

let committee: Viewer;
let admin: Viewer;

/** Saves one value (the first percentage row) of the officer's report for the quarter. */
async function saveMarker(email: string, periodKey: string, value: number, code?: string) {
  const officer = await viewerFor(db, email);
  const ws = await getEntryWorkspace(officer, periodKey, db, today);
  const row = ws.rows.find((r) => (code ? r.code === code : r.unit === "PERCENT"));
  if (!ws.period || !row) throw new Error(`no ${periodKey} row for ${email}`);
  await saveActuals(officer, { periodId: ws.period.id, reporter: ws.reporter, items: [{ indicatorId: row.indicatorId, version: row.version, value: vi(value) }] }, db, today);
  const submission = await db.submission.findFirstOrThrow({ where: { periodId: ws.period.id, localityId: ws.reporter.localityId, agencyId: ws.reporter.agencyId } });
  return { officer, submission, row, period: ws.period };
}

beforeAll(async () => {
  committee = await viewerFor(db, "bcd@demo.cds.vn");
  admin = await viewerFor(db, "admin@demo.cds.vn");

  const draft = await saveMarker("huyen.van-ha@demo.cds.vn", "2025-Q2", MARKERS.draft);
  expect(draft.submission.status).toBe("DRAFT");
  const returned = await saveMarker("huyen.bac-minh@demo.cds.vn", "2025-Q2", MARKERS.returned);
  expect(returned.submission.status).toBe("RETURNED");
  const agency = await saveMarker("soct@demo.cds.vn", "2025-Q2", MARKERS.agencyReturned);
  expect(agency.submission.status).toBe("RETURNED");

  const submitted = await saveMarker("xa.dong-phong@demo.cds.vn", "2025-Q2", MARKERS.submitted);
  await submitSubmission(submitted.officer, { submissionId: submitted.submission.id, version: submitted.submission.version }, db, now);

  const approved = await saveMarker("xa.ngoc-son@demo.cds.vn", "2025-Q2", APPROVED_MARKER);
  await submitSubmission(approved.officer, { submissionId: approved.submission.id, version: approved.submission.version }, db, now);
  const toApprove = await db.submission.findUniqueOrThrow({ where: { id: approved.submission.id } });
  await approveSubmission(committee, { submissionId: toApprove.id, version: toApprove.version }, db, now);

  // An approved 2024-Q2 value corrected by an administrator: pending until the committee approves it.
  const minhDuc = await viewerFor(db, "xa.minh-duc@demo.cds.vn");
  const old = await getEntryWorkspace(minhDuc, "2024-Q2", db, today);
  const oldRow = old.rows.find((r) => r.code === "XA-02");
  if (!old.period || !oldRow) throw new Error("no 2024-Q2 XA-02 for Xã Minh Đức");
  await correctValue(admin, { periodId: old.period.id, reporter: old.reporter, indicatorId: oldRow.indicatorId, version: oldRow.version, value: vi(MARKERS.pendingCorrection), reason: "Rà soát lại theo số liệu phần mềm một cửa." }, db);

  // The seed returned 992, 99040, 99070 and SCT; the edited returned reports stay returned, 99040 is now submitted.
  expect((await db.submission.findUniqueOrThrow({ where: { id: submitted.submission.id } })).status).toBe("SUBMITTED");
  expect(await db.actual.count({ where: { value: MARKERS.pendingCorrection, publishedRevision: 1 } })).toBe(1);
});
afterAll(() => db.$disconnect());

/** Everything the public can reach: every query result and every open-data file, as text. */
async function everythingPublic(): Promise<string> {
  const parts: unknown[] = [];
  const files: Promise<Response>[] = [];
  const periods = (await getPublicScoreboard(db, null)).periods;
  for (const key of [null, ...periods]) parts.push(await getPublicScoreboard(db, key));
  for (const name of ["latest", ...periods]) for (const f of ["json", "csv"] as const) files.push(scoreboardFile((p) => getPublicScoreboard(db, p), name, f));

  const catalogue = await getPublicIndicatorCatalogue(db);
  parts.push(catalogue);
  const indicatorLoad = { one: (code: string) => getPublicIndicator(db, code, today), all: () => getPublicIndicatorCatalogue(db) };
  for (const i of catalogue) {
    parts.push(await getPublicIndicator(db, i.code, today));
    for (const f of ["json", "csv"] as const) files.push(indicatorsFile(indicatorLoad, i.code, f));
  }
  const localities = await getPublicLocalityList(db, today);
  parts.push(localities);
  const localityLoad = { one: (code: string) => getPublicLocality(db, code, today), all: () => getPublicLocalityList(db, today) };
  for (const l of localities) {
    parts.push(await getPublicLocality(db, l.code, today));
    for (const f of ["json", "csv"] as const) files.push(localitiesFile(localityLoad, l.code, f));
  }
  parts.push(await getPublicRanking(db), await getPublicCorrections(db), await getPublicDatasets(db), await getPublicSite(db));
  for (const f of ["json", "csv"] as const) {
    files.push(rankingsFile((only) => getPublicRanking(db, only), "latest", f));
    files.push(correctionsFile(() => getPublicCorrections(db), "all", f));
  }
  const texts = await Promise.all(files.map(async (r) => { const response = await r; expect(response.status).toBe(200); return response.text(); }));
  return [JSON.stringify(parts), ...texts].join("\n");
}

describe("only approved values are public", () => {
  it("no draft, submitted, returned or pending-correction value reaches any public query or file", async () => {
    const text = await everythingPublic();
    for (const [state, marker] of Object.entries(MARKERS)) expect(text.includes(String(marker)), `${state} marker ${marker}`).toBe(false);
    expect(text.includes(String(APPROVED_MARKER))).toBe(true);
  });

  it("every published cell is the latest approved revision, and unapproved values have no cell", async () => {
    // As of the test's today: quarters not begun by then are not published yet.
    const actuals = await db.actual.findMany({
      where: { period: { startsOn: { lte: today } } },
      select: { publishedRevision: true, indicator: { select: { code: true } }, locality: { select: { code: true, validFrom: true } }, period: { select: { year: true, quarter: true } }, revisions: { orderBy: { revision: "desc" }, take: 1, select: { value: true, revision: true } } },
    });
    // A unit is its code and its start: after the 2025 reform a new unit may reuse a predecessor's code.
    const key = (indicator: string, locality: string, validFrom: string, period: string) => `${indicator}|${locality}|${validFrom}|${period}`;
    const approved = new Map(actuals.filter((a) => a.publishedRevision !== null).map((a) => [key(a.indicator.code, a.locality.code, a.locality.validFrom.toISOString().slice(0, 10), `${a.period.year}-Q${a.period.quarter}`), a.revisions[0]]));
    let cells = 0;
    for (const i of await getPublicIndicatorCatalogue(db)) {
      const data = await getPublicIndicator(db, i.code, today);
      for (const l of data?.localities ?? []) {
        for (const c of l.cells) {
          const revision = approved.get(key(i.code, l.code, l.validFrom.slice(0, 10), c.period));
          expect(revision, `${i.code} ${l.code} ${c.period} is approved`).toBeDefined();
          expect(c.value).toBe(revision?.value === null || revision?.value === undefined ? null : Number(revision.value));
          expect(c.revision).toBe(revision?.revision);
          cells++;
        }
      }
    }
    expect(cells).toBe(approved.size);
  });

  it("the value behind a pending correction stays the approved one until the correction is approved", async () => {
    const xa02 = await getPublicIndicator(db, "XA-02", today);
    const cell = xa02?.localities.find((l) => l.code === "99013")?.cells.find((c) => c.period === "2024-Q2");
    const stored = await db.actual.findFirstOrThrow({ where: { indicator: { code: "XA-02" }, locality: { code: "99013" }, period: { year: 2024, quarter: 2 } }, include: { revisions: true } });
    expect(Number(stored.value)).toBe(MARKERS.pendingCorrection);
    expect(stored.revisions).toHaveLength(1);
    expect(cell?.value).toBe(Number(stored.revisions[0]?.value));
    expect(cell?.corrections).toEqual([]);
  });
});
