import { expect, test } from "@playwright/test";

test("the public scoreboard shows the Q1 2024 review with its chart, without signing in", async ({ page }) => {
  await page.goto("/vi/quy/2024-Q1");
  await expect(page.getByRole("heading", { name: "Tiến độ chuyển đổi số" })).toBeVisible();
  await expect(page.getByTestId("band-sentence")).toHaveText(
    "24 mục tiêu năm 2024: 7 hoàn thành và vượt kế hoạch; 9 đạt trên 70%; 6 đạt 50–70%; 2 dưới 50%.",
  );
  await expect(page.getByTestId("target-table").locator("tbody tr")).toHaveCount(24);
  // The chart's code loads only when it scrolls into view.
  await page.getByRole("heading", { name: "Tỷ lệ mục tiêu hoàn thành theo quý, theo trụ cột" }).scrollIntoViewIfNeeded();
  const chart = page.getByTestId("pillar-chart");
  await expect(chart.locator(".recharts-line")).toHaveCount(3);
  await expect(chart.locator(".recharts-line-curve").first()).toHaveAttribute("d", /\d/);
  await expect(page.getByRole("link", { name: "Cán bộ đăng nhập" }).first()).toBeVisible();
});

test("the scoreboard fits a 375 px phone screen", async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto("/");
  await expect(page.getByTestId("band-sentence")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
