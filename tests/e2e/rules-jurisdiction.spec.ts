// Issue 15 over HTTP against the built portal: the admin rule screen names the instrument of every rule set
// (fund, scope, period, which applies today), the decision screen says who holds the decision for the fund,
// and the ministry has its KCQG decision page with the provinces' registration deadline.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

test("the admin rule screen shows which instrument rules which fund and period", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/quan-tri/quy-tac");
  await expect(page.getByRole("heading", { name: "Bộ quy tắc theo quỹ và thời kỳ" })).toBeVisible();
  const national = page.getByTestId("rule-set-QG-TT28-2018");
  for (const text of ["28/2018/TT-BTC", "Bộ Tài chính", "12/05/2018", "Thông tư 36/2013/TT-BCT", "Chỉ xem", "KCQG"])
    await expect(national).toContainText(text);
  await expect(page.getByTestId("rule-set-QG-TTLT26-2014")).toContainText("11/05/2018");
  const local = page.getByTestId("rule-set-PT-KCDP-NQ23-2025");
  for (const text of [
    "23/2025/NQ-HĐND",
    "HĐND tỉnh Phú Thọ",
    "28/10/2025",
    "01/01/2026",
    "KCĐP",
    "tỉnh Phú Thọ",
    "Mức minh họa",
    "Đang áp dụng",
  ])
    await expect(local).toContainText(text);
  // Caps name their set and instrument; the province's copied levels say which national article they equal.
  await expect(
    page
      .getByText("Điều 2 (minh họa; bằng mức Điều 8 khoản 4 Thông tư 28/2018/TT-BTC) Nghị quyết 23/2025/NQ-HĐND")
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ban hành bộ quy tắc mới của tỉnh (KCĐP)" })).toBeVisible();
});

test("a new provincial version refuses a start date before the set in force, next to the field", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/quan-tri/quy-tac");
  await page.getByLabel("Số hiệu văn bản").fill("01/2025/NQ-HĐND");
  await page.getByLabel("Tên văn bản").fill("Nghị quyết kiểm thử về mức chi khuyến công");
  await page.getByLabel("Cơ quan ban hành").fill("HĐND tỉnh Phú Thọ");
  await page.getByLabel("Ngày ban hành").fill("2025-01-01");
  await page.getByLabel("Ngày có hiệu lực").fill("2025-06-01");
  await page.getByLabel("Văn bản quy định tạm ứng, thanh toán của tỉnh").fill("Quy chế kiểm thử của UBND tỉnh");
  await page.getByLabel("Lý do ban hành (ghi nhật ký)").fill("Kiểm thử ngày hiệu lực");
  await page.getByRole("button", { name: "Ban hành bộ quy tắc mới" }).click();
  await expect(page.getByText("Ngày có hiệu lực phải sau 01/01/2026")).toBeVisible();
});

test("the decision screen names who decides a KCĐP đề án; the ministry has its KCQG decision page", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.leader);
  await page.goto(`/can-bo/ho-so?q=${encodeURIComponent("sấy bún")}`);
  await page.getByRole("link", { name: "Ứng dụng máy sấy bún khô tuần hoàn khí nóng" }).click();
  await expect(page.getByTestId("decision-authority")).toContainText(
    "Lãnh đạo Sở Công Thương tỉnh, trong kế hoạch khuyến công địa phương được UBND tỉnh phê duyệt",
  );
  await page.context().clearCookies();

  await signIn(page, ACCOUNTS.ministry);
  await page.goto("/bo-cong-thuong/quyet-dinh?nam=2027");
  await expect(page.getByRole("heading", { name: "Quyết định đề án khuyến công quốc gia năm 2027" })).toBeVisible();
  await expect(page.getByText("Hạn đăng ký của tỉnh: 20/06/2026")).toBeVisible();
});

test("a KCQG đề án: the department leader sees who decides and no Approve button; the ministry approves it", async ({
  page,
}) => {
  const D9 = "Ứng dụng máy ép và lò sấy gốm mỹ nghệ xuất khẩu";
  await signIn(page, ACCOUNTS.leader);
  await page.goto(`/can-bo/ho-so?q=${encodeURIComponent("lò sấy gốm")}`);
  await page.getByRole("link", { name: D9 }).click();
  await expect(page.getByRole("heading", { level: 1, name: D9 })).toBeVisible();
  await expect(page.getByTestId("decision-authority")).toContainText("thẩm quyền phê duyệt thuộc Bộ Công Thương");
  await expect(page.getByRole("button", { name: "Phê duyệt", exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Phê duyệt", { exact: true })).toHaveCount(0);
  await page.context().clearCookies();

  await signIn(page, ACCOUNTS.ministry);
  await page.goto("/bo-cong-thuong/quyet-dinh?nam=2027");
  const row = page.getByTestId("kcqg-000.00.20.H45-260504-0001");
  await expect(row).toContainText(D9);
  await row.getByLabel("Phê duyệt", { exact: true }).check();
  await row.getByLabel("Lý do (bắt buộc)").fill("Đề án phù hợp định hướng kế hoạch khuyến công quốc gia năm 2027.");
  await row.getByRole("button", { name: "Phê duyệt", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByRole("status")).toContainText("Đã phê duyệt đề án.");
  await expect(page.getByRole("heading", { name: "Quyết định đề án khuyến công quốc gia năm 2027" })).toBeVisible();
  await expect(page.getByTestId("kcqg-000.00.20.H45-260504-0001")).toContainText("Được phê duyệt");
  await expect(page.getByTestId("kcqg-000.00.20.H45-260504-0001")).toContainText("Đặng Văn Bình");
});
