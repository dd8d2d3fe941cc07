import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/auth";

// A committee meeting ends with conclusions; one becomes a task for Sở Thông tin và Truyền thông, which sees
// it on its home page and reports progress. Creates its own meeting and task; touches no other test's data.
const TASK = "Xây dựng lộ trình kết nối dữ liệu với Trung tâm điều hành thông minh (IOC)";

test("the committee records a meeting and assigns a conclusion; the lead agency sees it and reports progress", async ({ browser }) => {
  const committee = await browser.newPage();
  await signIn(committee, ACCOUNTS.committee);
  await committee.goto("/committee/meetings/new");
  await committee.getByLabel("Ngày họp").fill("2025-06-12");
  await committee.getByLabel("Tên cuộc họp").fill("Họp Ban Chỉ đạo chuyển đổi số tháng 6/2025");
  await committee.getByLabel("Người chủ trì").fill("Trưởng Ban Chỉ đạo");
  await committee.getByLabel("Thành phần dự họp").fill("Các thành viên Ban Chỉ đạo; lãnh đạo các sở, ngành");
  await committee.getByLabel("Kết luận 1").fill("Kết nối dữ liệu các sở, ngành với Trung tâm điều hành thông minh trong quý III.");
  await committee.getByRole("button", { name: "Thêm kết luận" }).click();
  await committee.getByLabel("Kết luận 2").fill("Đánh giá mô hình thí điểm trước khi nhân rộng.");
  await committee.getByRole("button", { name: "Lưu cuộc họp" }).click();
  await expect(committee).toHaveURL(/\/committee\/meetings\/\d+/);
  await expect(committee.getByText("Kết nối dữ liệu các sở, ngành với Trung tâm điều hành thông minh trong quý III.")).toBeVisible();

  await committee.getByRole("button", { name: "Giao nhiệm vụ: Kết luận 1" }).click();
  const dialog = committee.getByRole("dialog");
  await dialog.getByLabel("Tên nhiệm vụ").fill(TASK);
  await dialog.getByLabel("Trụ cột").selectOption({ label: "Chính quyền số" });
  await dialog.getByLabel("Đơn vị chủ trì").selectOption({ label: "Sở Thông tin và Truyền thông" });
  await dialog.getByLabel("Thời hạn").fill("2025-09-30");
  await dialog.getByRole("button", { name: "Lưu nhiệm vụ" }).click();
  await expect(dialog.getByText(/Đã giao nhiệm vụ/)).toBeVisible();
  await committee.keyboard.press("Escape");
  await expect(committee.getByText(TASK).first()).toBeVisible();

  // The lead agency finds it on its home page and reports progress for the quarter.
  const agency = await browser.newPage();
  await signIn(agency, ACCOUNTS.agencyOfficer);
  await expect(agency.getByText(TASK).first()).toBeVisible();
  await agency.getByRole("link", { name: "Báo cáo tiến độ nhiệm vụ" }).first().click();
  const card = agency.locator("[data-task-id]").filter({ has: agency.getByRole("heading", { name: TASK }) });
  await card.getByLabel("Tình trạng").selectOption({ label: "Đang thực hiện" });
  await card.getByLabel("Tiến độ (%)").fill("40");
  await card.getByLabel("Kết quả thực hiện trong kỳ").fill("Đã thống nhất danh mục dữ liệu với 6 sở, ngành; đang xây dựng giao diện kết nối.");
  await card.getByRole("button", { name: "Lưu báo cáo tiến độ" }).click();
  await expect(card.getByText(/Đã lưu báo cáo tiến độ/)).toBeVisible();
  await card.getByRole("button", { name: "Gửi báo cáo tiến độ" }).click();
  await expect(card.getByText("Chờ duyệt")).toBeVisible();
});
