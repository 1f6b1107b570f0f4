// Issue 14.1: the pages read their text from the message catalogs, and what lib/ answers — a field's message from the
// server's schema, a refused sign-in — comes back in the visitor's language, over HTTP from the built portal.
import { expect, test } from "@playwright/test";

const PASSWORD = "Xuong-Moc#2026-an-toan";

test("an English visitor gets the server's field messages and the sign-in refusal in English", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "lang", value: "en", url: baseURL! }]);

  // Sign-in refused: the one message for a wrong password, in English (lib/session/sign-in-action.ts).
  await page.goto("/dang-nhap");
  await page.getByLabel("E-mail or phone").fill("khong-co@example.vn");
  await page.getByLabel("Password", { exact: true }).fill("sai-mat-khau-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The e-mail/phone or password is wrong")).toBeVisible();

  // Registration, then the establishment with a tax code whose check digit is wrong: the browser's own check
  // passes (10 digits), the server's schema refuses it — worded in English next to the field.
  await page.goto("/dang-ky");
  await page.getByLabel("Full name of the registrant").fill("Le Thi Gom");
  await page.getByLabel("Email or phone number").fill(`gom-en-${Date.now()}@example.vn`);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Repeat the password").fill(PASSWORD);
  await page.getByLabel(/I agree that/).check();
  await page.getByRole("button", { name: "Create account and continue" }).click();
  await expect(page).toHaveURL(/\/dang-ky\/co-so$/);

  await page.getByLabel("Type of establishment").selectOption("DN");
  await page.getByLabel("Name of the establishment (as registered)").fill("Le Thi Pottery Co., Ltd");
  await page.getByLabel("Tax code", { exact: true }).fill("0100109107");
  await page.getByLabel("Commune/ward of production").selectOption({ label: "xã Yên Lạc" });
  await page.getByLabel("Production address (village/hamlet, house number)").fill("Thôn Đông, số 12");
  await page.getByLabel(/^Industry/).selectOption("THU_CONG_MY_NGHE");
  await page.getByLabel("Main products").fill("Pottery");
  await page.getByLabel("Representative / owner").fill("Le Thi Gom");
  await page.getByRole("button", { name: "Complete registration" }).click();

  await expect(page.locator("#f-taxCode-error")).toHaveText(
    "The tax code is wrong (its check digit does not match). Please check it against the registration certificate.",
  );
  await expect(page.getByText("Some data is not valid. Please check the marked fields.")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("sai chữ số kiểm tra");
});

test("a Vietnamese visitor gets the same refusal in Vietnamese", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email hoặc số điện thoại").fill("khong-co@example.vn");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("sai-mat-khau-123");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByText("Email/số điện thoại hoặc mật khẩu không đúng")).toBeVisible();
});
