import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/auth";

// Touches only the Q2/2025 report of Xã Yên Lạc (SUBMITTED in the seed), which no other browser test uses.
const COMMUNE = "Xã Yên Lạc";

test("the committee returns a commune's report with reasons; a value's history records its correction", async ({ browser }) => {
  const committee = await browser.newPage();
  await signIn(committee, ACCOUNTS.committee);
  await committee.goto("/committee/submissions?period=2025-Q2");
  const listed = committee.locator(`tr[data-reporter="${COMMUNE}"]`);
  await expect(listed.getByText("Chờ duyệt")).toBeVisible();
  await listed.getByRole("link", { name: `Xem & trả lại: ${COMMUNE}` }).click();
  await expect(committee.getByRole("heading", { name: COMMUNE, level: 1 })).toBeVisible();
  await expect(committee.getByTestId("submission-status")).toHaveText("Chờ duyệt");

  // A value reason that is too short is refused beside its own field; nothing typed is lost.
  const value = committee.locator('tbody[data-indicator="XA-02"]');
  const valueReason = value.getByLabel("Lý do cho giá trị này");
  const reason = committee.getByLabel("Lý do trả lại báo cáo");
  await reason.fill("Số liệu quý II chưa khớp với hệ thống một cửa của xã.");
  await valueReason.fill("x");
  await committee.getByRole("button", { name: "Trả lại", exact: true }).click();
  await expect(valueReason).toHaveAttribute("aria-invalid", "true");
  await expect(valueReason).toHaveAccessibleDescription(/ít nhất 3 ký tự/);
  await expect(reason).toHaveValue("Số liệu quý II chưa khớp với hệ thống một cửa của xã.");
  await expect(committee.getByTestId("submission-status")).toHaveText("Chờ duyệt");

  await valueReason.fill("Tỷ lệ nộp trực tuyến cao hơn số hồ sơ tiếp nhận.");
  await committee.getByRole("button", { name: "Trả lại", exact: true }).click();
  await expect(committee.getByTestId("submission-status")).toHaveText("Bị trả lại");
  await expect(committee.getByTestId("return-reason")).toContainText("Số liệu quý II chưa khớp với hệ thống một cửa của xã.");
  await expect(value.getByText("Tỷ lệ nộp trực tuyến cao hơn số hồ sơ tiếp nhận.")).toBeVisible();
  await expect(committee.getByTestId("submission-history")).toContainText("Trả lại");
  await expect(committee.getByRole("button", { name: "Trả lại", exact: true })).toHaveCount(0);
  const submissionUrl = committee.url();

  // An admin corrects that value, with a mandatory reason; the value now awaits approval.
  const admin = await browser.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto(submissionUrl);
  const adminValue = admin.locator('tbody[data-indicator="XA-02"]');
  await adminValue.getByRole("button", { name: /^Điều chỉnh:/ }).click();
  const dialog = admin.getByRole("dialog", { name: "Điều chỉnh số liệu" });
  await dialog.getByLabel(/Giá trị mới/).fill("60");
  await dialog.getByRole("button", { name: "Lưu điều chỉnh" }).click();
  await expect(dialog.getByLabel(/Lý do điều chỉnh/)).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByLabel(/Lý do điều chỉnh/)).toHaveAccessibleDescription(/Vui lòng nêu lý do điều chỉnh/);
  await dialog.getByLabel(/Lý do điều chỉnh/).fill("Đối chiếu lại với hệ thống một cửa của xã.");
  await dialog.getByRole("button", { name: "Lưu điều chỉnh" }).click();
  await expect(dialog.getByText(/Đã ghi nhận điều chỉnh/)).toBeVisible();
  await dialog.getByRole("button", { name: "Đóng" }).click();
  await expect(adminValue.getByTestId("pending-correction")).toHaveText("Đang chờ phê duyệt điều chỉnh: Đối chiếu lại với hệ thống một cửa của xã.");

  // The committee reads the value's history: who changed it, when, from what to what, and why.
  await committee.reload();
  await value.getByRole("link", { name: /^Lịch sử:/ }).click();
  await expect(committee.getByRole("heading", { level: 1 })).toBeVisible();
  const events = committee.getByTestId("value-events").locator("li");
  await expect(events).not.toHaveCount(0);
  await expect(events.first()).toContainText("Điều chỉnh");
  await expect(events.first()).toContainText("Đối chiếu lại với hệ thống một cửa của xã.");
  await expect(events.first().getByTestId("value-change")).toContainText("60%");
});
