// First-load JavaScript of the public pages against an empty App Router page of the same build
// (app/(baseline)): the public pages may add at most 30% (issue 7). Charts load only when scrolled to.
import { expect, test } from "@playwright/test";
import { BASELINE_PATH, measureFirstLoadJs } from "../../scripts/lib/first-load-js";

const PAGES = ["/vi", "/vi/quy/2024-Q1", "/vi/chi-tieu/GOV-05", "/vi/chi-tieu/XA-01", "/vi/dia-phuong/99025", "/vi/xep-hang", "/vi/dinh-chinh", "/vi/du-lieu-mo"];
const BUDGET = 1.3;

test("public pages ship at most 1.3× the JavaScript of an empty page", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const measure = async (path: string) => {
    const page = await browser.newPage();
    try {
      return await measureFirstLoadJs(page, `${baseURL}${path}`);
    } finally {
      await page.close();
    }
  };
  const baseline = await measure(BASELINE_PATH);
  expect(baseline.gzipBytes).toBeGreaterThan(10_000);
  for (const path of PAGES) {
    const result = await measure(path);
    const ratio = result.gzipBytes / baseline.gzipBytes;
    console.log(`[first-load-js] ${path}: ${result.gzipBytes} B gzip in ${result.files} files = ${ratio.toFixed(3)}× the empty page (${baseline.gzipBytes} B)`);
    expect(ratio, `${path} first-load JS ratio`).toBeLessThanOrEqual(BUDGET);
  }
});
