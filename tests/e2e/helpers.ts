import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";

export const DEMO_PASSWORD = "KhuyenCong@2025";
/** Demo officials' TOTP secret (prisma/seed/identity.ts, README): the code is computed as an app would. */
export const DEMO_TOTP_SECRET = "KHUYENCONGDEMOTOTPSECRETABCDEFGH";

export function demoTotp(): Promise<string> {
  return generate({ secret: DEMO_TOTP_SECRET });
}

export const ACCOUNTS = {
  enterprise: "doanhnghiep@demo.vn",
  staff: "chuyenvien@demo.vn",
  appraiser1: "thamdinh1@demo.vn",
  appraiser2: "thamdinh2@demo.vn",
  appraiser3: "thamdinh3@demo.vn",
  leader: "lanhdao@demo.vn",
  director: "giamdoc@demo.vn",
  admin: "quantri@demo.vn",
  otherProvinceStaff: "chuyenvien.bacninh@demo.vn",
  ministry: "bo@demo.vn",
} as const;

export async function signIn(page: Page, identifier: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email hoặc số điện thoại").fill(identifier);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  // Officials with an authenticator are asked for its code (issue 22).
  const code = page.getByLabel("Mã xác thực");
  // `.first()`: on the enrolment page both are shown at once (the header's name and the enrolment code field).
  await expect(page.getByTestId("current-user").or(code).first()).toBeVisible();
  // Only the sign-in page's own code prompt: an official without a second factor lands on /tai-khoan/bao-mat, whose
  // enrolment form has a field with the same label.
  if (new URL(page.url()).pathname === "/dang-nhap" && (await code.isVisible())) {
    await code.fill(await demoTotp());
    await page.getByRole("button", { name: "Đăng nhập" }).click();
  }
  await expect(page.getByTestId("current-user")).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("link", { name: "Đăng nhập" }).first()).toBeVisible();
}
