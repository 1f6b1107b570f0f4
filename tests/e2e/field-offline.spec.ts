// The field app offline (issue 19, item 1), in Chromium against the built portal: the officer opens the day's list
// online; the network is switched off mid-visit; the page still opens (service worker), the visit and a photo with
// its GPS position are recorded and survive a reload; when the network returns the record is sent by itself and the
// printed minutes stamp the photo. A second record whose đề án another officer changed meanwhile comes back as a
// conflict with what changed, and is sent only when the officer says so.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

const TITLE = "Hỗ trợ máy dán cạnh tự động cho xưởng mộc";
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function recordVisit(page: Page, findings: string, withPhoto: boolean) {
  await page
    .getByTestId("field-item")
    .filter({ hasText: TITLE })
    .getByRole("button", { name: /Ghi biên bản/ })
    .click();
  const form = page.getByTestId("field-form");
  await form.getByLabel("Kết quả kiểm tra").fill(findings);
  await form.getByLabel("Đúng cam kết").check();
  if (withPhoto) {
    await form.getByLabel("Tôi đồng ý ghi vị trí GPS của thiết bị vào ảnh chụp").check();
    await form
      .getByLabel(/Ảnh hiện trường/)
      .setInputFiles({ name: "may-dan-canh.png", mimeType: "image/png", buffer: PNG });
    await expect(page.getByTestId("field-photos")).toContainText("GPS 21,30123, 105,20345 (±12 m)");
  }
  await form.getByRole("button", { name: "Lưu biên bản" }).click();
}

test("a visit with a photo recorded offline is sent when the connection returns; a conflicting change is shown", async ({
  browser,
}) => {
  const context = await browser.newContext({
    geolocation: { latitude: 21.30123, longitude: 105.20345, accuracy: 12 },
    permissions: ["geolocation"],
  });
  const page = await context.newPage();
  await signIn(page, ACCOUNTS.staff);
  await page.goto("/can-bo/thuc-dia");
  await expect(page.getByTestId("field-item").filter({ hasText: TITLE })).toBeVisible();
  // The worker controls the page and has kept it for offline use.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async () => !!(await caches.match("/can-bo/thuc-dia")));

  // Mid-visit, the signal goes.
  await context.setOffline(true);
  await expect(page.getByTestId("field-connection")).toContainText("Mất kết nối");
  expect(
    await page.evaluate(() =>
      fetch("/api/health").then(
        () => "online",
        () => "offline",
      ),
    ),
  ).toBe("offline");
  await page.reload();
  await expect(page.getByTestId("field-list-source")).toContainText("Danh sách lưu trên máy");
  await recordVisit(page, "Máy dán cạnh đã lắp đặt tại xưởng, vận hành ổn định.", true);
  const first = page.getByTestId("field-record").first();
  await expect(first).toHaveAttribute("data-state", "pending");
  await expect(first).toContainText("Chưa gửi");
  await expect(first).toContainText("1 ảnh");
  // Kept on the device across a reload without network.
  await page.reload();
  await expect(page.getByTestId("field-record").first()).toHaveAttribute("data-state", "pending");

  // The signal returns: the record is sent by itself.
  await context.setOffline(false);
  await expect(page.getByTestId("field-record").first()).toHaveAttribute("data-state", "sent", { timeout: 30_000 });
  await expect(page.getByTestId("field-record").first()).toContainText("Đã gửi");

  // The portal has it, and the printed minutes stamp the photo with its time and place.
  const list = (await (await page.request.get("/api/thuc-dia/danh-sach")).json()) as {
    items: Array<{ id: string; title: string }>;
  };
  const id = list.items.find((i) => i.title === TITLE)!.id;
  await page.goto(`/can-bo/thuc-hien/${id}`);
  const visit = page.getByRole("listitem").filter({ hasText: "Máy dán cạnh đã lắp đặt tại xưởng" });
  await expect(visit).toContainText("Ghi bằng ứng dụng hiện trường");
  await visit.getByRole("link", { name: "Xem, in biên bản" }).click();
  await expect(page.getByTestId("visit-minutes")).toContainText("BIÊN BẢN KIỂM TRA, GIÁM SÁT");
  await expect(page.getByTestId("photo-stamp")).toContainText("GPS 21,30123, 105,20345 (±12 m)");
  await expect(page.getByTestId("photo-stamp")).toContainText(/chụp lúc \d{2}:\d{2}/);
  // Visible comes before loaded: wait for the bytes (a broken image never gets a width).
  await expect
    .poll(
      () =>
        page
          .getByTestId("minutes-photo")
          .locator("img")
          .evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : -1)),
      { timeout: 15_000 },
    )
    .toBe(1);

  // A second visit offline while the leader records one on the same đề án online.
  await page.goto("/can-bo/thuc-dia");
  await expect(page.getByTestId("field-item").filter({ hasText: TITLE })).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByTestId("field-connection")).toContainText("Mất kết nối");
  await recordVisit(page, "Kiểm tra lần hai: cơ sở đã đào tạo thợ vận hành.", false);
  await expect(page.getByTestId("field-record").first()).toHaveAttribute("data-state", "pending");

  const leaderContext = await browser.newContext();
  const leader = await leaderContext.newPage();
  await signIn(leader, ACCOUNTS.leader);
  await leader.goto(`/can-bo/thuc-hien/${id}`);
  await leader.getByLabel("Kết quả, phát hiện").fill("Lãnh đạo Sở kiểm tra đột xuất tại xưởng.");
  await leader.getByRole("button", { name: "Ghi kết quả kiểm tra" }).click();
  await expect(leader.getByText("Lãnh đạo Sở kiểm tra đột xuất tại xưởng.")).toBeVisible();
  await leaderContext.close();

  await context.setOffline(false);
  const second = page.getByTestId("field-record").first();
  await expect(second).toHaveAttribute("data-state", "conflict", { timeout: 30_000 });
  await expect(second.getByTestId("field-conflict")).toContainText("Đã có biên bản kiểm tra");
  await expect(second.getByTestId("field-conflict")).toContainText("Cán bộ khác");
  await second.getByRole("button", { name: "Đã xem thay đổi, vẫn gửi biên bản" }).click();
  await expect(page.getByTestId("field-record").first()).toHaveAttribute("data-state", "sent", { timeout: 30_000 });
  await context.close();
});

test("the field page alone may use the camera and the position, and may run its service worker (headers over HTTP)", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.staff);
  const field = await page.goto("/can-bo/thuc-dia");
  expect(field?.status()).toBe(200);
  const headers = field!.headers();
  expect(headers["permissions-policy"]).toBe("camera=(self), microphone=(), geolocation=(self)");
  expect(headers["content-security-policy"]).toContain("worker-src 'self'");
  const other = await page.goto("/can-bo");
  expect(other?.headers()["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
});
