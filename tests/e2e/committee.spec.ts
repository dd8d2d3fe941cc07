import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/auth";

// A committee member's quarterly reading: the overview, a pillar, a locality, the brief as .docx, a table
// as .xlsx, the print view; and the overview in both languages. Read-only: it changes no data.
test("a committee member reads the dashboard, downloads the brief and a table, and prints", async ({ page }, testInfo) => {
  await signIn(page, ACCOUNTS.committee);
  await page.goto("/committee?period=2024-Q1");
  await expect(page.getByRole("heading", { name: "Tổng quan của Ban Chỉ đạo", level: 1 })).toBeVisible();
  await expect(page.getByTestId("band-sentence")).toHaveText(
    "24 mục tiêu năm 2024: 7 hoàn thành và vượt kế hoạch; 9 đạt trên 70%; 6 đạt 50–70%; 2 dưới 50%.",
  );
  await page.screenshot({ path: testInfo.outputPath("overview-vi.png"), fullPage: true });

  // An .xlsx of the overview table.
  const [sheet] = await Promise.all([page.waitForEvent("download"), page.getByTestId("overview-export").click()]);
  expect(sheet.suggestedFilename()).toMatch(/\.xlsx$/);
  const xlsx = await readFile(await sheet.path());
  expect(xlsx.subarray(0, 2).toString()).toBe("PK");

  // A pillar, with its charts.
  await page.getByRole("link", { name: "Xem theo trụ cột" }).click();
  await page.locator('a[href^="/committee/pillars/GOV"]').first().click();
  await expect(page.getByRole("heading", { name: "Chính quyền số", level: 1 })).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  // A locality, from the ranking.
  await page.goto("/committee/localities?period=2025-Q1");
  await expect(page.getByRole("heading", { name: "Địa phương", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Xã Minh Đức" }).first().click();
  await expect(page.getByRole("heading", { name: "Xã Minh Đức", level: 1 })).toBeVisible();

  // The brief: .docx download, then the print view.
  await page.goto("/committee/brief?period=2024-Q1");
  await expect(page.getByText("Tình hình thực hiện chuyển đổi số quý I năm 2024").first()).toBeVisible();
  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("brief-docx").click()]);
  expect(docx.suggestedFilename()).toBe("bao-cao-cds-2024-Q1.docx");
  expect((await readFile(await docx.path())).subarray(0, 2).toString()).toBe("PK");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.getByText("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("brief-print.png"), fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // The overview in English, switched from the header.
  await page.goto("/committee?period=2024-Q1");
  await page.getByRole("button", { name: "en", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Steering committee overview", level: 1 })).toBeVisible();
  await expect(page.getByTestId("band-sentence")).toHaveText("24 targets for 2024: 7 met or exceeded; 9 above 70%; 6 at 50–70%; 2 below 50%.");
  await page.screenshot({ path: testInfo.outputPath("overview-en.png"), fullPage: true });
  await page.getByRole("button", { name: "vi", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Tổng quan của Ban Chỉ đạo", level: 1 })).toBeVisible();
});
