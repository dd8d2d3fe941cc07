// The public scoreboard under load: requests/s and p99 latency of /vi at 50 connections against `next start`,
// beside a fully static page of the same HTML size served by the same server (app/(baseline)/baseline/static-page).
// Both are requested without Accept-Encoding (autocannon's default), so both send the same bytes uncompressed.
import autocannon from "autocannon";
import { STATIC_PAGE_SIZES, staticPagePath } from "../../../app/(baseline)/baseline/static-page/filler";
import { sharedNextServer } from "./next-server";
import { benchResult, type BenchContext, type BenchSection } from "./result";

const CONNECTIONS = 50;
/** Seconds before autocannon gives a request up: far above any p99 seen here, so a timeout means a stall. */
const TIMEOUT_SECONDS = 30;
/** The static page must weigh within ±25% of the scoreboard, or it is no baseline. */
const MAX_SIZE_DIFFERENCE = 0.25;

interface Fetched { status: number; bytes: number; cache: string | null }
interface Run { rps: number; p99: number; requests: number }

async function fetchPage(url: string): Promise<Fetched> {
  const response = await fetch(url, { headers: { "accept-encoding": "identity" }, signal: AbortSignal.timeout(60_000) });
  const body = await response.arrayBuffer();
  return { status: response.status, bytes: body.byteLength, cache: response.headers.get("x-nextjs-cache") };
}

/** The prerendered step whose HTML is closest to `target` bytes (every step is fetched: a few MB on loopback). */
async function matchStaticPage(origin: string, target: number): Promise<{ path: string; bytes: number }> {
  let best: { path: string; bytes: number } | null = null;
  for (const size of STATIC_PAGE_SIZES) {
    const path = staticPagePath(size);
    const page = await fetchPage(`${origin}${path}`);
    if (page.status !== 200) {
      throw new Error(`${path} answered ${page.status}: the build has no static baseline pages (run without --reuse-build)`);
    }
    if (!best || Math.abs(Math.log(page.bytes / target)) < Math.abs(Math.log(best.bytes / target))) best = { path, bytes: page.bytes };
  }
  if (!best) throw new Error("no static baseline sizes are defined");
  return best;
}

async function load(url: string, seconds: number): Promise<Run> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, timeout: TIMEOUT_SECONDS });
  // Any failed request means the figure is not the one we think we measure: a structural failure.
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts `
      + `in ${result.requests.total} requests`);
  }
  return { rps: result.requests.average, p99: result.latency.p99, requests: result.requests.total };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const httpSection: BenchSection = async (ctx: BenchContext) => {
  const server = await sharedNextServer(ctx);
  const scoreboardUrl = `${server.origin}/vi`;

  // Public pages are ISR: the first visit renders /vi and caches it, later ones are served from that cache.
  const first = await fetchPage(scoreboardUrl);
  const scoreboard = await fetchPage(scoreboardUrl);
  if (first.status !== 200 || scoreboard.status !== 200) throw new Error(`/vi answered ${first.status}, then ${scoreboard.status}`);
  ctx.log(`/vi: ${fmt(scoreboard.bytes)} B HTML; x-nextjs-cache ${first.cache ?? "(none)"} then ${scoreboard.cache ?? "(none)"}`);

  const baseline = await matchStaticPage(server.origin, scoreboard.bytes);
  const difference = baseline.bytes / scoreboard.bytes - 1;
  ctx.log(`static baseline ${baseline.path}: ${fmt(baseline.bytes)} B HTML (${(difference * 100).toFixed(1)}% against /vi)`);
  if (Math.abs(difference) > MAX_SIZE_DIFFERENCE) {
    throw new Error(`the static page (${baseline.bytes} B) and /vi (${scoreboard.bytes} B) differ by more than ${MAX_SIZE_DIFFERENCE * 100}%`);
  }
  const baselineUrl = `${server.origin}${baseline.path}`;

  const seconds = ctx.ci ? 4 : 10;
  const rounds = ctx.ci ? 2 : 3;
  // Untimed: lets the JIT and Next's in-memory cache settle before anything is recorded.
  await load(scoreboardUrl, ctx.ci ? 2 : 3);
  await load(baselineUrl, ctx.ci ? 2 : 3);

  // Alternated (scoreboard, static, scoreboard, static…) so slow drifts in the load from other processes on this
  // small shared machine hit both sides alike, and each side's median run is kept: a burst of noise lands in one
  // run and the median ignores it whichever side it hits, where the best run would favour whichever side
  // happened to run in a quiet moment.
  const runs = { scoreboard: [] as Run[], baseline: [] as Run[] };
  for (let round = 1; round <= rounds; round++) {
    for (const [side, url] of [["scoreboard", scoreboardUrl], ["baseline", baselineUrl]] as const) {
      const run = await load(url, seconds);
      runs[side].push(run);
      ctx.log(`round ${round}/${rounds} ${side === "scoreboard" ? "/vi" : baseline.path}: ${fmt(run.rps)} req/s, p99 ${run.p99} ms`);
    }
  }
  const total = [...runs.scoreboard, ...runs.baseline].reduce((sum, r) => sum + r.requests, 0);
  const baselineLabel = `static page of the same size, ${baseline.path}`;
  const detail = `HTML /vi ${fmt(scoreboard.bytes)} B (x-nextjs-cache ${scoreboard.cache ?? "none"}) vs static `
    + `${fmt(baseline.bytes)} B; median of ${rounds} alternated ${seconds} s runs each at ${CONNECTIONS} connections; `
    + `${fmt(total)} requests, all 2xx; uncompressed`;

  return [
    benchResult({
      id: "http.scoreboard.rps",
      title: `Public scoreboard /vi under load (${CONNECTIONS} connections): requests/s`,
      unit: "req/s",
      figure: median(runs.scoreboard.map((r) => r.rps)),
      baseline: median(runs.baseline.map((r) => r.rps)),
      baselineLabel,
      goal: { minRatio: 0.5 },
      detail,
    }),
    benchResult({
      id: "http.scoreboard.p99",
      title: `Public scoreboard /vi under load (${CONNECTIONS} connections): p99 latency`,
      unit: "ms",
      figure: median(runs.scoreboard.map((r) => r.p99)),
      baseline: median(runs.baseline.map((r) => r.p99)),
      baselineLabel,
      goal: { maxRatio: 2 },
      detail,
    }),
  ];
};
