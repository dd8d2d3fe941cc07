// The production server the HTTP and first-load benchmarks measure: `next start` from the build in .next, on a
// free port, against the bench database, with the application's date pinned to the data set's (BENCH_TODAY).
// The sections share one server (sharedNextServer); the runner stops it at the end, even after an error.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { findFreePort, projectRoot } from "../../lib/postgres";
import { BENCH_TODAY } from "./bench-db";
import type { BenchContext } from "./result";

const NEXT_BIN = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
// NEXT_DIST_DIR (read by next.config.js too) lets the benchmark build beside a test build in the same tree.
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const BUILD_ID = path.join(projectRoot, DIST_DIR, "BUILD_ID");
const HOST = "127.0.0.1";
const READY_TIMEOUT_MS = 90_000;

export interface NextServer { origin: string; pid: number; stop: () => Promise<void> }

/** Our environment minus tsx's loader hooks and the react-server condition, which Next must not inherit. */
function childEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_OPTIONS;
  return env;
}

/** `next build` unless `reuse` is set and a build exists. The build needs no database. */
export async function ensureProductionBuild(reuse: boolean, log: (m: string) => void): Promise<void> {
  if (reuse && existsSync(BUILD_ID)) {
    log(`reusing the production build ${readFileSync(BUILD_ID, "utf8").trim()} (--reuse-build)`);
    return;
  }
  log(reuse ? "--reuse-build: no .next/BUILD_ID, building" : "next build (skip with --reuse-build)");
  const started = Date.now();
  const child = spawn(process.execPath, [NEXT_BIN, "build"], {
    cwd: projectRoot,
    env: childEnv({ NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }),
    stdio: "inherit",
  });
  const code = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function isReady(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * `next start` keeps what it renders on disk and reads it back in later runs: unstable_cache data in
 * .next/cache/fetch-cache (kept "across deploys") and ISR pages in .next/server/route-cache. Both hold pages of
 * whatever database the last server used (the e2e seed, an older bench data set), so they go before we start.
 */
function clearRuntimeCaches(log: (m: string) => void): void {
  for (const dir of [path.join(DIST_DIR, "cache", "fetch-cache"), path.join(DIST_DIR, "server", "route-cache")]) {
    if (!existsSync(path.join(projectRoot, dir))) continue;
    rmSync(path.join(projectRoot, dir), { recursive: true, force: true });
    log(`cleared ${dir} (pages and data cached by earlier servers)`);
  }
}

/** Starts `next start` and resolves once /api/health answers 200 (the server is up and reaches the database). */
export async function startNextServer(databaseUrl: string, log: (m: string) => void): Promise<NextServer> {
  if (!existsSync(BUILD_ID)) throw new Error("no production build (.next/BUILD_ID): run without --reuse-build");
  clearRuntimeCaches(log);
  const port = await findFreePort();
  const origin = `http://${HOST}:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", HOST], {
    cwd: projectRoot,
    env: childEnv({
      DATABASE_URL: databaseUrl,
      APP_TODAY: BENCH_TODAY,
      NEXTAUTH_URL: origin,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOSTNAME: HOST,
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Kept for the error message if it dies; stderr is also shown as it comes (errors under load matter).
  let tail = "";
  const keep = (chunk: Buffer) => { tail = (tail + chunk.toString()).slice(-4_000); };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", (chunk: Buffer) => {
    keep(chunk);
    for (const line of chunk.toString().split("\n")) if (line.trim()) log(line);
  });
  let exited = child.exitCode !== null;
  const exit = new Promise<void>((resolve) => child.once("exit", () => { exited = true; resolve(); }));
  child.once("error", (error) => { tail += `\n${String(error)}`; });

  const stop = async () => {
    if (exited) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exit;
    clearTimeout(timer);
  };

  const started = Date.now();
  while (!(await isReady(origin))) {
    if (exited) throw new Error(`next start exited before it was ready:\n${tail}`);
    if (Date.now() - started > READY_TIMEOUT_MS) {
      await stop();
      throw new Error(`next start was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`ready on ${origin} in ${Date.now() - started} ms (pid ${child.pid}, APP_TODAY=${BENCH_TODAY})`);
  return { origin, pid: child.pid ?? -1, stop };
}

let shared: Promise<NextServer> | null = null;

/** One server for every section that needs it, started on first use; its log lines say "[next]", not a section. */
export function sharedNextServer(ctx: BenchContext): Promise<NextServer> {
  shared ??= startNextServer(ctx.databaseUrl, (m) => console.log(`[next] ${m}`));
  return shared;
}

export async function stopSharedNextServer(): Promise<void> {
  const pending = shared;
  shared = null;
  const server = await pending?.catch(() => null);
  await server?.stop();
}
