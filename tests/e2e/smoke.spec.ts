// Proves the browser itself works (launch, fonts, Vietnamese diacritics, screenshots) without the app.
import { expect, test } from "@playwright/test";

const TITLE = "Chuyển đổi số — Bảng theo dõi";

test("renders Vietnamese text with real glyphs", async ({ page }) => {
  await page.goto("about:blank");
  await page.setContent(`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Kiểm tra</title></head>
<body style="margin:24px;font-family:sans-serif">
  <h1 id="title" style="display:inline-block;font-size:32px">${TITLE}</h1>
  <p>Tiến độ quý II: đạt 87,5% chỉ tiêu — Sở Thông tin và Truyền thông.</p>
</body></html>`);

  const title = page.locator("#title");
  await expect(title).toBeVisible();
  await expect(title).toHaveText(TITLE);

  // With no usable font the text collapses to (near) nothing; real glyphs at 32 px are ~450 px wide.
  const box = await title.boundingBox();
  expect(box, "the heading has a layout box").not.toBeNull();
  expect(box!.width).toBeGreaterThan(100);
  expect(box!.height).toBeGreaterThan(20);

  const png = await page.screenshot();
  expect(png.byteLength).toBeGreaterThan(5_000);
  const element = await title.screenshot();
  expect(element.byteLength).toBeGreaterThan(1_000);
});
