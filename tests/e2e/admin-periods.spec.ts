import { expect, test } from "@playwright/test";
import { formatDate } from "../../lib/format";
import { ACCOUNTS, signIn } from "./support/auth";

// Touches only reporting period 2025-Q3, which no other browser test uses.
test("an admin moves the Q3/2025 deadline, then locks the period after confirming and unlocks it", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Quản lý kỳ báo cáo" }).click();
  await expect(page.getByRole("heading", { name: "Kỳ báo cáo", level: 1 })).toBeVisible();

  const row = page.locator('tr[data-period="2025-Q3"]');
  const deadline = row.getByLabel("Hạn nộp mới cho Quý III/2025");
  await deadline.fill("2025-10-05");
  await row.getByRole("button", { name: "Lưu hạn nộp" }).click();
  await expect(row.getByText("Đã cập nhật hạn nộp.")).toBeVisible();
  await expect(row.getByTestId("deadline")).toHaveText(formatDate(new Date("2025-10-05T00:00:00Z"), "vi"));
  await page.reload();
  await expect(row.getByLabel("Hạn nộp mới cho Quý III/2025")).toHaveValue("2025-10-05");

  // Locking asks first, saying what it means; cancelling changes nothing.
  await row.getByRole("button", { name: "Khoá kỳ Quý III/2025" }).click();
  const dialog = page.getByRole("dialog", { name: "Khoá kỳ báo cáo Quý III/2025?" });
  await expect(dialog).toContainText("chỉ quản trị viên được thay đổi giá trị");
  await dialog.getByRole("button", { name: "Huỷ" }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByTestId("period-status")).toHaveText("Đang mở");

  await row.getByRole("button", { name: "Khoá kỳ Quý III/2025" }).click();
  await dialog.getByRole("button", { name: "Khoá kỳ" }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByTestId("period-status")).toHaveText("Đã khoá");
  await expect(row.getByText("Đã khoá kỳ báo cáo.")).toBeVisible();

  await row.getByRole("button", { name: "Mở khoá kỳ Quý III/2025" }).click();
  await expect(row.getByTestId("period-status")).toHaveText("Đang mở");
  await expect(row.getByText("Đã mở lại kỳ báo cáo.")).toBeVisible();
});
