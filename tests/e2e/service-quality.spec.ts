// Issue 20 over HTTP, in Chromium against the built portal: the accessibility statement names its checks and its
// date; reporting a barrier from it creates a feedback item with a code the sender can look up; staff see it; the
// footer of every page carries the official-site identifier.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

test("a barrier reported from the accessibility statement gets a code, and staff see it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("site-identifier")).toContainText("Cơ quan chủ quản");
  await page.getByRole("link", { name: "Tuyên bố tiếp cận" }).click();
  await expect(page.getByRole("heading", { name: "Tuyên bố về khả năng tiếp cận" })).toBeVisible();
  await expect(page.getByText("WCAG 2.1 mức AA")).toBeVisible();
  await expect(page.getByText(/Tuyên bố này được rà soát ngày \d{2}\/\d{2}\/\d{4}/)).toBeVisible();

  await page.getByLabel("Họ tên", { exact: true }).fill("Lê Văn Tâm");
  await page.getByLabel("Bạn gặp khó khăn gì, ở trang nào?").fill("Nút tải tệp ở bước 4 không đọc được bằng TalkBack.");
  await page.getByRole("button", { name: "Gửi phản ánh" }).click();
  const done = page.getByText(/Đã nhận phản ánh, mã (PA-\d{4}-\d{6})/);
  await expect(done).toBeVisible();
  const code = /PA-\d{4}-\d{6}/.exec((await done.textContent()) ?? "")![0];

  await page.goto("/phan-anh");
  await page.getByLabel("Mã phản ánh").fill(code);
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page.getByRole("status").filter({ hasText: code })).toContainText("Đã tiếp nhận");

  await signIn(page, ACCOUNTS.staff);
  await page.goto("/can-bo/phan-anh");
  const item = page.getByRole("listitem").filter({ hasText: code });
  await expect(item).toContainText("Rào cản tiếp cận");
  await item.getByLabel("Câu trả lời", { exact: true }).fill("Đã sửa nhãn của nút tải tệp cho trình đọc màn hình.");
  await item.getByRole("checkbox").check();
  await item.getByRole("button", { name: "Gửi câu trả lời" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: code })).toContainText("Đã trả lời");
});

test("one client may send 5 feedback items an hour; the 6th is refused with a message, over HTTP", async ({
  browser,
}) => {
  // A client address of its own (the e2e server trusts one proxy hop), so that a retry starts afresh.
  const ip = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": ip } });
  const page = await context.newPage();
  await page.goto("/phan-anh");
  for (let i = 1; i <= 6; i++) {
    await page.getByLabel("Phản ánh về", { exact: true }).selectOption("PORTAL");
    await page.getByLabel("Họ tên", { exact: true }).fill("Đỗ Thị Lan");
    await page.getByLabel("Nội dung", { exact: true }).fill(`Góp ý số ${i} về trang công khai.`);
    await page.getByRole("button", { name: "Gửi phản ánh" }).click();
    if (i < 6) await expect(page.getByText(/Đã nhận phản ánh, mã PA-/)).toBeVisible();
    else await expect(page.getByText("Bạn đã gửi nhiều phản ánh trong một giờ. Vui lòng thử lại sau.")).toBeVisible();
    await page.goto("/phan-anh");
  }
  await context.close();
});
