// Issue 13.6: the application wizard on a 360 px phone — named steps with the current one marked, the
// address message that says what is missing, a budget step that fits the screen, a proper drop/choose
// file area, and a draft that reopens at the step where it was left.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const NAMES = ["Hoạt động", "Nội dung", "Dự toán", "Cam kết & hồ sơ", "Xem lại"];

async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-dirty", "false");
  await expect(page.getByTestId("autosave-status")).toContainText("Đã lưu bản nháp");
}

async function expectCurrent(page: Page, name: string): Promise<void> {
  const steps = page.getByRole("navigation", { name: "Các bước lập hồ sơ" });
  for (const n of NAMES) {
    const button = steps.getByRole("button", { name: n, exact: true });
    await expect(button).toBeVisible();
    if (n === name) await expect(button).toHaveAttribute("aria-current", "step");
    else await expect(button).not.toHaveAttribute("aria-current", /.+/);
  }
}

test("the wizard names its steps, explains the address, fits 360 px, offers a drop area and resumes where it was left", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.enterprise);
  await page.goto("/doanh-nghiep/ho-so/moi");
  await expectCurrent(page, "Hoạt động");
  await page.getByLabel(/Đào tạo nghề, truyền nghề/).check();
  await waitSaved(page);
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expectCurrent(page, "Nội dung");

  await page.getByLabel("Tên đề án").fill("Đào tạo nghề gốm cho 20 lao động nông thôn");
  await page.getByLabel("Mục tiêu và kết quả dự kiến").fill("Đào tạo 20 lao động nghề gốm, tạo việc làm tại chỗ.");
  await page.getByLabel("Địa điểm cụ thể").fill("12");
  await page.getByLabel("Ngày bắt đầu").fill("2027-03-01");
  await page.getByLabel("Ngày kết thúc").fill("2027-06-30");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.locator("#f-location-error")).toContainText("còn thiếu tên thôn/xóm");
  await page.getByLabel("Địa điểm cụ thể").fill("Thôn Đông, số 12");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expectCurrent(page, "Dự toán");

  // The budget step reads at 360 px: nothing wider than the screen, every field inside it.
  await page.getByLabel("Hạng mục").fill("Lớp đào tạo 20 học viên nghề gốm mỹ nghệ truyền thống");
  await page.getByLabel("Đơn giá (đồng)").fill("3 triệu");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const label of [
    "Hạng mục",
    "Loại chi phí",
    "Số lượng",
    "Đơn vị tính",
    "Đơn giá (đồng)",
    "Đề nghị hỗ trợ (đồng)",
  ]) {
    const box = (await page.getByLabel(label).boundingBox())!;
    expect(box.x + box.width, label).toBeLessThanOrEqual(360);
  }
  await waitSaved(page);

  // Leaving and coming back reopens the draft at "Dự toán", with what was typed.
  await page.reload();
  await expectCurrent(page, "Dự toán");
  await expect(page.getByLabel("Đơn giá (đồng)")).toHaveValue("3 triệu");

  await page.getByRole("button", { name: "Cam kết & hồ sơ", exact: true }).click();
  await expectCurrent(page, "Cam kết & hồ sơ");
  const drop = page.getByTestId("attachment-drop");
  await expect(drop).toContainText("Kéo thả tệp vào đây hoặc bấm để chọn tệp");
  await expect(drop).toContainText("PDF, JPG, PNG, DOCX, XLSX");
  await expect(drop).toContainText("tối đa 10 MB");
  const box = (await drop.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(100);
  await expect(page.getByLabel(/Kéo thả tệp vào đây/)).toHaveAttribute("type", "file");
});

test("a submitted dossier's budget reads on a 360 px phone without sideways scrolling", async ({ page }) => {
  await signIn(page, ACCOUNTS.enterprise);
  await page.goto("/doanh-nghiep/ho-so");
  await page.getByRole("link", { name: "Ứng dụng máy CNC 4 trục trong chế tác đồ gỗ mỹ nghệ" }).first().click();
  const cards = page.getByTestId("budget-cards");
  await expect(cards).toBeVisible();
  await expect(cards).toContainText("Đề nghị hỗ trợ");
  await expect(cards).toContainText("Vốn đối ứng");
  const box = (await cards.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("the receipt's lookup address is the one the portal is reached on when APP_URL is unset (13.9)", async ({
  page,
  baseURL,
}) => {
  await signIn(page, ACCOUNTS.enterprise);
  await page.goto("/doanh-nghiep/ho-so");
  await page.getByRole("link", { name: "Ứng dụng máy CNC 4 trục trong chế tác đồ gỗ mỹ nghệ" }).first().click();
  await page.getByRole("link", { name: "Biên nhận" }).click();
  await expect(page.getByText(/Tra cứu tình trạng hồ sơ bằng mã trên tại/)).toContainText(`${baseURL}/tra-cuu`);
});
