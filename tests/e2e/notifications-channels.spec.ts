import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn, signOut } from "./helpers";

// Over HTTP against the built portal: the applicant's notification settings (consent required for
// SMS/Zalo, the error next to the field; saved choice and consent time shown back; a call subscription),
// and the admin outbox page showing SMS/Zalo deliveries and the queue (pgboss schema present).
test("an applicant chooses SMS only with consent, and subscribes to new calls", async ({ page }) => {
  await signIn(page, ACCOUNTS.enterprise);
  await page.goto("/doanh-nghiep/thong-bao-cai-dat");
  await expect(page.getByRole("heading", { name: "Cài đặt thông báo" })).toBeVisible();
  const form = page.getByTestId("preferences-form");
  await form.getByLabel("SMS", { exact: true }).check();
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(page.locator("#consent-error")).toContainText("Cần đồng ý nhận tin qua SMS/Zalo");
  await form.getByLabel(/Tôi đồng ý nhận thông báo/).check();
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByRole("status")).toContainText("Đã lưu cách nhận thông báo");
  await page.reload();
  await expect(page.getByTestId("preferences-form").getByLabel("SMS", { exact: true })).toBeChecked();
  await expect(page.getByText(/Đã đồng ý lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/)).toBeVisible();

  const sub = page.getByTestId("subscription-form");
  await sub.getByLabel("Ngành nghề").fill("Chế biến gỗ");
  await sub.getByRole("button", { name: "Đăng ký nhận tin" }).click();
  await expect(page.getByTestId("subscriptions")).toContainText("Chế biến gỗ");
  await signOut(page);
});

test("staff open a call for proposals; the subscribed applicant is alerted by the queue", async ({ page }) => {
  await signIn(page, ACCOUNTS.staff);
  await page.goto("/can-bo/dot-nhan-de-an");
  await expect(page.getByRole("heading", { level: 1, name: "Đợt nhận đề án" })).toBeVisible();
  const form = page.getByTestId("open-call-form");
  await form.getByLabel("Tên đợt").fill("Đợt 1 năm 2027 — chế biến gỗ (kiểm thử)");
  const closes = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel("Đến hết ngày").fill(closes);
  await form.getByLabel(/^Ngành nghề/).fill("Chế biến gỗ");
  page.on("dialog", (d) => void d.accept());
  await form.getByRole("button", { name: "Mở đợt và báo cho cơ sở" }).click();
  await expect(page.getByTestId("calls")).toContainText("Đợt 1 năm 2027 — chế biến gỗ (kiểm thử)");
  await signOut(page);

  await signIn(page, ACCOUNTS.enterprise);
  await expect(async () => {
    await page.goto("/thong-bao");
    await expect(page.getByText("Đợt mới nhận đề án: Đợt 1 năm 2027 — chế biến gỗ (kiểm thử)").first()).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  await signOut(page);
});

test("the admin outbox lists SMS/Zalo deliveries and the queue", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/quan-tri/hop-thu");
  await expect(page.getByRole("heading", { name: "Tin SMS và Zalo" })).toBeVisible();
  await expect(page.getByText(/Hàng đợi đang chờ: .*delivery \d+/)).toBeVisible();
  await expect(page.getByRole("link", { name: /Thất bại \(danh sách lỗi cuối\) \(\d+\)/ })).toBeVisible();
});
