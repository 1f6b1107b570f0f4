// The service index (issue 20, item 3) over HTTP in Chromium: an administrator declares the handling time limit (a bad
// value is refused next to its field); the leader's index for January 2026 shows it, official figures leave the demo's
// illustrative dossiers out, including them marks the table "minh họa"; a figure opens the dossiers behind it; the
// workbook downloaded from the page holds the same figure.
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { ACCOUNTS, signIn, signOut } from "./helpers";

test("declare the time limit, read the index, drill into a figure, download the workbook", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/quan-tri/co-quan");
  const form = page.getByTestId("handling-limit-form");
  await form.getByLabel("Số ngày làm việc").fill("0");
  await form
    .getByLabel("Văn bản quy định (số, ngày, cơ quan ban hành)")
    .fill("Quyết định số 15/QĐ-UBND ngày 05/01/2026");
  await form.getByRole("button", { name: "Lưu thời hạn" }).click();
  await expect(form.getByText("Nhập số ngày làm việc (1–120).")).toBeVisible();
  await form.getByLabel("Số ngày làm việc").fill("15");
  await form.getByRole("button", { name: "Lưu thời hạn" }).click();
  await expect(page.getByText("Đã lưu thời hạn giải quyết")).toBeVisible();
  await signOut(page);

  await signIn(page, ACCOUNTS.leader);
  await page.goto("/lanh-dao/chi-so-phuc-vu?thang=2026-01");
  await expect(page.getByRole("heading", { name: "Chỉ số phục vụ người dân, doanh nghiệp" })).toBeVisible();
  // The demo's January dossiers are illustrative: official figures leave them out.
  await expect(page.getByText("Không có hồ sơ nào trong tháng này.")).toBeVisible();
  await page.getByRole("link", { name: "Xem cả số liệu minh họa" }).click();
  await expect(page.getByTestId("index-illustrative")).toContainText("minh họa");
  const row = page.getByTestId("index-row").filter({ hasText: "15 ngày làm việc" });
  await expect(row).toHaveCount(1);
  const online = row.getByTestId("cell-online").getByRole("link");
  const figure = (await online.textContent())!.trim(); // "83,3% (5/6)"
  const [, num, den] = /\((\d+)\/(\d+)\)/.exec(figure)!;
  expect(Number(den)).toBeGreaterThan(0);

  await online.click();
  await expect(page.getByRole("heading", { name: /^Nộp trực tuyến — / })).toBeVisible();
  await expect(page.getByTestId("drill-row")).toHaveCount(Number(den));
  await expect(page.getByTestId("drill-verdict").filter({ hasText: /^Trực tuyến$/ })).toHaveCount(Number(num));
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  await page.getByRole("link", { name: "← Về chỉ số phục vụ" }).click();
  await expect(page.getByRole("heading", { name: /12 tháng đến 01\/2026/ })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải Excel (.xlsx)" }).click();
  const file = await (await download).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet("Chỉ số")!;
  // The history's January row (the last of 12 months) carries the same numerator and denominator.
  const cells: string[] = [];
  sheet.eachRow((r) => cells.push(String(r.getCell(1).value) + "|" + String(r.getCell(7).value)));
  expect(cells).toContain(`01/2026|${num}/${den}`);
});

test("the workbook is served as xlsx over HTTP, and only to signed-in officials", async ({ page, request }) => {
  // Without a session the portal's proxy sends the visitor to sign in.
  const anonymous = await request.get("/lanh-dao/chi-so-phuc-vu/chi-so-phuc-vu.xlsx?thang=2026-01", {
    maxRedirects: 0,
  });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()["location"]).toContain("/dang-nhap");
  await signIn(page, ACCOUNTS.enterprise);
  const enterprise = await page.request.get("/lanh-dao/chi-so-phuc-vu/chi-so-phuc-vu.xlsx?thang=2026-01");
  expect(enterprise.status()).toBe(403);
  await signOut(page);
  await signIn(page, ACCOUNTS.ministry);
  const res = await page.request.get("/lanh-dao/chi-so-phuc-vu/chi-so-phuc-vu.xlsx?thang=2026-01&minhHoa=1");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(res.headers()["content-disposition"]).toContain("chi-so-phuc-vu-2026-01.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Chỉ số", "Đúng hạn", "Trực tuyến", "Số hóa"]);
});
