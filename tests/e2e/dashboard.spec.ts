import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { signIn } from "./helpers";

test("a leader filters the dashboard, drills down to a đề án and exports Excel with the same figures", async ({
  page,
}) => {
  await signIn(page, "lanhdao@demo.vn");
  await page.goto("/lanh-dao/bang-dieu-khien");
  await expect(page.getByTestId("indicator-LD_DAO_TAO").getByTestId("target")).toHaveText("350 người");
  await expect(page.getByTestId("indicator-CS_MO_HINH_TD").getByTestId("target")).toHaveText("160 cơ sở");
  await expect(page.getByTestId("indicator-KP_KC_DP").getByTestId("target")).toHaveText("trên 38 tỷ đồng");
  // The 2022 split is illustrative (issue 12): the leader includes it to drill into it.
  await page.getByRole("link", { name: "Xem cả số liệu minh họa" }).click();
  await expect(page).toHaveURL(/minhHoa=1/);
  await page.getByLabel("Năm", { exact: true }).selectOption("2022");
  await page.getByLabel("Nguồn kinh phí", { exact: true }).selectOption("KCQG");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/nam=2022/);
  await page.getByTestId("budget-2022-KCQG").getByRole("link").click();
  await expect(page.getByTestId("drill-proposal")).toHaveCount(4);
  await expect(page.getByTestId("drill-proposal").getByTestId("minh-hoa")).toHaveCount(4);
  await page.getByRole("link", { name: "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản xuất bao bì" }).click();
  await expect(page.getByTestId("proposal-figures")).toContainText("300 triệu đồng");
  await page.goto("/lanh-dao/bang-dieu-khien");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Xuất Excel" }).click();
  const file = await (await download).path();
  const wb = new ExcelJS.Workbook();
  const bytes = await readFile(file);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = wb.getWorksheet("Chỉ tiêu");
  const targets = new Map<string, unknown>();
  sheet?.eachRow((row, i) => {
    if (i > 4) targets.set(String(row.getCell(1).value), row.getCell(4).value);
  });
  expect(targets.get("LD_DAO_TAO")).toBe(350);
  expect(targets.get("CS_MO_HINH_TD")).toBe(160);
  expect(targets.get("CS_SXSH")).toBe(8);
  expect(targets.get("CS_TH_TU_VAN")).toBe(60);
  expect(targets.get("KP_KC_DP")).toBe(38_000_000_000);
});

test("a signed-out visitor reads /cong-khai and the open-data API", async ({ page, request }) => {
  await page.goto("/cong-khai");
  await expect(page.getByRole("heading", { name: "Công khai hoạt động khuyến công" })).toBeVisible();
  await expect(page.getByTestId("public-de-an").first()).toBeVisible();
  await expect(page.getByTestId("public-chi-tieu").filter({ hasText: "350" })).toHaveCount(1);
  const res = await request.get("/api/public/v1/de-an?nam=2022&tinh=25");
  expect(res.ok()).toBe(true);
  const body = await res.json();
  expect(body.total).toBe(4);
  expect(JSON.stringify(body)).not.toMatch(/taxCode|maSoThue|representative|phone/);
  const ct = await (await request.get("/api/public/v1/chi-tieu?ky=2021-2025&tinh=25")).json();
  expect(ct.data.find((r: { ma: string }) => r.ma === "LD_DAO_TAO").mucTieu.giaTri).toBe("350");
  const spec = await (await request.get("/api/public/v1/openapi.json")).json();
  expect(spec.openapi).toBe("3.1.0");
});
