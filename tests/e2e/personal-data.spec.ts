// Issue 23 over HTTP, in Chromium against the built portal: the owner sees what the portal holds, downloads it
// (readable and JSON) and sends a request that gets a code and a deadline; the administrator answers it with a
// confirmation, and the owner sees the answer.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn, signOut } from "./helpers";

test("the owner's data, a request and its answer", async ({ page }) => {
  await signIn(page, ACCOUNTS.enterprise);
  await page.getByRole("link", { name: "Dữ liệu cá nhân" }).first().click();
  await expect(page.getByRole("heading", { name: "Dữ liệu cá nhân của tôi" })).toBeVisible();
  await expect(
    page
      .getByRole("cell", { name: "Chứng từ phải lưu trữ" })
      .or(page.getByRole("rowheader", { name: "Chứng từ phải lưu trữ" })),
  ).toBeVisible();

  const json = await page.request.get("/tai-khoan/du-lieu-ca-nhan/xuat");
  expect(json.status()).toBe(200);
  expect(json.headers()["content-disposition"]).toContain("attachment");
  const body = (await json.json()) as { sections: Record<string, unknown> };
  expect(Object.keys(body.sections)).toEqual(
    expect.arrayContaining(["establishment", "dossiers", "messages", "audit", "retainedRecords"]),
  );
  expect(JSON.stringify(body.sections.establishment)).toContain("Mộc Tiến Thành");

  await page.getByRole("link", { name: "Xem toàn bộ (bản đọc, in được)" }).click();
  await expect(page.getByRole("heading", { name: "Hồ sơ đề án" })).toBeVisible();
  await page.goBack();

  await page.getByLabel("Loại yêu cầu").selectOption("CORRECTION");
  await page.getByLabel("Nội dung yêu cầu").fill("Địa chỉ sản xuất ghi sai số nhà: đúng là số 12.");
  await page.getByRole("button", { name: "Gửi yêu cầu" }).click();
  const done = page.getByText(/Đã nhận yêu cầu, mã (DL-\d{4}-\d{6})/);
  await expect(done).toBeVisible();
  const code = /DL-\d{4}-\d{6}/.exec((await done.textContent()) ?? "")![0];
  await signOut(page);

  await signIn(page, ACCOUNTS.admin);
  await page.goto("/quan-tri/du-lieu-ca-nhan/yeu-cau");
  const item = page.getByRole("listitem").filter({ hasText: code });
  await item.getByRole("radio", { name: "Đã thực hiện" }).check();
  await item.getByLabel("Trả lời người yêu cầu").fill("Đã sửa địa chỉ sản xuất thành số 12.");
  await item.getByRole("button", { name: "Ghi câu trả lời" }).click();
  await expect(item.getByText("Xác nhận trước khi gửi câu trả lời.")).toBeVisible();
  await item.getByRole("checkbox").check();
  await item.getByRole("button", { name: "Ghi câu trả lời" }).click();
  // Answered: the form gives way to the answer, with the status.
  await expect(page.getByText(`${code} · Sửa dữ liệu · Đã thực hiện`)).toBeVisible();
  await expect(page.getByText("Đã sửa địa chỉ sản xuất thành số 12.")).toBeVisible();
  await signOut(page);

  await signIn(page, ACCOUNTS.enterprise);
  await page.goto("/tai-khoan/du-lieu-ca-nhan");
  await expect(page.getByText("Đã sửa địa chỉ sản xuất thành số 12.")).toBeVisible();
});
