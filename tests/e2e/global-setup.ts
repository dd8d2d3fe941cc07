// Playwright globalSetup: runs once, in the runner process, before any worker starts. It unpacks the
// bundled Chromium (once per version, see scripts/lib/chromium.ts) and writes the launch info to a JSON
// file that playwright.config.ts — re-evaluated in every worker — reads for `use.launchOptions`.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { E2E_CHROMIUM_JSON, describeChromium, ensureChromium } from "../../scripts/lib/chromium";

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const info = await ensureChromium();
  mkdirSync(path.dirname(E2E_CHROMIUM_JSON), { recursive: true });
  // Write-then-rename so a concurrent reader never sees half a file.
  const temp = `${E2E_CHROMIUM_JSON}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(info, null, 2));
  renameSync(temp, E2E_CHROMIUM_JSON);
  console.log(`[e2e] Chromium ready in ${Date.now() - started} ms: ${describeChromium(info)}`);
}
