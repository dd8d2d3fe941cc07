// Security headers as real responses carry them, and pages that still work under their CSP in real Chromium:
// static public pages (a static policy that keeps them static), signed-in pages (a nonce per response, set by
// proxy.ts), route handlers (nothing may run or be framed). Read-only: it changes no data.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/auth";

type Headers = Record<string, string>;

function policy(headers: Headers): Map<string, string[]> {
  const csp = headers["content-security-policy"] ?? "";
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name ?? "", values]));
}

function expectCommonHeaders(headers: Headers) {
  const hsts = /^max-age=(\d+); includeSubDomains$/.exec(headers["strict-transport-security"] ?? "");
  expect(Number(hsts?.[1] ?? 0), "HSTS max-age ≥ 1 year").toBeGreaterThanOrEqual(31_536_000);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"]) {
    expect(headers["permissions-policy"]).toContain(feature);
  }
  expect(headers["x-powered-by"]).toBeUndefined();
}

function expectPageBasics(csp: Map<string, string[]>) {
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  expect(csp.get("form-action")).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
  expect(csp.get("connect-src")).toEqual(["'self'"]);
  expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
}

test("a static public page: the security headers, and a CSP that keeps it static", async ({ request }) => {
  await request.get("/vi/quy/2024-Q1");
  const response = await request.get("/vi/quy/2024-Q1");
  const headers = response.headers();
  expectCommonHeaders(headers);
  // Still served from the prerendered (ISR) cache: a nonce would have made it dynamic.
  expect(headers["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
  const csp = policy(headers);
  expectPageBasics(csp);
  expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
  expect(csp.get("script-src-attr")).toEqual(["'none'"]);
  expect(policy((await request.get("/")).headers()).get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
});

test("signed-in pages: a fresh nonce per response, carried by every script", async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const response = await request.get("/login");
    const headers = response.headers();
    expectCommonHeaders(headers);
    const csp = policy(headers);
    expectPageBasics(csp);
    const scriptSrc = csp.get("script-src") ?? [];
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    const nonce = /^'nonce-([A-Za-z0-9+/=]{22,})'$/.exec(scriptSrc.find((s) => s.startsWith("'nonce-")) ?? "")?.[1];
    expect(nonce).toBeDefined();
    nonces.push(nonce ?? "");
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("route handlers: nothing in them may run or be framed", async ({ request }) => {
  for (const path of ["/api/health", "/api/public/v1/openapi.json", "/api/evidence/1"]) {
    const headers = (await request.get(path)).headers();
    expectCommonHeaders(headers);
    expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  }
});

test("session cookies are httpOnly and SameSite=Lax (Secure only in production over HTTPS)", async ({ page, context }) => {
  await signIn(page, ACCOUNTS.committee);
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === "next-auth.session-token");
  expect(session, "session cookie").toBeDefined();
  for (const cookie of cookies.filter((c) => c.name.startsWith("next-auth."))) {
    expect(cookie.httpOnly, cookie.name).toBe(true);
    expect(cookie.sameSite, cookie.name).toBe("Lax");
    // This server runs on http://127.0.0.1: the Secure flag (and __Secure- names) are for HTTPS only.
    expect(cookie.secure, cookie.name).toBe(false);
  }
  expect(await page.evaluate(() => document.cookie)).not.toContain("next-auth");
});

test("other sites cannot frame the pages", async ({ page, baseURL }) => {
  for (const path of ["/vi", "/login"]) {
    const refused = page.waitForEvent("console", (m) => m.text().includes("frame-ancestors"));
    await page.setContent(`<iframe src="${baseURL}${path}" width="400" height="300"></iframe>`);
    await refused;
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(await frame?.content()).not.toContain("CĐS");
  }
});

/** Collects every CSP violation (the DOM event and Chromium's console report) and Permissions-Policy parse errors. */
async function watch(page: Page, violations: string[]) {
  await page.exposeFunction("reportCspViolation", (v: string) => violations.push(`${page.url()}: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI}`);
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to|Permissions-Policy/.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
}

async function visitAs(browser: Browser, violations: string[], email: string | null, visit: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await watch(page, violations);
  if (email) await signIn(page, email);
  await visit(page);
  await context.close();
}

test("the scoreboard, the officer grid, the committee overview and the admin screens run with no CSP violation", async ({ browser }) => {
  test.setTimeout(90_000);
  const violations: string[] = [];

  await visitAs(browser, violations, null, async (page) => {
    await page.goto("/vi/quy/2024-Q1");
    await page.mouse.wheel(0, 20_000);
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    await page.goto("/vi/chi-tieu/GOV-05");
    await page.mouse.wheel(0, 20_000);
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
  });

  await visitAs(browser, violations, ACCOUNTS.communeOfficer, async (page) => {
    await page.goto("/entry?period=2025-Q2");
    const value = page.locator('input[name^="value:"]').first();
    await value.fill("12,5");
    await expect(page.getByText("Có thay đổi chưa lưu.")).toBeVisible();
  });

  await visitAs(browser, violations, ACCOUNTS.committee, async (page) => {
    await page.goto("/committee?period=2024-Q1");
    await expect(page.getByTestId("band-counts-chart").getByRole("application")).toBeVisible();
    // A client-side navigation loads further chunks: 'strict-dynamic' must let them in.
    await page.getByRole("link", { name: "Xem theo trụ cột" }).click();
    await page.locator('a[href^="/committee/pillars/GOV"]').first().click();
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
  });

  await visitAs(browser, violations, ACCOUNTS.admin, async (page) => {
    await page.goto("/admin");
    await page.getByRole("link", { name: "Quản lý kỳ báo cáo" }).click();
    await expect(page.getByRole("heading", { name: "Kỳ báo cáo", level: 1 })).toBeVisible();
    await page.goto("/admin/users/new");
    await page.getByLabel("Vai trò").selectOption("OFFICER");
    await expect(page.getByLabel("Họ tên")).toBeVisible();
  });

  expect(violations).toEqual([]);
});
