// Server actions accept only same-origin requests (Next compares Origin with Host and refuses a mismatch; the
// session cookie is SameSite=Lax besides). The proof replays a real action POST — an admin creating an account,
// the worst a forged request could do — with a foreign Origin and with "null" (a sandboxed frame): both refused,
// nothing written. The same replay with the page's own Origin then succeeds, so nothing else was wrong with it.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/auth";

/** Whether the admin's list of every account shows the address (the unfiltered list echoes no search text). */
async function accountListed(page: Page, email: string): Promise<boolean> {
  const html = await (await page.request.get("/admin/users")).text();
  expect(html).toContain("admin@demo.cds.vn");
  return html.includes(email);
}

test("a server action replayed from another origin is refused and writes nothing", async ({ page, baseURL }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin/users/new");
  const email = `csrf-${Date.now()}@example.test`;
  await page.getByLabel("Họ tên").fill("Tài khoản thử CSRF");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Vai trò").selectOption("COMMITTEE");

  const statuses: Record<string, number> = {};
  let listedAfterForgeries: boolean | null = null;
  await page.route("**/admin/users/new", async (route) => {
    const request = route.request();
    const headers = request.headers();
    if (request.method() !== "POST" || !headers["next-action"]) return route.continue();
    for (const origin of ["https://evil.example", "null"]) {
      const forged = await route.fetch({ headers: { ...headers, origin } });
      statuses[origin] = forged.status();
    }
    listedAfterForgeries = await accountListed(page, email);
    const genuine = await route.fetch({ headers: { ...headers, origin: baseURL ?? "" } });
    statuses.genuine = genuine.status();
    await route.fulfill({ response: genuine });
  });

  await page.getByRole("button", { name: "Tạo tài khoản và gửi liên kết" }).click();
  await expect(page.getByText("Đã tạo tài khoản.")).toBeVisible();
  expect(statuses["https://evil.example"]).toBe(500);
  expect(statuses.null).toBe(500);
  expect(listedAfterForgeries).toBe(false);
  expect(statuses.genuine).toBe(200);
  expect(await accountListed(page, email)).toBe(true);
});
