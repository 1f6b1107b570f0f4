// Issue 13.4: every menu item reachable at every width — grouped disclosure menus on a desktop (keyboard
// too), one menu button on a phone listing every item, the unread count on "Thông báo", the signed-in
// person's name visible on a phone.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

const STAFF_ITEMS = [
  "Tổng quan",
  "Tiếp nhận hồ sơ",
  "Đăng ký, nộp hộ",
  "Kế hoạch năm",
  "Đăng ký đề án KCQG",
  "Thực hiện & quyết toán",
  "Bảng điều khiển",
  "Kết quả ngoài đề án",
  "Sản phẩm tiêu biểu",
  "Báo cáo định kỳ",
  "Nhập dữ liệu Excel",
  "Thông báo",
];

test.describe("desktop 1920 px", () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test("staff reach every item through the grouped menus, with the keyboard too", async ({ page }) => {
    await signIn(page, ACCOUNTS.staff);
    await expect(page).toHaveURL(/\/can-bo$/);
    await page.waitForLoadState("networkidle");
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    const reached = new Set<string>();
    // A link's first line is its name (the unread count follows on "Thông báo").
    const name = async (link: import("@playwright/test").Locator) =>
      (await link.innerText())
        .replace(/\s+/g, " ")
        .replace(/ \d+ chưa đọc$/, "")
        .trim();
    for (const link of await nav.getByRole("link").all()) reached.add(await name(link));
    for (const group of await nav.getByRole("button").all()) {
      await group.click();
      await expect(group).toHaveAttribute("aria-expanded", "true");
      for (const link of await nav.getByRole("link").all()) if (await link.isVisible()) reached.add(await name(link));
      await group.click();
    }
    for (const item of STAFF_ITEMS) expect([...reached], item).toContain(item);

    // Keyboard: Enter opens a group, Tab reaches its items, Escape closes it and returns to the button.
    const reports = nav.getByRole("button", { name: /Số liệu, báo cáo/ });
    await reports.focus();
    await page.keyboard.press("Enter");
    await expect(reports).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Bảng điều khiển" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(reports).toHaveAttribute("aria-expanded", "false");
    await expect(reports).toBeFocused();
    await expect(nav.getByRole("link", { name: "Báo cáo định kỳ" })).toBeHidden();
    // Every item opens its page.
    await reports.click();
    await nav.getByRole("link", { name: "Báo cáo định kỳ" }).click();
    await expect(page).toHaveURL(/\/lanh-dao\/bao-cao/);
  });

  test("the unread count sits on Thông báo", async ({ browser, baseURL }) => {
    // The enterprise writes on its dossier: the agency's staff get a notification.
    const ent = await browser.newContext({ baseURL });
    const p1 = await ent.newPage();
    await signIn(p1, ACCOUNTS.enterprise);
    await p1.goto("/doanh-nghiep/ho-so");
    await p1.getByRole("link", { name: "Ứng dụng máy CNC 4 trục trong chế tác đồ gỗ mỹ nghệ" }).first().click();
    await p1.getByLabel("Tin nhắn").fill("Xin hỏi lịch khảo sát thực tế tại xưởng.");
    await p1.getByRole("button", { name: "Gửi", exact: true }).click();
    await expect(p1.getByTestId("form-message")).toBeVisible();
    await ent.close();

    const staff = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 } });
    const p2 = await staff.newPage();
    await signIn(p2, ACCOUNTS.staff);
    const notices = p2.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: /Thông báo/ });
    await expect(notices.getByTestId("unread-count")).toHaveText(/^[1-9]\d* chưa đọc$/);
    await staff.close();
  });
});

test.describe("phone 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("an enterprise on a phone sees its name and opens one menu listing every item", async ({ page }) => {
    await signIn(page, ACCOUNTS.enterprise);
    // The landing page settles first (a route change closes the menu, as it should).
    await expect(page).toHaveURL(/\/doanh-nghiep$/);
    await page.waitForLoadState("networkidle");
    await expect(page.getByTestId("current-user")).toBeVisible();
    await expect(page.getByTestId("current-user")).toContainText("Nguyễn Văn Thành");
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    const menu = nav.getByRole("button", { name: /Menu/ });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    for (const item of [
      "Trang của tôi",
      "Hồ sơ đề án",
      "Thực hiện đề án",
      "Thông tin cơ sở",
      "Tra cứu hồ sơ",
      "Thông báo",
    ]) {
      const link = nav.getByRole("link", { name: item });
      await expect(link).toBeVisible();
      const box = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    await nav.getByRole("link", { name: "Thông tin cơ sở" }).click();
    await expect(page).toHaveURL(/\/doanh-nghiep\/co-so$/);
    await expect(nav.getByRole("button", { name: /Menu/ })).toHaveAttribute("aria-expanded", "false");
  });

  test("staff on a phone find every item, groups included", async ({ page }) => {
    await signIn(page, ACCOUNTS.staff);
    await expect(page).toHaveURL(/\/can-bo$/);
    await page.waitForLoadState("networkidle");
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    await nav.getByRole("button", { name: /Menu/ }).click();
    for (const item of STAFF_ITEMS)
      await expect(nav.getByRole("link", { name: item, exact: item !== "Thông báo" })).toBeVisible();
  });
});
