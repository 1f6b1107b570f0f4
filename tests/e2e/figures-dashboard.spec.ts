import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { ACCOUNTS, signIn } from "./helpers";

// Issue 12 items 1, 3, 8 over HTTP against the built portal on the seeded data.
test("the leader's 2021–2025 chart says 'chưa có số liệu' with a link, and the CSV carries the whole report", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.leader);
  await page.goto("/lanh-dao/bang-dieu-khien");
  const empty = page.getByTestId("chart-empty").first();
  await expect(empty).toContainText("chưa có số liệu");
  await expect(empty.getByRole("link", { name: "Nhập kết quả thực hiện" })).toHaveAttribute(
    "href",
    "/lanh-dao/ket-qua/moi",
  );
  await expect(page.getByTestId("illustrative-toggle")).toContainText("Số liệu chính thức");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Xuất CSV" }).click();
  const csv = (await readFile((await (await download).path()) as string)).toString("utf8");
  expect(csv).toContain("Bảng điều khiển khuyến công");
  expect(csv).toMatch(/số liệu đến ngày \d{2}\/\d{2}\/\d{4}/);
  expect(csv).toContain("Thực hiện kinh phí");
  expect(csv).toContain("Hệ số đối ứng theo kế hoạch");
});

test("the ministry's dashboard shows provinces side by side and never 338 tỷ", async ({ page }) => {
  await signIn(page, ACCOUNTS.ministry);
  await page.goto("/lanh-dao/bang-dieu-khien?ky=2014-2020");
  const von = page.getByTestId("indicator-VON_DOI_UNG");
  await expect(von.getByTestId("series")).toHaveCount(2);
  await expect(von).toContainText("khoảng 243 tỷ đồng");
  await expect(von).toContainText("95 tỷ đồng");
  await expect(von).not.toContainText("338");
  await expect(page.locator("main")).not.toContainText("1.395 học viên");
});
