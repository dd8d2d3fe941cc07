// A headless Chromium for Playwright and scripts/screenshot.ts, from the npm package @sparticuz/chromium
// (this machine has no `npx playwright install` and no apt). See /work/shared/OFFLINE-STACK.md.
//
// The package's own executablePath() unpacks into os.tmpdir() and trusts whatever is already there, so
// parallel processes race. Instead we unpack ONCE into a versioned folder
//   node_modules/.cache/sparticuz-chromium-<version>/
// by pointing TMPDIR at a private staging folder while calling the package's exported inflate() on the four
// archives, write fonts.conf and a marker file, then atomically rename() the staging folder into place.
// A lock file (O_EXCL create, holder pid inside, stale locks taken over) keeps several processes from all
// decompressing 300 MB at once; the rename alone already makes a half-unpacked folder impossible to see.
//
// CHROMIUM_PATH=/usr/bin/chromium (or any other Chromium) overrides all of this.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface ChromiumLaunchInfo {
  executablePath: string;
  /**
   * Only the variables the browser needs on top of the normal environment (never secrets, so this can be
   * written to a JSON file). Playwright's `launchOptions.env` REPLACES the whole environment, so pass
   * `browserEnv(info)` to it, not `info.env`.
   */
  env: Record<string, string>;
  args: string[];
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const packageDir = path.join(projectRoot, "node_modules", "@sparticuz", "chromium");
export const cacheRoot = path.join(projectRoot, "node_modules", ".cache");
/** Written by tests/e2e/global-setup.ts, read by playwright.config.ts in every worker. */
export const E2E_CHROMIUM_JSON = path.join(cacheRoot, "e2e-chromium.json");

/** Our flags — never the package's `chromium.args` (--single-process, --disable-web-security). */
export const CHROMIUM_ARGS: readonly string[] = [
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--no-zygote",
  ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
];

const ARCHIVES = ["chromium.br", "fonts.tar.br", "swiftshader.tar.br", "al2023.tar.br"] as const;
const MARKER = ".unpacked.json";
const LOCK_STALE_MS = 10 * 60_000;
const WAIT_LIMIT_MS = 10 * 60_000;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** The versioned folder the browser lives in, e.g. node_modules/.cache/sparticuz-chromium-153.0.0. */
export function chromiumDir(): string {
  return path.join(cacheRoot, `sparticuz-chromium-${packageVersion()}`);
}

function infoFor(dir: string): ChromiumLaunchInfo {
  return {
    executablePath: path.join(dir, "chromium"),
    env: {
      FONTCONFIG_FILE: path.join(dir, "fonts.conf"),
      LD_LIBRARY_PATH: path.join(dir, "al2023", "lib"),
    },
    args: [...CHROMIUM_ARGS],
  };
}

/** Where the bundled browser is (or will be) once unpacked — no check that it is there. */
export function bundledChromiumInfo(): ChromiumLaunchInfo {
  return infoFor(chromiumDir());
}

function overrideInfo(): ChromiumLaunchInfo | null {
  const custom = process.env.CHROMIUM_PATH;
  if (!custom) return null;
  if (!existsSync(custom)) throw new Error(`CHROMIUM_PATH=${custom} does not exist`);
  return { executablePath: custom, env: {}, args: [...CHROMIUM_ARGS] };
}

/**
 * Synchronous, never unpacks: the launch info when CHROMIUM_PATH is set or the bundled browser is already
 * unpacked, else null. For places that cannot await (playwright.config.ts, evaluated in every worker).
 */
export function resolveChromiumSync(): ChromiumLaunchInfo | null {
  const custom = overrideInfo();
  if (custom) return custom;
  const dir = chromiumDir();
  return existsSync(path.join(dir, MARKER)) ? infoFor(dir) : null;
}

/** The launch info global-setup wrote for this run, or null when the file is missing or unreadable. */
export function readLaunchInfoFile(file: string = E2E_CHROMIUM_JSON): ChromiumLaunchInfo | null {
  try {
    const info = JSON.parse(readFileSync(file, "utf8")) as ChromiumLaunchInfo;
    return typeof info.executablePath === "string" && existsSync(info.executablePath) ? info : null;
  } catch {
    return null;
  }
}

/** The environment to hand to the browser: the current one plus ours (LD_LIBRARY_PATH prepended). */
export function browserEnv(info: ChromiumLaunchInfo, base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) if (value !== undefined) env[key] = value;
  for (const [key, value] of Object.entries(info.env)) {
    env[key] = key === "LD_LIBRARY_PATH" && env[key] ? `${value}:${env[key]}` : value;
  }
  return env;
}

function fontsConf(dir: string): string {
  const esc = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  // Only the fonts bundled with the package, so screenshots look the same on every machine.
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${esc(path.join(dir, "fonts"))}</dir>
  <cachedir>${esc(path.join(dir, "fontconfig-cache"))}</cachedir>
  <config></config>
</fontconfig>
`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

interface LockBody { pid: number; host: string; at: number }

async function lockIsStale(lockFile: string): Promise<boolean> {
  try {
    const [text, info] = await Promise.all([readFile(lockFile, "utf8"), stat(lockFile)]);
    if (Date.now() - info.mtimeMs > LOCK_STALE_MS) return true;
    const body = JSON.parse(text) as LockBody;
    return body.host === hostname() && !processAlive(body.pid);
  } catch {
    // Unreadable: either being written right now (not stale) or vanished (retry picks it up).
    try {
      return Date.now() - (await stat(lockFile)).mtimeMs > 30_000;
    } catch {
      return false;
    }
  }
}

/** O_EXCL lock file; resolves to true when we hold it, false when the browser appeared meanwhile. */
async function acquireLock(lockFile: string, marker: string, log: (m: string) => void): Promise<boolean> {
  const started = Date.now();
  let announced = false;
  for (;;) {
    if (existsSync(marker)) return false;
    try {
      const handle = await open(lockFile, "wx");
      const body: LockBody = { pid: process.pid, host: hostname(), at: Date.now() };
      await handle.writeFile(JSON.stringify(body));
      await handle.close();
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (await lockIsStale(lockFile)) {
      log(`[chromium] removing stale lock ${lockFile}`);
      await unlink(lockFile).catch(() => undefined);
      continue;
    }
    if (!announced) {
      log("[chromium] another process is unpacking Chromium; waiting");
      announced = true;
    }
    if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`[chromium] timed out waiting for ${lockFile}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function unpackInto(staging: string, finalDir: string): Promise<void> {
  const { inflate } = await import("@sparticuz/chromium");
  await mkdir(staging, { recursive: true });
  // inflate() reads os.tmpdir() (i.e. TMPDIR) synchronously when called, so TMPDIR only needs to point at
  // the staging folder for the duration of these synchronous calls.
  const previous = process.env.TMPDIR;
  let pending: Promise<string>[];
  process.env.TMPDIR = staging;
  try {
    pending = ARCHIVES.map((name) => inflate(path.join(packageDir, "bin", name)));
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
  await Promise.all(pending);
  for (const required of ["chromium", "fonts", path.join("al2023", "lib")]) {
    if (!existsSync(path.join(staging, required))) throw new Error(`[chromium] unpacking did not produce ${required}`);
  }
  await mkdir(path.join(staging, "fontconfig-cache"), { recursive: true });
  // Paths inside fonts.conf name the final folder: the rename below moves everything there.
  await writeFile(path.join(staging, "fonts.conf"), fontsConf(finalDir));
  await writeFile(
    path.join(staging, MARKER),
    JSON.stringify({ version: packageVersion(), unpackedAt: new Date().toISOString(), archives: ARCHIVES }, null, 2),
  );
}

/** Leftover staging folders of crashed runs (only the lock holder creates them, so all are leftovers). */
function removeLeftovers(finalDir: string): void {
  const parent = path.dirname(finalDir);
  const prefix = `${path.basename(finalDir)}.tmp-`;
  for (const name of readdirSync(parent)) {
    if (name.startsWith(prefix)) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Resolves the Chromium to launch, unpacking the bundled one on first use. Idempotent and safe to call from
 * several processes at once: the first takes the lock and unpacks, the others wait for the marker file.
 */
export async function ensureChromium(log: (message: string) => void = console.log): Promise<ChromiumLaunchInfo> {
  const custom = overrideInfo();
  if (custom) return custom;

  const finalDir = chromiumDir();
  const marker = path.join(finalDir, MARKER);
  if (existsSync(marker)) return infoFor(finalDir);

  await mkdir(cacheRoot, { recursive: true });
  const lockFile = `${finalDir}.lock`;
  if (!(await acquireLock(lockFile, marker, log))) return infoFor(finalDir);

  const staging = `${finalDir}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    if (existsSync(marker)) return infoFor(finalDir);
    removeLeftovers(finalDir);
    const started = Date.now();
    log(`[chromium] unpacking @sparticuz/chromium ${packageVersion()} into ${finalDir}`);
    await unpackInto(staging, finalDir);
    // A folder without a marker is an incomplete copy from some other route: replace it.
    if (existsSync(finalDir)) await rm(finalDir, { recursive: true, force: true });
    await rename(staging, finalDir);
    log(`[chromium] unpacked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return infoFor(finalDir);
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    await unlink(lockFile).catch(() => undefined);
  }
}

/** Size of the unpacked browser binary, for diagnostics. */
export function describeChromium(info: ChromiumLaunchInfo): string {
  let size = "?";
  try {
    size = `${(statSync(info.executablePath).size / 1e6).toFixed(0)} MB`;
  } catch {
    /* reported by the launch itself */
  }
  return `${info.executablePath} (${size})`;
}
