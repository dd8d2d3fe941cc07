import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { ACCOUNTS, signIn } from "./support/auth";

// Xã Tân Hoà's XA-02 only: bad-value.spec.ts (same commune, run in parallel) watches its first rate, XA-01.
const GOOD = { code: "XA-02", name: "Tỷ lệ hồ sơ thủ tục hành chính cấp xã được nộp trực tuyến" };
const BAD_REASON = "Giá trị không hợp lệ: hãy nhập một số, ví dụ 97,5 hoặc 1.234.";

test("an officer imports a filled-in workbook: preview with reasons, confirm, values in the grid", async ({ page }, testInfo) => {
  // A value unlikely to be stored already, so the import really changes something (also on a retry).
  const typed = ((6_000 + Math.floor(Math.random() * 3_000)) / 100).toLocaleString("vi-VN", { maximumFractionDigits: 2, useGrouping: false });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Số liệu");
  sheet.addRow(["Mã đơn vị", "Mã chỉ tiêu", "Giá trị", "Ghi chú"]);
  sheet.addRow(["99025", GOOD.code, typed, null]);
  sheet.addRow(["99025", "XA-03", "abc", null]);
  const file = testInfo.outputPath("so-lieu-quy-2.xlsx");
  await writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()));

  await signIn(page, ACCOUNTS.communeOfficer);
  await page.goto("/entry/import?period=2025-Q2");
  await expect(page.getByRole("heading", { name: "Nhập số liệu từ Excel/CSV" })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải mẫu Excel (.xlsx)" }).click();
  expect((await download).suggestedFilename()).toBe("mau-bao-cao-2025-Q2.xlsx");

  await page.getByLabel("Tệp số liệu (.xlsx hoặc .csv)").setInputFiles(file);
  await page.getByRole("button", { name: "Xem trước" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(page.getByTestId("import-summary")).toHaveText("1 dòng hợp lệ, 1 dòng bị từ chối");
  await expect(preview.locator('tr[data-row="2"]')).toContainText("Hợp lệ");
  await expect(preview.locator('tr[data-row="2"]')).toContainText(`${typed}%`);
  await expect(preview.locator('tr[data-row="3"]')).toContainText(`Bị từ chối: ${BAD_REASON}`);

  await page.getByRole("button", { name: "Xác nhận nhập 1 dòng hợp lệ" }).click();
  await expect(page.getByText("Đã nhập 1 giá trị. Kiểm tra lại rồi gửi báo cáo.")).toBeVisible();
  await expect(preview).toHaveCount(0);

  await page.getByRole("link", { name: "Về trang nhập số liệu để kiểm tra" }).click();
  await expect(page).toHaveURL(/\/entry\?period=2025-Q2$/);
  await expect(page.getByLabel(GOOD.name, { exact: true })).toHaveValue(typed);
});
