// Sign-in throttling seen in the browser: after 5 wrong passwords the account is refused, even with the right
// one, with a Vietnamese message; after 20 failures an address is refused for every account. Each test claims a
// client address of its own (X-Forwarded-For, as a reverse proxy would set it) so the failures it causes do not
// count against 127.0.0.1, which every other spec signs in from; and it uses accounts no other spec uses.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed";

const LOCKED_ACCOUNT = "huyen.dong-lam@demo.cds.vn";
const SPRAYED_ACCOUNT = "huyen.bac-minh@demo.cds.vn";
const INVALID = "Thư điện tử hoặc mật khẩu không đúng, hoặc tài khoản đã bị khoá.";
const LIMITED = /^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau (1[45]) phút\.$/;

async function pageFrom(browser: Browser, address: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": address } });
  return context.newPage();
}

async function tryPassword(page: Page, email: string, password: string): Promise<string> {
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await answered;
  // The form's own alert (Next's route announcer is an alert too).
  const alert = page.locator("form").getByRole("alert");
  await expect(alert).not.toBeEmpty();
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeEnabled();
  return (await alert.textContent()) ?? "";
}

test("an account is refused after 5 wrong passwords, even with the right one, with a clear message", async ({ browser }) => {
  const page = await pageFrom(browser, "203.0.113.10");
  await page.goto("/login");
  for (let i = 1; i <= 5; i += 1) expect(await tryPassword(page, LOCKED_ACCOUNT, `sai-${i}`)).toBe(INVALID);
  expect(await tryPassword(page, LOCKED_ACCOUNT, DEMO_PASSWORD)).toMatch(LIMITED);
  await expect(page).toHaveURL(/\/login/);

  // Another address does not help: the lock is on the account.
  const elsewhere = await pageFrom(browser, "203.0.113.11");
  await elsewhere.goto("/login");
  expect(await tryPassword(elsewhere, LOCKED_ACCOUNT, DEMO_PASSWORD)).toMatch(LIMITED);

  // Without JavaScript next-auth lands on /login?error=<code>; the page words it the same way, and shows only
  // its own words whatever a crafted link says.
  await page.goto("/login?error=LoginRateLimited-15");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.");
  await page.goto("/login?error=G%E1%BB%8Di%200900%20000%20000");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Không kết nối được máy chủ. Vui lòng thử lại.");
  await page.context().close();
  await elsewhere.context().close();
});

test("an address is refused after 20 failures spread over accounts; other addresses still sign in", async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await pageFrom(browser, "203.0.113.20");
  await page.goto("/login");
  // Unknown e-mails count like real ones: the limiter does not reveal which accounts exist.
  for (let i = 1; i <= 20; i += 1) expect(await tryPassword(page, `khong-co-${i % 5}@demo.cds.vn`, "sai")).toBe(INVALID);
  expect(await tryPassword(page, SPRAYED_ACCOUNT, DEMO_PASSWORD)).toMatch(LIMITED);

  const other = await pageFrom(browser, "203.0.113.21");
  await other.goto("/login");
  await other.getByLabel("Thư điện tử").fill(SPRAYED_ACCOUNT);
  await other.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await other.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(other).toHaveURL(/\/home|\/entry/);
  await page.context().close();
  await other.context().close();
});
