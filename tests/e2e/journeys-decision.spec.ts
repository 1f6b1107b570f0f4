// Issue 13.3 and 13.7: the leader sees the plan year's envelope before deciding, and an approval over what
// is left is refused before the irreversible confirmation; the dossier page puts what needs action and the
// timeline first; staff intake opens on the dossiers waiting for intake.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

const D5 = "Ứng dụng máy sấy bún khô tuần hoàn khí nóng";

async function openD5(page: Page): Promise<void> {
  await page.goto(`/can-bo/ho-so?q=${encodeURIComponent("may say bun")}`);
  await page.getByRole("link", { name: D5 }).click();
  await expect(page.getByRole("heading", { level: 1, name: D5 })).toBeVisible();
}

test("the decision shows the envelope, committed and remaining, and refuses an approval over it before 'Không thể hoàn tác'", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.leader);
  await openD5(page);
  const summary = page.getByTestId("envelope-summary");
  await expect(summary).toContainText("Hạn mức kinh phí khuyến công địa phương 2026");
  await expect(page.getByTestId("envelope-amount")).toHaveText(/\d/);
  await expect(page.getByTestId("envelope-committed")).toHaveText(/\d/);
  await expect(page.getByTestId("envelope-remaining")).toHaveText(/\d/);
  await expect(page.getByTestId("envelope-after")).toContainText("190 triệu đồng");

  const form = page.getByTestId("decision-form");
  await form.getByLabel("Phê duyệt", { exact: true }).check();
  await form.getByLabel("Lý do (bắt buộc)").fill("Đạt 82/100 điểm; phù hợp ưu tiên chế biến nông sản.");
  await form.getByLabel("Mức hỗ trợ phê duyệt").fill("50 tỷ");
  await form.getByRole("button", { name: "Phê duyệt", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Vượt hạn mức kinh phí");
  await expect(dialog).not.toContainText("Không thể hoàn tác");
  await expect(dialog.getByRole("button", { name: "Xác nhận" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Quay lại" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // Within the envelope, the confirmation is the usual one (not confirmed here: the seed stays as it is).
  await form.getByLabel("Mức hỗ trợ phê duyệt").fill("190 triệu");
  await form.getByRole("button", { name: "Phê duyệt", exact: true }).click();
  await expect(page.getByRole("dialog")).toContainText("Không thể hoàn tác");
  await page.getByRole("dialog").getByRole("button", { name: "Quay lại" }).click();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("the dossier page puts the action and the timeline before the dossier's facts", async ({ page }) => {
    await signIn(page, ACCOUNTS.leader);
    await openD5(page);
    const y = async (title: string) => (await page.getByRole("heading", { name: title, exact: true }).boundingBox())!.y;
    const action = await y("Xử lý hồ sơ");
    const timeline = await y("Tiến trình xử lý");
    const facts = await y("Thông tin đề án");
    expect(action).toBeLessThan(facts);
    expect(timeline).toBeLessThan(facts);
  });
});

test("staff intake opens on the dossiers waiting for intake, not on every dossier", async ({ page }) => {
  await signIn(page, ACCOUNTS.staff);
  await page.goto("/can-bo/ho-so");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ chờ tiếp nhận");
  await expect(page.getByRole("link", { name: "Chờ tiếp nhận" })).toHaveAttribute("aria-current", "page");
  const statuses = await page.getByTestId("queue-row").evaluateAll((rows) => rows.map((r) => r.textContent ?? ""));
  for (const s of statuses) expect(s).toMatch(/Đã nộp/);
  await page.getByRole("link", { name: "Tất cả hồ sơ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ đề án");
  await expect(page.getByTestId("queue-row").filter({ hasText: "Được phê duyệt" }).first()).toBeVisible();
});
