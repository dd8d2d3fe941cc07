// No secret reaches the browser: every file the build serves from /_next/static, and the HTML and RSC payloads
// the server renders (public and signed-in), are searched for the running server's NEXTAUTH_SECRET (chosen per
// run by playwright.config.ts), secrets present at build time (.env files), connection strings, the embedded
// database's password, the names of server-only settings and private keys.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/auth";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return nested.flat();
}

/** NEXTAUTH_SECRET values in the .env files `next build` read (e.g. the one `npm run dev` writes to .env.local). */
async function buildTimeSecrets(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of [".env", ".env.local", ".env.production", ".env.production.local"]) {
    const text = await readFile(path.join(root, name), "utf8").catch(() => "");
    for (const match of text.matchAll(/^\s*NEXTAUTH_SECRET\s*=\s*["']?([^"'\s]+)/gm)) if (match[1]) found.push(match[1]);
  }
  return found;
}

function needles(secrets: string[]): Array<{ what: string; pattern: RegExp }> {
  const literal = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return [
    ...secrets.map((s, i) => ({ what: `NEXTAUTH_SECRET value #${i + 1}`, pattern: literal(s) })),
    { what: "a PostgreSQL connection string", pattern: /postgres(?:ql)?:\/\//i },
    { what: "the embedded database's password", pattern: /cds-local-only/ },
    { what: "the name DATABASE_URL", pattern: /DATABASE_URL/ },
    { what: "the name NEXTAUTH_SECRET", pattern: /NEXTAUTH_SECRET/ },
    { what: "the name SMTP_URL", pattern: /SMTP_URL/ },
    { what: "a private key", pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  ];
}

function leaks(text: string, checks: Array<{ what: string; pattern: RegExp }>): string[] {
  return checks.filter((c) => c.pattern.test(text)).map((c) => c.what);
}

test("no secret in the client bundle or in rendered pages", async ({ page }) => {
  test.setTimeout(60_000);
  const root = path.dirname(test.info().config.configFile ?? path.resolve("playwright.config.ts"));
  const serverSecret = process.env.E2E_NEXTAUTH_SECRET;
  expect(serverSecret, "playwright.config.ts sets the e2e server's secret").toMatch(/^[A-Za-z0-9_-]{40,}$/);
  const checks = needles([serverSecret ?? "", ...(await buildTimeSecrets(root))]);

  const files = await filesUnder(path.join(root, ".next", "static"));
  expect(files.filter((f) => f.endsWith(".js")).length).toBeGreaterThan(10);
  const found: string[] = [];
  for (const file of files) {
    for (const what of leaks(await readFile(file, "latin1"), checks)) found.push(`${path.relative(root, file)}: ${what}`);
  }

  // What the server renders at request time, including the RSC payload of a client navigation.
  const pages = ["/vi", "/vi/quy/2024-Q1", "/login"];
  const signedIn = ["/home", "/committee?period=2024-Q1", "/admin", "/admin/users"];
  for (const url of pages) found.push(...leaks(await (await page.request.get(url)).text(), checks).map((w) => `${url}: ${w}`));
  await signIn(page, ACCOUNTS.admin);
  for (const url of signedIn) {
    found.push(...leaks(await (await page.request.get(url)).text(), checks).map((w) => `${url}: ${w}`));
    found.push(...leaks(await (await page.request.get(url, { headers: { RSC: "1" } })).text(), checks).map((w) => `${url} (RSC): ${w}`));
  }
  expect(found).toEqual([]);
});
