import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/auth";

test("a rate above 100% gets a Vietnamese error next to the field and changes nothing", async ({ page }) => {
  await signIn(page, ACCOUNTS.communeOfficer);
  await expect(page.getByRole("heading", { name: "Nhập số liệu báo cáo" })).toBeVisible();
  const row = page.locator('li[data-unit="PERCENT"]').first();
  const input = row.getByRole("textbox");
  const original = await input.inputValue();

  await input.fill("abc");
  await expect(row.getByText("Giá trị không hợp lệ: hãy nhập một số, ví dụ 97,5 hoặc 1.234.")).toBeVisible();

  await input.fill("150");
  await page.getByRole("button", { name: "Lưu số liệu" }).click();
  await expect(page.getByText("Có giá trị chưa hợp lệ. Vui lòng sửa các ô được đánh dấu rồi lưu lại.")).toBeVisible();
  await expect(row.getByText("Tỷ lệ phải nằm trong khoảng từ 0 đến 100%.")).toBeVisible();
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveValue("150");

  await page.reload();
  await expect(page.locator('li[data-unit="PERCENT"]').first().getByRole("textbox")).toHaveValue(original);
});
