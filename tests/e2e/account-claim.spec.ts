// Issue 23 over HTTP, in Chromium against the built portal: an establishment registered at the desk with an account
// and a temporary password — that account is sent to change its password before anything else; and an owner with
// their own login takes an establishment registered at the desk over with the officer's one-time code.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn, signOut } from "./helpers";

/** A valid 10-digit Vietnamese tax code (check digit of Circular 105/2020), different on every run. */
function taxCode(): string {
  const W = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  for (let n = Date.now() % 90_000_000; ; n++) {
    const first9 = `0${String(10_000_000 + n).slice(-8)}`;
    const d = 10 - (W.reduce((s, w, i) => s + w * Number(first9[i]), 0) % 11);
    if (d >= 0 && d <= 9) return `${first9}${d}`;
  }
}

async function deskRegister(
  page: Page,
  name: string,
  tax: string,
  account?: { id: string; password: string },
): Promise<void> {
  await page.goto("/can-bo/dang-ky-ho");
  const form = page.getByTestId("establishment-form");
  await form.getByLabel("Loại hình cơ sở").selectOption("HKD");
  await form.getByLabel("Tên cơ sở (theo giấy đăng ký)").fill(name);
  await form.getByLabel("Mã số thuế", { exact: true }).fill(tax);
  await form.getByLabel("Xã/phường nơi sản xuất").selectOption({ label: "xã Yên Lạc" });
  await form.getByLabel("Địa chỉ sản xuất (thôn/xóm, số nhà)").fill("Thôn Đông, số 3");
  await form.getByLabel(/Ngành nghề/).selectOption("THU_CONG_MY_NGHE");
  await form.getByLabel("Sản phẩm chính").fill("Gốm");
  await form.getByLabel("Người đại diện / chủ cơ sở").fill("Phạm Thị Gốm");
  await form.getByLabel("Nơi tiếp nhận").fill("Bộ phận một cửa UBND xã Yên Lạc");
  if (account) {
    await form.getByLabel(/Tạo tài khoản cho cơ sở/).fill(account.id);
    await form.getByLabel(/Mật khẩu tạm/).fill(account.password);
  }
  await form.getByRole("button", { name: "Đăng ký cơ sở" }).click();
  await expect(page.getByText("Đã đăng ký cơ sở")).toBeVisible();
}

test("a temporary password set at the desk is changed at the first sign-in, before any other page", async ({
  page,
}) => {
  const phone = `09${String(Date.now()).slice(-8)}`;
  const temp = "Tam-thoi#Gom-2026";
  await signIn(page, ACCOUNTS.staff);
  await deskRegister(page, `Hộ Gốm Tạm ${phone}`, taxCode(), { id: phone, password: temp });
  await signOut(page);

  await signIn(page, phone, temp);
  await expect(page).toHaveURL(/\/tai-khoan\/mat-khau$/);
  await expect(page.getByTestId("must-change-password")).toContainText("do cán bộ đặt");
  await page.goto("/doanh-nghiep");
  await expect(page).toHaveURL(/\/tai-khoan\/mat-khau$/); // every page leads here until it is changed
  await page.getByLabel("Mật khẩu hiện tại").fill(temp);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("Rieng-cua-toi#Gom-2026");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("Rieng-cua-toi#Gom-2026");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByText("Đã đổi mật khẩu")).toBeVisible();
  await page.goto("/doanh-nghiep");
  await expect(page).toHaveURL(/\/doanh-nghiep$/);
});

test("the owner's own login takes over an establishment registered at the desk with the officer's code", async ({
  page,
}) => {
  const tax = taxCode();
  const name = `Hộ Gốm Nhận ${tax}`;
  await signIn(page, ACCOUNTS.staff);
  await deskRegister(page, name, tax);
  await page.getByRole("button", { name: "Cấp mã nhận tài khoản" }).click();
  const slip = page.getByTestId("claim-code");
  await expect(slip).toContainText("Mã nhận tài khoản:");
  const code = /([A-Z2-9]{5}-[A-Z2-9]{5})/.exec((await slip.textContent()) ?? "")?.[1];
  expect(code).toBeTruthy();
  await signOut(page);

  // Self-registration: step 1, an account of the owner's own; step 2 with the taken tax code says where to go.
  await page.goto("/dang-ky");
  await page.getByLabel("Họ và tên người đăng ký").fill("Phạm Thị Gốm");
  await page.getByLabel("Email hoặc số điện thoại").fill(`gom-${tax}@example.vn`);
  await page.getByLabel("Mật khẩu", { exact: true }).fill("Xuong-Gom#2026-an-toan");
  await page.getByLabel("Nhập lại mật khẩu").fill("Xuong-Gom#2026-an-toan");
  await page.getByLabel(/Tôi đồng ý/).check();
  await page.getByRole("button", { name: "Tạo tài khoản và tiếp tục" }).click();
  await expect(page).toHaveURL(/\/dang-ky\/co-so$/);
  const claim = page.getByTestId("claim-form");
  await claim.getByLabel("Mã số thuế của cơ sở").fill(tax);
  await claim.getByLabel(/Mã nhận tài khoản/).fill("AAAAA-BBBBB");
  await claim.getByRole("button", { name: "Nhận quản lý cơ sở" }).click();
  await expect(claim.locator("#claim-code-error")).toContainText("không đúng");
  await claim.getByLabel(/Mã nhận tài khoản/).fill(code!);
  await claim.getByRole("button", { name: "Nhận quản lý cơ sở" }).click();
  await expect(page).toHaveURL(/\/doanh-nghiep$/);
  await expect(page.getByText(name).first()).toBeVisible();
});
