import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../../prisma/seed";

export const ACCOUNTS = {
  agencyOfficer: "sotttt@demo.cds.vn",
  communeOfficer: "xa.tan-hoa@demo.cds.vn",
  committee: "bcd@demo.cds.vn",
  admin: "admin@demo.cds.vn",
} as const;

/** Signs in through the real login form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
