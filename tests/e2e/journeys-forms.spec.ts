// Issue 13.1, 13.2, 13.5: forms keep what was typed after a server-side error (drop-downs included), the
// page checks required fields itself with messages in the visitor's language tied to the field, and a
// new establishment sees per activity whether it qualifies — in Chromium against the built portal.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

const PASSWORD = "Xuong-Moc#2026-an-toan";

async function registerAccount(page: Page, email: string): Promise<void> {
  await page.goto("/dang-ky");
  await page.getByLabel("Họ và tên người đăng ký").fill("Lê Thị Gốm");
  await page.getByLabel("Email hoặc số điện thoại").fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu").fill(PASSWORD);
  await page.getByLabel(/Tôi đồng ý/).check();
  await page.getByRole("button", { name: "Tạo tài khoản và tiếp tục" }).click();
  await expect(page).toHaveURL(/\/dang-ky\/co-so$/);
}

test("registration keeps the three drop-downs after a server-side error, and the address message says what is missing", async ({
  page,
}) => {
  await registerAccount(page, `gom-${Date.now()}@example.vn`);
  await page.getByLabel("Loại hình cơ sở").selectOption("DN");
  await page.getByLabel("Tên cơ sở (theo giấy đăng ký)").fill("Công ty TNHH Gốm Lê Thị");
  await page.getByLabel("Mã số thuế", { exact: true }).fill("0100109107"); // wrong check digit
  await page.getByLabel("Xã/phường nơi sản xuất").selectOption({ label: "xã Yên Lạc" });
  const commune = await page.getByLabel("Xã/phường nơi sản xuất").inputValue();
  await page.getByLabel("Địa chỉ sản xuất (thôn/xóm, số nhà)").fill("Thôn Đông, số 12");
  await page.getByLabel(/Ngành nghề/).selectOption("THU_CONG_MY_NGHE");
  await page.getByLabel("Sản phẩm chính").fill("Gốm mỹ nghệ");
  await page.getByLabel("Người đại diện / chủ cơ sở").fill("Lê Thị Gốm");
  const kept = async () => {
    await expect(page.getByLabel("Loại hình cơ sở")).toHaveValue("DN");
    await expect(page.getByLabel("Xã/phường nơi sản xuất")).toHaveValue(commune);
    await expect(page.getByLabel(/Ngành nghề/)).toHaveValue("THU_CONG_MY_NGHE");
    await expect(page.getByLabel("Tên cơ sở (theo giấy đăng ký)")).toHaveValue("Công ty TNHH Gốm Lê Thị");
  };

  // A wrong tax-code digit: the message, and what was chosen is still chosen.
  await page.getByRole("button", { name: "Hoàn tất đăng ký" }).click();
  await expect(page.locator("#f-taxCode-error")).not.toBeEmpty();
  await kept();

  // A second submit with the tax code corrected and a short address: only the address is said, with what
  // it lacks — the drop-downs did not fall back to "— Chọn —" and raise three new errors.
  await page.getByLabel("Mã số thuế", { exact: true }).fill("0100109106");
  await page.getByLabel("Địa chỉ sản xuất (thôn/xóm, số nhà)").fill("12"); // a house number, no hamlet
  await page.getByRole("button", { name: "Hoàn tất đăng ký" }).click();
  await expect(page.locator("#f-address-error")).toContainText("còn thiếu tên thôn/xóm");
  await expect(page.locator("#f-taxCode-error")).toBeEmpty();
  await expect(page.locator("[data-field-error]")).toHaveCount(1);
  await kept();

  await page.getByLabel("Địa chỉ sản xuất (thôn/xóm, số nhà)").fill("Thôn Đông, số 12");
  await page.getByRole("button", { name: "Hoàn tất đăng ký" }).click();
  await expect(page).toHaveURL(/\/doanh-nghiep\?moi=1$/);

  // 13.5: right after registration, per activity, whether it qualifies and why (rule and instrument).
  const check = page.getByTestId("eligibility-precheck");
  await expect(check).toBeVisible();
  await expect(page.getByTestId("precheck-summary")).toContainText("Cơ sở đủ điều kiện với");
  const first = page.getByTestId("precheck-activity").first();
  await first.locator("summary").click();
  await expect(first).toContainText("Nghị định 45/2012/NĐ-CP");
});

test("an establishment outside the rules is never told it can apply right away, and is told why", async ({ page }) => {
  await registerAccount(page, `khoang-san-${Date.now()}@example.vn`);
  await page.getByLabel("Loại hình cơ sở").selectOption("HKD");
  await page.getByLabel("Tên cơ sở (theo giấy đăng ký)").fill("Hộ kinh doanh Khai thác đá Lê");
  await page.getByLabel("Xã/phường nơi sản xuất").selectOption({ label: "xã Yên Lạc" });
  await page.getByLabel("Địa chỉ sản xuất (thôn/xóm, số nhà)").fill("Thôn Đông, số 3");
  // Mining is supported only in areas with difficult socio-economic conditions (Art. 5 ND 45/2012, point e).
  await page.getByLabel(/Ngành nghề/).selectOption("KHAI_THAC_KHOANG_SAN");
  await page.getByLabel("Sản phẩm chính").fill("Đá xây dựng");
  await page.getByLabel("Người đại diện / chủ cơ sở").fill("Lê Văn Đá");
  await page.getByRole("button", { name: "Hoàn tất đăng ký" }).click();
  await expect(page).toHaveURL(/\/doanh-nghiep\?moi=1$/);

  await expect(page.getByText(/Bạn có thể lập hồ sơ/)).toHaveCount(0);
  await expect(page.getByTestId("precheck-summary")).toContainText("chưa đủ điều kiện");
  await expect(page.getByTestId("precheck-activity").and(page.locator('[data-eligible="true"]'))).toHaveCount(0);
  const first = page.getByTestId("precheck-activity").first();
  await first.locator("summary").click();
  await expect(first).toContainText("khó khăn");
  await expect(first).toContainText("Nghị định 45/2012/NĐ-CP");
});

test("the staff's envelope form keeps the chosen fund after a server-side error", async ({ page }) => {
  await signIn(page, ACCOUNTS.staff);
  await page.goto("/can-bo/ke-hoach");
  await page.locator("#env-fund").selectOption("KCQG");
  await page.getByLabel("Hạn mức (dự toán được giao)").fill("nhiều tiền");
  await page.getByRole("button", { name: "Lưu hạn mức" }).click();
  await expect(page.locator("#f-amount-error")).not.toBeEmpty();
  await expect(page.locator("#env-fund")).toHaveValue("KCQG");
  await expect(page.getByLabel("Hạn mức (dự toán được giao)")).toHaveValue("nhiều tiền");
});

async function openD5(page: Page): Promise<void> {
  await page.goto(`/can-bo/ho-so?q=${encodeURIComponent("may say bun")}`);
  await page.getByRole("link", { name: "Ứng dụng máy sấy bún khô tuần hoàn khí nóng" }).click();
  await expect(page.getByTestId("decision-form")).toBeVisible();
}

test("an empty leader reason and an empty return list get our own messages, tied to the field and announced (English visitor)", async ({
  page,
  context,
  baseURL,
}) => {
  await signIn(page, ACCOUNTS.leader);
  await context.addCookies([{ name: "lang", value: "en", url: baseURL! }]);
  await openD5(page);
  const form = page.getByTestId("decision-form");
  await form.getByLabel("Return for supplement").check();
  await form.getByLabel("Documents or information to supplement (one item per line)").fill("");
  await form.getByRole("button", { name: "Send the supplement request" }).click();

  for (const id of ["f-reason", "f-items"]) {
    const error = page.locator(`#${id}-error`);
    await expect(error).toHaveText("Please fill in this field.");
    await expect(error).toHaveAttribute("aria-live", "polite");
    await expect(page.locator(`#${id}`)).toHaveAttribute("aria-describedby", new RegExp(`\\b${id}-error\\b`));
    await expect(page.locator(`#${id}`)).toHaveAttribute("aria-invalid", "true");
  }
  await expect(page.locator("#f-reason")).toBeFocused();
  await expect(page.getByTestId("flash")).toHaveCount(0);

  // Approve with no reason: the message, not the irreversible confirmation.
  await form.getByLabel("Approve", { exact: true }).check();
  await form.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.locator("#f-reason-error")).toHaveText("Please fill in this field.");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("an empty reason on a Vietnamese page gets the Vietnamese message, and it goes once the field is filled", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.leader);
  await openD5(page);
  const form = page.getByTestId("decision-form");
  await form.getByLabel("Không phê duyệt", { exact: true }).check();
  await form.getByRole("button", { name: "Không phê duyệt", exact: true }).click();
  await expect(page.locator("#f-reason-error")).toHaveText("Vui lòng nhập thông tin cho mục này.");
  await page.locator("#f-reason").fill("Ngắn");
  await form.getByRole("button", { name: "Không phê duyệt", exact: true }).click();
  await expect(page.locator("#f-reason-error")).toContainText("Cần ít nhất 5 ký tự");
  await page.locator("#f-reason").fill("Lý do đủ dài để ghi vào quyết định.");
  await expect(page.locator("#f-reason-error")).toBeEmpty();
});
