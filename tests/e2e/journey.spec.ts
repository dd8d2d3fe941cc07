import { expect, test, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/auth";

// The reporting cycle as its users live it, on Sở Thông tin và Truyền thông's Q2/2025 report (used by no
// other browser test): the officer fills the grid from the keyboard and by pasting a column from Excel and
// submits; the committee returns one value with a reason; the officer sees it, fixes and resubmits; the
// committee approves; the public scoreboard shows the value.
const AGENCY = "Sở Thông tin và Truyền thông";

/** Pastes text into a field the way a browser does when cells are copied from Excel. */
async function pasteInto(field: Locator, text: string) {
  await field.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const valueInputs = (page: Page) => page.locator('li[data-indicator] input[name^="value:"]');

test("officer fills and submits, committee returns a value, officer fixes and resubmits, committee approves, the public sees it", async ({ browser }) => {
  const officer = await browser.newPage();
  await signIn(officer, ACCOUNTS.agencyOfficer);
  await expect(officer).toHaveURL(/\/entry$/);
  await expect(officer.getByText("Quý II/2025").first()).toBeVisible();
  const inputs = valueInputs(officer);
  await expect(inputs).toHaveCount(5);
  const firstCode = await officer.locator("li[data-indicator]").first().getAttribute("data-indicator");

  // Keyboard only: type, Enter to the next value, type again.
  await inputs.nth(0).click();
  await inputs.nth(0).press("Control+a");
  await officer.keyboard.type("96,5");
  await officer.keyboard.press("Enter");
  await expect(inputs.nth(1)).toBeFocused();
  await officer.keyboard.type("93");
  await officer.keyboard.press("Enter");
  await expect(inputs.nth(2)).toBeFocused();

  // A column pasted from Excel fills the remaining three values.
  await pasteInto(inputs.nth(2), "87,5\r\n86\r\n99,7\r\n");
  await expect(officer.getByText("Đã dán 3 giá trị từ bảng tính.")).toBeVisible();
  await expect(inputs.nth(2)).toHaveValue("87,5");
  await expect(inputs.nth(3)).toHaveValue("86");
  await expect(inputs.nth(4)).toHaveValue("99,7");
  await expect(officer.locator("li[data-indicator]").first().getByText("Sẽ lưu: 96,5%")).toBeVisible();
  await expect(officer.getByText("Có thay đổi chưa lưu.")).toBeVisible();

  await officer.keyboard.press("Control+s");
  await expect(officer.getByText(/^Đã lưu \d+ giá trị\.$/)).toBeVisible();
  await expect(officer.getByText("Có thay đổi chưa lưu.")).toHaveCount(0);

  // Not public before approval.
  const visitor = await browser.newPage();
  await visitor.goto("/vi/quy/2025-Q2");
  await expect(visitor.locator(`tr[data-indicator="${firstCode}"] [data-testid="actual"]`)).not.toHaveText("96,5%");

  await officer.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(officer.getByText("Đã gửi báo cáo tới Ban Chỉ đạo để xem xét.")).toBeVisible();
  await expect(officer.getByRole("button", { name: "Lưu số liệu" })).toHaveCount(0);

  // The committee returns the report, with a reason on the first value.
  const committee = await browser.newPage();
  await signIn(committee, ACCOUNTS.committee);
  await committee.goto("/committee/submissions?period=2025-Q2");
  await committee.locator(`tr[data-reporter="${AGENCY}"]`).getByRole("link", { name: `Xem & trả lại: ${AGENCY}` }).click();
  await committee.getByLabel("Lý do trả lại báo cáo").fill("Đề nghị rà soát lại tỷ lệ ký số trước khi công bố.");
  await committee.locator(`tbody[data-indicator="${firstCode}"]`).getByLabel("Lý do cho giá trị này").fill("Cao hơn số liệu trên hệ thống quản lý văn bản (95%).");
  await committee.getByRole("button", { name: "Trả lại", exact: true }).click();
  await expect(committee.getByTestId("submission-status")).toHaveText("Bị trả lại");

  // The officer sees both reasons, the value's beside it, fixes it and resubmits.
  await officer.goto("/entry?period=2025-Q2");
  await expect(officer.getByText("Đề nghị rà soát lại tỷ lệ ký số trước khi công bố.")).toBeVisible();
  const flagged = officer.locator(`li[data-indicator="${firstCode}"]`);
  await expect(flagged.getByTestId("value-return-reason")).toContainText("Cao hơn số liệu trên hệ thống quản lý văn bản (95%).");
  await flagged.locator('input[name^="value:"]').fill("95");
  await officer.getByRole("button", { name: "Lưu số liệu" }).click();
  await expect(officer.getByText("Đã lưu 1 giá trị.")).toBeVisible();
  await officer.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(officer.getByText("Đã gửi báo cáo tới Ban Chỉ đạo để xem xét.")).toBeVisible();

  // The committee approves; the officer is notified; the public sees the corrected value.
  await committee.goto("/committee/submissions?period=2025-Q2");
  const row = committee.locator(`tr[data-reporter="${AGENCY}"]`);
  await row.getByRole("button", { name: /Phê duyệt/ }).click();
  await expect(row.getByText("Đã phê duyệt")).toBeVisible();

  await visitor.goto("/vi/quy/2025-Q2");
  await expect(visitor.locator(`tr[data-indicator="${firstCode}"] [data-testid="actual"]`)).toHaveText("95%");
  await officer.goto("/notifications");
  await expect(officer.getByTestId("notifications")).toContainText("đã được phê duyệt");
  await expect(officer.getByTestId("notifications")).toContainText("bị trả lại");
});
