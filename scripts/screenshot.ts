// Developer tool: look at what users see.
//   npx tsx scripts/screenshot.ts <url> <out.png> [--width 1280] [--height 800] [--login email:password] [--full]
// Uses the same headless Chromium as the browser tests (scripts/lib/chromium.ts; CHROMIUM_PATH overrides).
// --login first signs in at <origin>/login (input[name=email], input[name=password], button[type=submit]).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { browserEnv, ensureChromium } from "./lib/chromium";

const USAGE = "usage: npx tsx scripts/screenshot.ts <url> <out.png> [--width 1280] [--height 800] [--login email:password] [--full]";

interface Options { url: URL; out: string; width: number; height: number; login: { email: string; password: string } | null; full: boolean }

function usage(message: string): never {
  console.error(`screenshot: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const positional: string[] = [];
  let width = 1280;
  let height = 800;
  let login: Options["login"] = null;
  let full = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${arg} needs a value`);
      return v;
    };
    if (arg === "--full") full = true;
    else if (arg === "--width" || arg === "--height") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 100 || n > 10_000) usage(`${arg} must be a whole number of pixels (100–10000)`);
      if (arg === "--width") width = n;
      else height = n;
    } else if (arg === "--login") {
      const v = value();
      const colon = v.indexOf(":");
      if (colon <= 0) usage("--login must look like email:password");
      login = { email: v.slice(0, colon), password: v.slice(colon + 1) };
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith("--")) usage(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 2) usage("expected <url> and <out.png>");
  let url: URL;
  try {
    url = new URL(positional[0]!);
  } catch {
    usage(`not a URL: ${positional[0]}`);
  }
  const out = path.resolve(positional[1]!);
  if (!out.toLowerCase().endsWith(".png")) usage("the output file must end in .png");
  return { url, out, width, height, login, full };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const info = await ensureChromium((m) => console.error(m));
  const launchStarted = Date.now();
  let browser: Browser;
  try {
    browser = await chromium.launch({
      headless: true,
      executablePath: info.executablePath,
      args: info.args,
      env: browserEnv(info),
    });
  } catch (error) {
    throw new Error(`could not launch Chromium at ${info.executablePath}: ${String(error)}`);
  }
  console.error(`[screenshot] Chromium launched in ${Date.now() - launchStarted} ms`);
  try {
    const context = await browser.newContext({
      viewport: { width: options.width, height: options.height },
      locale: "vi-VN",
      timezoneId: "Asia/Ho_Chi_Minh",
    });
    const page = await context.newPage();

    if (options.login) {
      const loginUrl = new URL("/login", options.url.origin);
      const response = await page.goto(loginUrl.href, { waitUntil: "load" });
      if (!response || response.status() >= 400) throw new Error(`${loginUrl.href} answered ${response?.status() ?? "nothing"}`);
      // The login form's own submit button: the page has other forms (e.g. the language switcher).
      const form = page.locator("form", { has: page.locator("input[name=password]") }).first();
      await form.locator("input[name=email]").fill(options.login.email);
      await form.locator("input[name=password]").fill(options.login.password);
      await Promise.all([
        page.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 15_000 }).catch(() => {
          throw new Error(`login as ${options.login!.email} failed: still on ${page.url()} after submitting`);
        }),
        form.locator("button[type=submit]").first().click(),
      ]);
      console.error(`[screenshot] logged in as ${options.login.email}`);
    }

    const response = await page.goto(options.url.href, { waitUntil: "load" });
    if (response && response.status() >= 400) console.error(`[screenshot] warning: ${options.url.href} answered ${response.status()}`);
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    mkdirSync(path.dirname(options.out), { recursive: true });
    await page.screenshot({ path: options.out, fullPage: options.full });
    console.log(options.out);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshot: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
