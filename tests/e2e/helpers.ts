import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "KhuyenCong@2025";

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
  await expect(page.getByTestId("current-user")).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("link", { name: "Đăng nhập" }).first()).toBeVisible();
}
