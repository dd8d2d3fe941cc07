// The public scoreboard as an anonymous visitor uses it, on a phone and on a desktop: scoreboard, an
// indicator, a locality, the ranking, provenance and corrections, and the CSV download.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { formatValue, type IndicatorUnit } from "../../lib/format";

const PUBLIC_PAGES = ["/vi", "/en/quy/2024-Q1", "/vi/chi-tieu/GOV-05", "/vi/chi-tieu/XA-01", "/vi/dia-phuong/99025", "/en/dia-phuong/991", "/vi/xep-hang", "/vi/dinh-chinh", "/vi/du-lieu-mo"];

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("desktop: the CSV download carries exactly the numbers of the scoreboard page", async ({ page }) => {
  await page.goto("/vi/quy/2025-Q1");
  const download = page.waitForEvent("download");
  await page.getByTestId("downloads").first().getByRole("link", { name: /dạng CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("bang-diem-2025-Q1.csv");
  const text = await readFile(await file.path(), "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: Record<string, string>[] = parse(text, { columns: true, bom: true });
  const cells = page.locator("tr[data-indicator]");
  await expect(cells).toHaveCount(rows.length);
  expect(rows.length).toBeGreaterThan(20);
  for (const row of rows) {
    const shown = page.locator(`tr[data-indicator="${row.ma_chi_tieu}"] [data-testid="actual"]`);
    const value = row.thuc_hien === "" ? null : Number(row.thuc_hien);
    await expect(shown).toHaveText(formatValue(value, row.don_vi as IndicatorUnit, "vi"));
  }
});

test("desktop: provenance and the approved correction are one click away, and lead to the corrections log", async ({ page }) => {
  await page.goto("/vi/quy/2024-Q3");
  const row = page.locator('tr[data-indicator="SOC-05"]');
  await expect(row.getByTestId("actual")).toHaveText("40%");
  await row.getByTestId("provenance-button").click();
  const popover = row.getByTestId("provenance");
  await expect(popover).toBeVisible();
  await expect(popover).toContainText("Sở Y tế");
  await expect(popover.getByTestId("provenance-corrections")).toContainText("sửa từ 45% thành 40%");
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();

  // A series break: GOV-05 changed its method on 1 January 2025.
  await page.goto("/vi/quy/2025-Q1");
  const gov05 = page.locator('tr[data-indicator="GOV-05"]');
  await gov05.getByTestId("provenance-button").focus();
  await page.keyboard.press("Enter");
  await expect(gov05.getByTestId("provenance")).toContainText("Đổi phương pháp từ");

  await page.getByRole("navigation", { name: "Mục công khai" }).getByRole("link", { name: "Đính chính số liệu" }).click();
  await expect(page).toHaveURL(/\/vi\/dinh-chinh$/);
  await expect(page.locator("main")).toContainText("Sở Y tế rà soát lại");
});

test("desktop: from the scoreboard to an indicator and a locality, in both languages", async ({ page }) => {
  await page.goto("/vi/quy/2025-Q1");
  await page.locator('tr[data-indicator="GOV-05"]').getByRole("link").first().click();
  await expect(page).toHaveURL(/\/vi\/chi-tieu\/GOV-05$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tỷ lệ dịch vụ công trực tuyến toàn trình");
  await page.getByRole("link", { name: /^English/ }).click();
  await expect(page).toHaveURL(/\/en\/chi-tieu\/GOV-05$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("End-to-end online public services");

  await page.goto("/vi/xep-hang");
  const first = page.locator("main table a").first();
  const name = (await first.textContent())?.trim() ?? "";
  await first.click();
  await expect(page).toHaveURL(/\/vi\/dia-phuong\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.locator("main")).toContainText(/Hạng \d+/);
});

test("phone (375 px): scoreboard, indicator and locality read without sideways scrolling", async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto("/");
  await expect(page.getByTestId("band-sentence")).toBeVisible();
  await expect(page.getByTestId("last-updated")).toContainText("Cập nhật lần cuối");
  await expectNoHorizontalScroll(page);
  await page.locator("tr[data-indicator] a").first().click();
  await expect(page).toHaveURL(/\/vi\/chi-tieu\//);
  await expectNoHorizontalScroll(page);
  await page.goto("/vi/dia-phuong/99025");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.close();
});

for (const path of PUBLIC_PAGES) {
  test(`axe finds no accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("axe passes with a provenance popover open", async ({ page }) => {
  await page.goto("/vi/quy/2024-Q3");
  await page.locator('tr[data-indicator="SOC-05"]').getByTestId("provenance-button").click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
