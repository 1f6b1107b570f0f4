import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn, signOut } from "./helpers";

test("the public home speaks Vietnamese and switches to English", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Khuyến công");
  await expect(page.getByText("Các nội dung đang nhận hồ sơ")).toBeVisible();
  await expect(page.getByText("Đào tạo nghề, truyền nghề").first()).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("Open calls")).toBeVisible();
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

const HOMES: Array<[keyof typeof ACCOUNTS, string, string]> = [
  ["enterprise", "/doanh-nghiep", "Doanh nghiệp / cơ sở"],
  ["staff", "/can-bo", "Chuyên viên"],
  ["appraiser1", "/hoi-dong", "Thành viên hội đồng thẩm định"],
  ["leader", "/lanh-dao", "Lãnh đạo"],
  ["admin", "/quan-tri", "Quản trị hệ thống"],
  ["ministry", "/bo-cong-thuong", "Cán bộ Bộ Công Thương"],
];

for (const [account, home, roleLabel] of HOMES) {
  test(`${account} signs in and lands on ${home}`, async ({ page }) => {
    await signIn(page, ACCOUNTS[account]);
    await expect(page).toHaveURL(new RegExp(`${home}$`));
    await expect(page.getByTestId("current-user")).toContainText(roleLabel);
    await signOut(page);
  });
}

test("the leader home lists the seeded 2021–2025 targets with their sources", async ({ page }) => {
  await signIn(page, ACCOUNTS.leader);
  await page.goto("/lanh-dao");
  await expect(page.getByTestId("target-LD_DAO_TAO")).toContainText("350");
  await expect(page.getByTestId("target-CS_MO_HINH_TD")).toContainText("160");
  await expect(page.getByTestId("target-CS_SXSH")).toContainText("8");
  await expect(page.getByTestId("target-CS_TH_TU_VAN")).toContainText("60");
  await expect(page.getByTestId("target-KP_KC_DP")).toContainText("trên 38 tỷ đồng");
  // Sources read as citations (issue 13 item 8); nothing of the making (file names, brief notes) shows.
  await expect(page.getByTestId("target-KP_KC_DP")).toContainText("«Để thúc đẩy công nghiệp nông thôn phát triển");
});

test("a wrong password is refused with a Vietnamese message, and protected pages ask to sign in", async ({ page }) => {
  await page.goto("/lanh-dao");
  await expect(page).toHaveURL(/\/dang-nhap/);
  await page.getByLabel("Email hoặc số điện thoại").fill(ACCOUNTS.leader);
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("form-message")).toContainText("không đúng");
});

test("the health endpoint reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ database: "up" });
});
