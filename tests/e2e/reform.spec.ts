// The administrative map changes: an admin records a merge in one screen, and the committee reads the merged
// unit's history re-expressed in today's boundaries, across the change date.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/auth";

test("an admin records a merge; the committee sees the merged unit's series across the change date", async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto("/admin/localities/changes/new");
  await admin.getByLabel("Loại thay đổi").selectOption("MERGE");
  await admin.getByLabel("Ngày hiệu lực").selectOption("2026-01-01");
  await admin.getByLabel("Văn bản quyết định").fill("Nghị quyết số 2001/NQ-UBTVQH15 (minh hoạ)");
  // The two wards formed on 1 July 2025 merge again on 1 January 2026: a chain of two changes.
  await admin.getByRole("checkbox", { name: /^Xã Vân Hà \(99061\)/ }).check();
  await admin.getByRole("checkbox", { name: /^Xã Ngọc Thanh \(99073\)/ }).check();
  await admin.getByRole("button", { name: "Thêm đơn vị mới" }).click();
  await admin.getByLabel("Tên đơn vị").fill("Xã Vân Thanh");
  await admin.getByLabel("Mã đơn vị").fill("99061");
  await admin.getByLabel("Đơn vị cấp trên").selectOption({ index: 1 });
  await admin.getByLabel("Dân số").fill("30400");
  await admin.getByRole("button", { name: "Ghi nhận thay đổi" }).click();

  await expect(admin).toHaveURL(/\/admin\/localities\?date=2026-01-01/);
  await expect(admin.getByText(/Đã ghi nhận thay đổi/)).toBeVisible();
  const merged = admin.getByTestId("locality-tree").locator('li[data-locality="99061"]').filter({ hasText: "Xã Vân Thanh" });
  await expect(merged).toContainText("Mới");
  const figures = await merged.getByRole("link", { name: "Xem số liệu của Xã Vân Thanh" }).getAttribute("href");
  expect(figures).toMatch(/^\/committee\/localities\/\d+$/);

  const committee = await browser.newPage();
  await signIn(committee, ACCOUNTS.committee);
  await committee.goto(`${figures}?indicator=XA-01`);
  await expect(committee.getByRole("heading", { level: 1 })).toHaveText("Xã Vân Thanh");
  const section = committee.locator("#chuoi-so-lieu");
  await expect(section).toContainText("Chuỗi số liệu theo địa giới hiện nay");
  // Before the change the figures come from the units of the time: the 2025 wards, and before 1 July 2025
  // the communes they were formed from.
  await expect(section).toContainText("Xã Vân Hà");
  await expect(section).toContainText("Xã Ngọc Thanh");
  await expect(section).toContainText("Xã Vân Tùng");
  await expect(section.getByText("Quý I/2024").first()).toBeVisible();
  await expect(section.getByText("Quý IV/2025").first()).toBeVisible();
  // The chart marks both changes of the map.
  await section.getByRole("heading", { name: "Tỷ lệ hồ sơ công việc cấp xã được xử lý trên môi trường mạng" }).scrollIntoViewIfNeeded();
  await expect(section.locator("svg text").filter({ hasText: "Đổi địa giới" })).toHaveCount(2);
});
