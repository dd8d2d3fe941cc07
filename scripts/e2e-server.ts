// The server the browser tests run against (playwright.config.ts → webServer): the production build in
// .next (npm run test:e2e runs `next build` first — this script never builds) on 127.0.0.1:3100, backed by a
// FRESH database cds_e2e_<timestamp> that is migrated, seeded, and dropped again on the way out.
//
// Database server: DATABASE_URL's server when set (its `postgres` maintenance DB creates/drops the fresh
// one), else a throw-away embedded PostgreSQL cluster of its own on a free port.
//
// Shutdown: on SIGTERM/SIGINT/SIGHUP, or when `next start` exits by itself, we stop Next, drop the database,
// stop the embedded server and exit. Playwright must send SIGTERM (webServer.gracefulShutdown) — its default
// is SIGKILL to the whole process group, which leaves the database behind. That SIGTERM reaches the whole
// group, embedded postgres included, which then refuses NEW connections ("smart shutdown"); so we hold an
// admin connection open from the start and drop the database through it.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { deployMigrations, seedDatabaseAt } from "./lib/migrate";
import {
  createDatabaseIfMissing,
  dropDatabase,
  projectRoot,
  startEphemeralPostgres,
  withDatabase,
  type RunningPostgres,
} from "./lib/postgres";

const PORT = 3100;
const HOST = "127.0.0.1";
const APP_TODAY = "2025-06-16";
const SIGNALS = ["SIGTERM", "SIGINT", "SIGHUP"] as const;

const log = (message: string) => console.log(`[e2e-server] ${message}`);
const fail = (message: string) => console.error(`[e2e-server] ${message}`);

let server: RunningPostgres | null = null;
let adminClient: pg.Client | null = null;
let databaseName: string | null = null;
let next: ChildProcess | null = null;
let shuttingDown: Promise<never> | null = null;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => { timer = setTimeout(() => resolve("timeout"), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function stopNext(): Promise<void> {
  const child = next;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  if ((await withTimeout(exited, 10_000)) === "timeout") {
    fail("next start did not stop within 10 s; killing it");
    child.kill("SIGKILL");
    await withTimeout(exited, 5_000);
  }
}

async function dropFreshDatabase(): Promise<void> {
  if (!databaseName || !server) return;
  const quoted = `"${databaseName.replaceAll('"', '""')}"`;
  try {
    if (!adminClient) throw new Error("no admin connection");
    await adminClient.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
  } catch (first) {
    // The held connection is gone (e.g. the server restarted): try a new one.
    try {
      await dropDatabase(server.adminUrl, databaseName);
    } catch (second) {
      fail(`could not drop ${databaseName}: ${String(second)} (first attempt: ${String(first)})`);
      return;
    }
  }
  log(`dropped database ${databaseName}`);
}

/** Idempotent: stop Next, drop the database, stop the embedded server, exit with `code`. */
function shutdown(code: number, reason: string): Promise<never> {
  shuttingDown ??= (async () => {
    log(`shutting down (${reason})`);
    try {
      await stopNext();
      await withTimeout(dropFreshDatabase(), 15_000);
      await adminClient?.end().catch(() => undefined);
      adminClient = null;
      // PostgreSQL got the process group's SIGTERM too and may already be shutting down: bound the wait.
      if (server && (await withTimeout(server.stop(), 15_000)) === "timeout") fail("embedded PostgreSQL did not stop within 15 s");
    } catch (error) {
      fail(`error during shutdown: ${String(error)}`);
      code ||= 1;
    }
    process.exit(code);
  })();
  return shuttingDown;
}

function onSignal(signal: NodeJS.Signals): void {
  void shutdown(0, signal);
}

async function main(): Promise<void> {
  for (const signal of SIGNALS) process.on(signal, onSignal);

  if (!existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) {
    fail("no production build: .next/BUILD_ID is missing. Run `npm run build` first (`npm run test:e2e` should do it).");
    process.exit(1);
  }
  if (!existsSync(path.join(projectRoot, "prisma", "seed.ts"))) {
    fail("prisma/seed.ts is missing, so the fresh database cannot be seeded.");
    process.exit(1);
  }

  if (process.env.DATABASE_URL) {
    server = { adminUrl: withDatabase(process.env.DATABASE_URL, "postgres"), dataDir: null, stop: async () => undefined };
  } else {
    server = await startEphemeralPostgres("e2e", log);
  }
  if (shuttingDown) return;

  adminClient = new pg.Client({ connectionString: server.adminUrl });
  adminClient.on("error", (error) => fail(`admin connection: ${String(error)}`));
  await adminClient.connect();

  databaseName = `cds_e2e_${Date.now()}`;
  await createDatabaseIfMissing(server.adminUrl, databaseName);
  const url = withDatabase(server.adminUrl, databaseName);
  log(`database ${databaseName}; data folder ${server.dataDir ?? "(external server from DATABASE_URL)"}`);

  let started = Date.now();
  await deployMigrations(url, true);
  log(`migrations applied in ${Date.now() - started} ms`);
  if (shuttingDown) return;
  started = Date.now();
  await seedDatabaseAt(url);
  log(`seeded in ${Date.now() - started} ms`);
  if (shuttingDown) return;

  const nextBin = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    APP_TODAY,
    NEXTAUTH_URL: `http://${HOST}:${PORT}`,
    // playwright.config.ts chooses it, so the tests know it too.
    NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
    NODE_ENV: "production",
    PORT: String(PORT),
    HOSTNAME: HOST,
  };
  // Next must not inherit tsx's loader hooks.
  delete env.NODE_OPTIONS;
  next = spawn(process.execPath, [nextBin, "start", "-p", String(PORT), "-H", HOST], {
    cwd: projectRoot,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  log(`next start on http://${HOST}:${PORT} (pid ${next.pid}, APP_TODAY=${APP_TODAY})`);
  next.on("error", (error) => {
    fail(`could not start next: ${String(error)}`);
    void shutdown(1, "next failed to start");
  });
  next.on("exit", (code, signal) => {
    if (shuttingDown) return;
    void shutdown(code ?? 1, `next start exited (${signal ?? `code ${code}`})`);
  });
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
  void shutdown(1, "startup failed");
});
