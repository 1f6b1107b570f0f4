import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

// A staff officer records work done outside any đề án; a leader approves it, it counts and is locked.
// Two people, two browser contexts (as in real life; it also keeps each session its own).
test("staff enter a result with evidence, a leader approves it, it counts on the dashboard and is locked", async ({
  page,
  browser,
}) => {
  await signIn(page, ACCOUNTS.staff);
  await page.goto("/lanh-dao/ket-qua/moi");
  const form = page.getByTestId("result-form");
  await form.getByLabel("Chỉ tiêu", { exact: true }).selectOption("TIN_BAI");
  await form.getByLabel("Giai đoạn").selectOption("2021-2025");
  await form.getByLabel("Năm thực hiện").fill("2024");
  await form.getByLabel("Giá trị").fill("7");
  await form.getByLabel("Nội dung công việc").fill("7 tin bài về khuyến công trên Báo Phú Thọ");
  await form.getByRole("button", { name: "Lưu kết quả" }).click();
  // Missing evidence: the message sits next to the field and the typed values stay.
  await expect(form.locator("#" + (await form.getByLabel("Minh chứng").getAttribute("id")) + "-error")).toContainText(
    "minh chứng",
  );
  await expect(form.getByLabel("Giá trị")).toHaveValue("7");
  await form.getByLabel("Minh chứng").fill("Công văn 45/SCT-QLCN ngày 10/12/2024");
  await form.getByRole("button", { name: "Lưu kết quả" }).click();
  await expect(page).toHaveURL(/\/lanh-dao\/ket-qua\?luu=moi/);
  const row = page.locator("[data-entry-status]").filter({ hasText: "7 tin bài về khuyến công" });
  await expect(row).toHaveAttribute("data-entry-status", "DRAFT");
  const editHref = await row.getByRole("link", { name: "Sửa" }).getAttribute("href");

  const leaderContext = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  const leader = await leaderContext.newPage();
  await signIn(leader, ACCOUNTS.leader);
  await leader.goto("/lanh-dao/ket-qua");
  const pending = leader.locator("[data-entry-status]").filter({ hasText: "7 tin bài về khuyến công" });
  await expect(pending.getByRole("button", { name: "Xóa" })).toHaveCount(0);
  await pending.getByRole("button", { name: "Duyệt và khóa" }).click();
  await leader.getByRole("dialog").getByRole("button", { name: "Duyệt và khóa" }).click();
  await expect(
    leader.locator("[data-entry-status='APPROVED']").filter({ hasText: "7 tin bài về khuyến công" }),
  ).toBeVisible();
  await leader.goto("/lanh-dao/bang-dieu-khien");
  await expect(leader.getByTestId("indicator-TIN_BAI").getByTestId("actual")).toHaveText("7 tin, bài");
  await leaderContext.close();

  await page.goto(editHref ?? "/lanh-dao/ket-qua");
  await expect(page.getByTestId("locked")).toContainText("không thể sửa hoặc xóa");
});
