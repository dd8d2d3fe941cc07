// A source system pushes measurements: the admin registers it and sees its token once; a batch arrives through
// the ingestion API (sent by the test, as the system would); the committee sees the measured quarter beside the
// officer's declared value, flagged, and approves it; the public page then says the figure was measured.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/auth";

test("a source system's token is shown once; its measurements reach the committee beside the declared value", async ({ browser, baseURL }) => {
  const admin = await browser.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto("/admin/source-systems");
  await admin.getByLabel("Tên hệ thống").fill("Cổng dịch vụ công tỉnh (kiểm thử)");
  await admin.getByLabel("Đơn vị quản lý").fill("Văn phòng UBND tỉnh");
  await admin.getByLabel("Đầu mối liên hệ").fill("dvc@minhson.example.vn");
  await admin.getByRole("button", { name: "Đăng ký" }).click();
  await expect(admin).toHaveURL(/\/admin\/source-systems\/\d+/);

  await admin.getByRole("checkbox", { name: /GOV-05/ }).check();
  await admin.getByRole("checkbox", { name: /^Tỉnh Minh Sơn/ }).check();
  await admin.getByRole("button", { name: "Cấp mã" }).click();
  const reveal = admin.getByLabel("Mã truy cập (chỉ hiển thị một lần)");
  await expect(reveal).toHaveValue(/^cds_[A-Za-z0-9_-]{40}$/);
  const token = await reveal.inputValue();
  await admin.reload();
  await expect(admin.getByTestId("token-reveal")).toHaveCount(0);
  await expect(admin.locator("main")).not.toContainText(token);

  // Two monthly measurements of 2025-Q2 (April, May): the quarter is 1 360 / 1 660 = 81,93%, not the mean of the rates (90%).
  const batch = { measurements: [
    { indicator: "GOV-05", locality: "99", date: "2025-04-30", value: 80, numerator: 1200, denominator: 1500 },
    { indicator: "GOV-05", locality: "99", date: "2025-05-31", value: 100, numerator: 160, denominator: 160 },
  ] };
  const push = (key: string) => fetch(`${baseURL}/api/ingest/v1/measurements`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "idempotency-key": key, "content-type": "application/json" },
    body: JSON.stringify(batch),
  });
  const first = await push("e2e-dvc-2025-05");
  expect(first.status).toBe(201);
  const accepted = await first.json() as { quarters: { indicator: string; period: string; value: number; measurementCount: number }[] };
  expect(accepted.quarters).toEqual([expect.objectContaining({ indicator: "GOV-05", period: "2025-Q2", measurementCount: 2 })]);
  expect(accepted.quarters[0]?.value).toBeCloseTo(81.9277, 3);
  const replay = await push("e2e-dvc-2025-05");
  expect(replay.status).toBe(200);
  expect(await replay.json()).toMatchObject({ replayed: true });

  const committee = await browser.newPage();
  await signIn(committee, ACCOUNTS.committee);
  await committee.goto("/committee/measured?period=2025-Q2");
  const row = committee.locator('tr[data-indicator="GOV-05"][data-locality="99"]');
  await expect(row).toContainText("81,93%");
  await expect(row).toContainText("88,92%");
  await expect(row).toContainText("2 lần đo");
  await expect(row).toHaveAttribute("data-flagged", "true");
  await expect(row.getByTestId("difference-flag")).toContainText("Lệch lớn");
  await row.getByRole("button", { name: /Phê duyệt số đo/ }).click();
  await expect(row).toContainText("Đã duyệt");

  const visitor = await browser.newPage();
  await visitor.goto("/vi/quy/2025-Q2");
  const published = visitor.locator('tr[data-indicator="GOV-05"]');
  await expect(published.getByTestId("actual")).toHaveText("81,93%");
  await published.getByTestId("provenance-button").click();
  await expect(published.getByTestId("provenance")).toContainText("Đo tự động từ Cổng dịch vụ công tỉnh (kiểm thử)");
});
