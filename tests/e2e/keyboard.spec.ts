import { expect, test, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD } from "./helpers";

// The application form with the keyboard alone (issue 7, accessibility): every control is reached with
// Tab in order, filled by typing, chosen with the arrow keys and Space, and pressed with Enter — from the
// sign-in page to the receipt with its dossier code. No click, no fill().

// Date fields take their segments from the keyboard in the browser's order (mm/dd/yyyy in en-US); the
// portal's own language comes from its cookie, so the page stays Vietnamese.
test.use({ locale: "en-US" });

/** Presses Tab until `target` has the focus: it must be reachable from where the focus is, going forward. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Không tới được bằng phím Tab: ${target.toString()}`);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

/** A closed <select> moves through its options with the arrow keys. */
async function chooseWithArrows(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  for (let i = 0; i < 80 && (await select.inputValue()) !== value; i++) await page.keyboard.press("ArrowDown");
  await expect(select).toHaveValue(value);
}

test("an enterprise fills and submits the application form with the keyboard alone", async ({ page }) => {
  await page.goto("/dang-nhap");
  await typeInto(page, page.getByLabel("Email hoặc số điện thoại"), ACCOUNTS.enterprise);
  await typeInto(page, page.getByLabel("Mật khẩu"), DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/doanh-nghiep$/);

  await tabTo(page, page.getByRole("link", { name: "Lập hồ sơ đề nghị hỗ trợ" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/doanh-nghiep\/ho-so\/moi$/);

  // Step 1: the activity, a radio group — Tab into it, arrows to the choice.
  const training = page.getByRole("radio", { name: /Đào tạo nghề, truyền nghề/ });
  await tabTo(page, page.getByRole("radio").first());
  await page.keyboard.press("Space");
  for (let i = 0; i < 20 && !(await training.isChecked()); i++) await page.keyboard.press("ArrowDown");
  await expect(training).toBeChecked();
  await expect(page.getByTestId("autosave-status")).toContainText("Đã lưu bản nháp");
  await tabTo(page, page.getByRole("button", { name: "Tiếp tục" }));
  await page.keyboard.press("Enter");

  // Step 2: the focus lands on the new step; its fields follow in order.
  await expect(page.getByTestId("form-step")).toBeFocused();
  await typeInto(page, page.getByLabel("Tên đề án"), "Đào tạo nghề mộc mỹ nghệ cho 30 lao động nông thôn");
  await typeInto(
    page,
    page.getByLabel("Mục tiêu và kết quả dự kiến"),
    "Đào tạo 30 lao động nghề mộc mỹ nghệ, tạo việc làm tại chỗ.",
  );
  await typeInto(page, page.getByLabel("Địa điểm cụ thể"), "Thôn Đông, xã Yên Lạc");
  await tabTo(page, page.getByLabel("Ngày bắt đầu"));
  await page.keyboard.type("03012027");
  await tabTo(page, page.getByLabel("Ngày kết thúc"));
  await page.keyboard.type("06302027");
  await expect(page.getByLabel("Ngày kết thúc")).toHaveValue("2027-06-30");
  await tabTo(page, page.getByRole("button", { name: "Tiếp tục" }));
  await page.keyboard.press("Enter");

  // Step 3: one budget line.
  await expect(page.getByTestId("form-step")).toBeFocused();
  await typeInto(page, page.getByLabel("Hạng mục"), "Lớp đào tạo 30 học viên");
  await chooseWithArrows(page, page.getByLabel("Loại chi phí"), "TRAINING");
  await typeInto(page, page.getByLabel("Số lượng"), "30");
  await typeInto(page, page.getByLabel("Đơn vị tính"), "học viên");
  await typeInto(page, page.getByLabel("Đơn giá (đồng)"), "3 triệu");
  await typeInto(page, page.getByLabel("Đề nghị hỗ trợ (đồng)"), "60 triệu");
  await expect(page.getByTestId("cap-check-0")).not.toContainText("Vượt mức");
  await tabTo(page, page.getByRole("button", { name: "Tiếp tục" }));
  await page.keyboard.press("Enter");

  // Step 4: the two commitments, with Space.
  for (const label of [/bố trí đủ vốn đối ứng/, /chưa được hỗ trợ từ bất kỳ nguồn ngân sách/]) {
    await tabTo(page, page.getByLabel(label));
    await page.keyboard.press("Space");
    await expect(page.getByLabel(label)).toBeChecked();
  }
  await tabTo(page, page.getByRole("button", { name: "Tiếp tục" }));
  await page.keyboard.press("Enter");

  // Step 5: review, submit, confirm (the focus moves to the confirmation).
  await expect(page.getByTestId("review-verdict")).toContainText("Hồ sơ đủ điều kiện để nộp");
  await tabTo(page, page.getByRole("button", { name: "Nộp hồ sơ" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Xác nhận nộp" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/bien-nhan$/);
  await expect(page.getByTestId("receipt-code")).toHaveText(/^000\.00\.20\.H45-\d{6}-\d{4}$/);
});
