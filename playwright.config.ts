// Browser tests (npm run test:e2e — which runs `next build` first). The browser is the headless Chromium
// from the npm package @sparticuz/chromium, unpacked once by tests/e2e/global-setup.ts; set CHROMIUM_PATH
// to use another Chromium (e.g. /usr/bin/chromium). See scripts/lib/chromium.ts.
//
// E2E_NO_SERVER=1 omits the webServer, for tests that need only the browser (e.g.
//   E2E_NO_SERVER=1 npx playwright test tests/e2e/smoke.spec.ts).
//
// This file is evaluated in the runner AND in every worker, so it must not unpack anything: it reads the
// launch info global-setup wrote (workers start after global-setup), falling back to the known paths.
import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";
import {
  browserEnv,
  bundledChromiumInfo,
  readLaunchInfoFile,
  resolveChromiumSync,
  type ChromiumLaunchInfo,
} from "./scripts/lib/chromium";

function launchInfo(): ChromiumLaunchInfo {
  const fromSetup = readLaunchInfoFile();
  if (fromSetup) return fromSetup;
  try {
    return resolveChromiumSync() ?? bundledChromiumInfo();
  } catch {
    return bundledChromiumInfo();
  }
}

// The e2e server's NEXTAUTH_SECRET, fresh per run. Set here, in the runner, before the web server and the workers
// start, so both inherit it: tests/e2e/security-bundle.spec.ts checks that it reaches no client file.
process.env.E2E_NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");

const chromium = launchInfo();
const PORT = 3100;
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    headless: true,
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium.executablePath,
      args: chromium.args,
      // launchOptions.env replaces the browser's whole environment: browserEnv merges ours into process.env.
      env: browserEnv(chromium),
    },
  },
  webServer: process.env.E2E_NO_SERVER
    ? undefined
    : {
        command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 180_000,
        stdout: "pipe",
        stderr: "pipe",
        // Without this Playwright SIGKILLs the server's process group and the fresh database is never
        // dropped; with it, scripts/e2e-server.ts gets SIGTERM and cleans up (see the comment there).
        gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
      },
});
