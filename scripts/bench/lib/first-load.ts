// First-load JavaScript of each public page, in the same headless Chromium as the browser tests, beside the empty
// App Router page of the same build (tests/e2e/first-load-js.spec.ts checks the same budget on the demo data).
// The pages are the ones a visitor reaches, with real codes taken from the bench database.
import { chromium, type Browser } from "@playwright/test";
import pg from "pg";
import { browserEnv, ensureChromium } from "../../lib/chromium";
import { BASELINE_PATH, measureFirstLoadJs, type FirstLoadJs } from "../../lib/first-load-js";
import { BENCH_TODAY } from "./bench-db";
import { sharedNextServer } from "./next-server";
import { SectionError } from "./report";
import { benchResult, type BenchResult, type BenchSection } from "./result";

const BUDGET = 1.3;

interface PublicPage { id: string; path: string }

/** The latest quarter with published values, an indicator and a current commune published in it. */
async function publicPages(databaseUrl: string): Promise<PublicPage[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const period = await client.query<{ id: number; year: number; quarter: number }>(
      `SELECT p.id, p.year, p.quarter FROM "ReportingPeriod" p
       WHERE EXISTS (SELECT 1 FROM "Actual" a WHERE a."periodId" = p.id AND a."publishedRevision" IS NOT NULL)
       ORDER BY p.year DESC, p.quarter DESC LIMIT 1`,
    );
    const latest = period.rows[0];
    if (!latest) throw new Error("the bench database has no published values: run npm run bench:data first");
    const indicator = await client.query<{ code: string }>(
      `SELECT i.code FROM "Indicator" i
       WHERE EXISTS (SELECT 1 FROM "Actual" a WHERE a."indicatorId" = i.id AND a."periodId" = $1 AND a."publishedRevision" IS NOT NULL)
       ORDER BY i.code LIMIT 1`,
      [latest.id],
    );
    const locality = await client.query<{ code: string }>(
      `SELECT l.code FROM "Locality" l
       WHERE l.level = 'COMMUNE' AND l."validFrom" <= $2::date AND (l."validTo" IS NULL OR l."validTo" > $2::date)
         AND EXISTS (SELECT 1 FROM "Actual" a WHERE a."localityId" = l.id AND a."periodId" = $1 AND a."publishedRevision" IS NOT NULL)
       ORDER BY l.code LIMIT 1`,
      [latest.id, BENCH_TODAY],
    );
    const indicatorCode = indicator.rows[0]?.code;
    const localityCode = locality.rows[0]?.code;
    if (!indicatorCode || !localityCode) throw new Error(`no published indicator or current commune in ${latest.year}-Q${latest.quarter}`);
    return [
      { id: "scoreboard", path: "/vi" },
      { id: "quarter", path: `/vi/quy/${latest.year}-Q${latest.quarter}` },
      { id: "indicator", path: `/vi/chi-tieu/${encodeURIComponent(indicatorCode)}` },
      { id: "locality", path: `/vi/dia-phuong/${encodeURIComponent(localityCode)}` },
      { id: "ranking", path: "/vi/xep-hang" },
      { id: "corrections", path: "/vi/dinh-chinh" },
      { id: "open-data", path: "/vi/du-lieu-mo" },
    ];
  } finally {
    await client.end();
  }
}

async function measure(browser: Browser, url: string): Promise<FirstLoadJs> {
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  try {
    return await measureFirstLoadJs(await context.newPage(), url);
  } finally {
    await context.close();
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export const firstLoadSection: BenchSection = async (ctx) => {
  const pages = await publicPages(ctx.databaseUrl);
  const server = await sharedNextServer(ctx);
  // Render each ISR page once before the browser sees it, and make sure it exists: an error page ships other
  // JavaScript, so a page that does not answer 200 is a failure, not a figure (the others are still measured).
  const status = async (path: string) => {
    const response = await fetch(`${server.origin}${path}`, { signal: AbortSignal.timeout(120_000) });
    await response.arrayBuffer();
    return response.status;
  };
  const baselineStatus = await status(BASELINE_PATH);
  if (baselineStatus !== 200) throw new Error(`${BASELINE_PATH} answered ${baselineStatus}`);
  const failed = new Map<string, number>();
  for (const page of pages) {
    const code = await status(page.path);
    if (code !== 200) failed.set(page.path, code);
  }

  const info = await ensureChromium(ctx.log);
  const browser = await chromium.launch({ headless: true, executablePath: info.executablePath, args: info.args, env: browserEnv(info) });
  const results: BenchResult[] = [];
  try {
    const baseline = await measure(browser, `${server.origin}${BASELINE_PATH}`);
    ctx.log(`${BASELINE_PATH}: ${kib(baseline.gzipBytes)} gzip in ${baseline.files} scripts`);
    // An empty App Router page still ships React and the router: much less means the measurement broke.
    if (baseline.gzipBytes < 10_000) throw new Error(`the empty page measured only ${baseline.gzipBytes} B of JavaScript`);
    for (const page of pages) {
      if (failed.has(page.path)) continue;
      const js = await measure(browser, `${server.origin}${page.path}`);
      ctx.log(`${page.path}: ${kib(js.gzipBytes)} gzip in ${js.files} scripts = ${(js.gzipBytes / baseline.gzipBytes).toFixed(3)}×`);
      results.push(benchResult({
        id: `first-load.${page.id}`,
        title: `First-load JS of ${page.path} (gzip)`,
        unit: "B",
        figure: js.gzipBytes,
        baseline: baseline.gzipBytes,
        baselineLabel: `empty App Router page (${BASELINE_PATH}), same build`,
        goal: { maxRatio: BUDGET },
        detail: `${js.files} scripts, ${kib(js.bytes)} uncompressed; empty page ${baseline.files} scripts`,
      }));
    }
  } finally {
    await browser.close();
  }
  if (failed.size > 0) throw new SectionError([...failed].map(([path, code]) => `${path} answered ${code}`).join("; "), results);
  return results;
};
