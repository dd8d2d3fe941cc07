import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/auth";

// The walking skeleton end to end: an agency officer enters and submits, the committee approves with one
// button, and the anonymous public scoreboard shows the approved value.
test("officer submits, committee approves, the public sees the value", async ({ browser }) => {
  const officer = await browser.newPage();
  await signIn(officer, ACCOUNTS.agencyOfficer);
  await expect(officer).toHaveURL(/\/entry$/);
  await expect(officer.getByRole("heading", { name: "Nhập số liệu báo cáo" })).toBeVisible();
  await expect(officer.getByText("Quý II/2025").first()).toBeVisible();

  const row = officer.locator('li[data-unit="PERCENT"]').first();
  const code = await row.getAttribute("data-indicator");
  const input = row.getByRole("textbox");
  await input.fill("96,5");
  await expect(row.getByText("Sẽ lưu: 96,5%")).toBeVisible();
  await expect(officer.getByText("Có thay đổi chưa lưu.")).toBeVisible();
  await officer.getByRole("button", { name: "Lưu số liệu" }).click();
  await expect(officer.getByText("Đã lưu 1 giá trị.")).toBeVisible();

  // Not public before approval.
  const visitor = await browser.newPage();
  await visitor.goto("/?period=2025-Q2");
  await expect(visitor.locator(`tr[data-indicator="${code}"] [data-testid="actual"]`)).not.toHaveText("96,5%");

  await officer.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(officer.getByText("Đã gửi báo cáo tới Ban Chỉ đạo để xem xét.")).toBeVisible();
  await expect(officer.getByText("Chờ duyệt").first()).toBeVisible();
  await expect(officer.getByRole("button", { name: "Lưu số liệu" })).toHaveCount(0);

  const committee = await browser.newPage();
  await signIn(committee, ACCOUNTS.committee);
  await committee.goto("/committee/submissions?period=2025-Q2");
  const submission = committee.locator('tr[data-reporter="Sở Thông tin và Truyền thông"]');
  await expect(submission.getByText("Chờ duyệt")).toBeVisible();
  await submission.getByRole("button", { name: /Phê duyệt/ }).click();
  await expect(submission.getByText("Đã phê duyệt")).toBeVisible();

  await visitor.goto("/?period=2025-Q2");
  await expect(visitor.locator(`tr[data-indicator="${code}"] [data-testid="actual"]`)).toHaveText("96,5%");
});
