import { expect, test, type Page } from "@playwright/test";
import { AUTHZ_E2E_CHECKS, type E2eCheck, type E2eSession } from "../support/authz-e2e-checks";
import { ACCOUNTS, signIn } from "./support/auth";

// The authorisation matrix's cases that need a real request (listed in tests/support/authz-e2e-checks.ts; the
// rest run in tests/integration/authz.test.ts): the committee exports, whose words come from next-intl; the
// sign-in endpoints; the language switch, which sets a cookie. Read-only apart from that cookie.

const EMAIL: Record<Exclude<E2eSession, "anonymous">, string> = { committee: ACCOUNTS.committee, admin: ACCOUNTS.admin };
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

async function run(page: Page, check: E2eCheck): Promise<void> {
  if (check.kind === "get") {
    const response = await page.request.get(check.path);
    expect(response.status()).toBe(check.status);
    if (check.status === 200 && check.path.startsWith("/api/committee/export/")) {
      expect(response.headers()["content-type"]).toContain("spreadsheetml");
    }
    if (check.status >= 400) expect(((await response.json()) as { message: string }).message).toMatch(VIETNAMESE);
    return;
  }
  if (check.kind === "sign-in") {
    // Anyone may try to sign in; a wrong password gets the login page back and no session.
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await page.request.post(check.path, { form: { csrfToken, email: "khong-co-tai-khoan@demo.cds.vn", password: "sai-mat-khau-123" } });
    expect(response.status()).toBe(check.status);
    expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
    return;
  }
  // Any visitor may switch the language: the action sets the cookie and the page answers in English.
  await page.goto(check.path);
  await page.getByRole("button", { name: "en", exact: true }).click();
  await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

for (const as of ["anonymous", "committee", "admin"] as const) {
  test(`authorisation cases that need a real request, as ${as}`, async ({ page }) => {
    if (as !== "anonymous") await signIn(page, EMAIL[as]);
    for (const check of AUTHZ_E2E_CHECKS.filter((c) => c.as === as)) {
      await test.step(`${check.kind} ${check.path} → ${check.status} (${check.key})`, () => run(page, check));
    }
  });
}
