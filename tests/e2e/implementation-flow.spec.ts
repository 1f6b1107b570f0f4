import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";
import { nssDbTrusting, pdffonts, pdfsig, pdftotext, writeTemp } from "../helpers/pdf-tools";

// A machinery đề án (demo D6, approved for 250 triệu) from approval to settlement, and the leader's
// dashboard counting the accepted result.
const TITLE = "Hỗ trợ máy chẻ và vót nan mây tre tự động";
const DASHBOARD = "/lanh-dao/bang-dieu-khien?ky=2026-2030";
// A 1×1 PNG: the upload is checked by its bytes, not its name.
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d4b1b80000000049454e44ae426082",
  "hex",
);

async function machineryProjects(page: Page): Promise<number> {
  await page.goto(DASHBOARD);
  const row = page.getByTestId("indicator-DA_MAY_MOC");
  if ((await row.count()) === 0) return 0;
  const text = (await row.getByTestId("actual").innerText()).replace(/\./g, "");
  return Number(/\d+/.exec(text)?.[0] ?? "0");
}

async function submit(page: Page, formTestId: string, fill: Record<string, string>, button: string): Promise<void> {
  const form = page.getByTestId(formTestId);
  for (const [label, value] of Object.entries(fill)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole("button", { name: button }).click();
}

test("a machinery đề án goes from approval to settlement and the leader's figures move", async ({ page, browser }) => {
  // The leader works in a browser context of their own, the staff officer in the test's page.
  const { baseURL, locale, timezoneId } = test.info().project.use;
  const leader = await (await browser.newContext({ baseURL, locale, timezoneId })).newPage();
  for (const p of [page, leader]) p.on("dialog", (d) => void d.accept());

  await signIn(leader, ACCOUNTS.leader);
  const before = await machineryProjects(leader);

  await signIn(page, ACCOUNTS.staff);
  await page.goto("/can-bo/thuc-hien");
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByTestId("proposal-status")).toHaveText("Được phê duyệt");

  // Contract
  await page.getByTestId("sign-contract-form").getByRole("button", { name: "Ký hợp đồng hỗ trợ" }).click();
  await expect(page.getByTestId("contract-info")).toContainText("HĐHT-000.00.20.H45");
  await expect(page.getByTestId("proposal-status")).toHaveText("Đã ký hợp đồng");

  // A 70 % advance is refused until a progress report shows more than 70 % of the investment done.
  await submit(page, "posting-form", { "Số tiền": "175 triệu" }, "Ghi sổ");
  await expect(page.getByTestId("posting-form").getByTestId("form-message")).toContainText("Chưa có báo cáo tiến độ");

  // Progress report with a photo
  const report = page.getByTestId("progress-form");
  await report.getByLabel("Khối lượng công việc đã hoàn thành (%)").fill("90");
  await report.getByLabel("Vốn đầu tư đã thực hiện (% tổng vốn)").fill("80");
  await report.getByLabel("Kết quả thực hiện trong kỳ").fill("Đã lắp đặt 3 máy chẻ và vót nan, chạy thử ổn định.");
  await report
    .getByLabel(/Ảnh hiện trường/)
    .setInputFiles({ name: "hien-truong.png", mimeType: "image/png", buffer: PNG });
  await report.getByRole("button", { name: "Gửi báo cáo tiến độ" }).click();
  await expect(report.getByTestId("form-message")).toContainText("kèm 1 ảnh");
  await expect(page.getByTestId("progress-reports")).toContainText("80%");
  const photo = page.getByRole("img", { name: /Ảnh hiện trường 1/ });
  await expect(photo).toBeVisible();
  // Visible comes before loaded: wait for the bytes (a broken image never gets a width).
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 15_000 })
    .toBe(true);

  // The 70 % advance now passes, one đồng more would not.
  await submit(page, "posting-form", { "Số tiền": "175 triệu" }, "Ghi sổ");
  await expect(page.getByTestId("posting-form").getByTestId("form-message")).toContainText(
    "Đã ghi sổ: Tạm ứng 175 triệu đồng",
  );
  await expect(page.getByTestId("sum-advances")).toHaveText("175 triệu đồng");

  // Acceptance with results (defaults: 1 establishment with machinery, 1 machinery project, 1 beneficiary)
  await submit(page, "acceptance-form", { "Số biên bản nghiệm thu": "21/BB-NT" }, "Ghi biên bản nghiệm thu");
  await expect(page.getByTestId("acceptance-form").getByTestId("form-message")).toContainText("3 kết quả chỉ tiêu");
  await expect(page.getByTestId("proposal-status")).toHaveText("Đã nghiệm thu");
  await expect(page.getByTestId("acceptances")).toContainText(
    "Cơ sở được hỗ trợ ứng dụng máy móc thiết bị tiên tiến: 1",
  );

  // Final payment of the balance
  await page.getByTestId("posting-form").getByLabel("Loại").selectOption("FINAL_PAYMENT");
  await submit(page, "posting-form", { "Số tiền": "75 triệu" }, "Ghi sổ");
  await expect(page.getByTestId("sum-net")).toHaveText("250 triệu đồng");

  // The leader settles: the đề án closes with the money reconciled.
  await leader.goto(page.url());
  // No counterpart was documented: the settlement closes only on the leader's reasoned exception (issue 12 item 5).
  await leader
    .getByTestId("settle-form")
    .getByLabel(/Lý do ngoại lệ về vốn đối ứng/)
    .fill("Cơ sở đã đầu tư đủ, chứng từ nộp bổ sung theo biên bản 21/BB-NT.");
  await leader.getByTestId("settle-form").getByRole("button", { name: "Quyết toán và đóng đề án" }).click();
  await expect(leader.getByTestId("proposal-status")).toHaveText("Đã quyết toán");
  await expect(leader.getByTestId("settlement-line").filter({ hasText: "Quyết toán" })).toContainText("250 triệu đồng");
  await expect(leader.getByTestId("settlement-line").filter({ hasText: "Đã hoàn trả" })).toContainText("0 đ");

  // Issue 16: "Tải PDF" of the contract and the settlement — signed by the agency, checked by real clients
  // (pdfsig with the demo CA the server created in ./data/pki trusted, pdffonts, pdftotext).
  const nss = nssDbTrusting(readFileSync("data/pki/ca.pem", "utf8"));
  const documents = [
    [
      "contract-pdf",
      [
        "HỢP ĐỒNG HỖ TRỢ KINH PHÍ KHUYẾN CÔNG",
        "BÊN A (Bên hỗ trợ)",
        "BÊN B (Bên thụ hưởng)",
        "Bằng chữ: Hai trăm năm mươi triệu đồng",
        "Giải quyết tranh chấp",
      ],
    ],
    [
      "settlement-pdf",
      [
        "QUYẾT TOÁN KINH PHÍ KHUYẾN CÔNG",
        "Căn cứ Biên bản nghiệm thu số 21/BB-NT",
        "Bằng chữ: Hai trăm năm mươi triệu đồng",
      ],
    ],
  ] as const;
  for (const [testId, lines] of documents) {
    const href = await leader.getByTestId(testId).getAttribute("href");
    expect(href).toMatch(/\.pdf$/);
    const res = await leader.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    const file = writeTemp(await res.body(), `${testId}.pdf`);
    expect(pdfsig(file, nss)).toContain("Signature Validation: Signature is Valid.");
    expect(pdffonts(file)).toMatch(/DejaVuSerif\S*\s+CID TrueType\s+Identity-H\s+yes/);
    const text = pdftotext(file).replace(/\s+/g, " ");
    for (const line of lines) expect(text).toContain(line);
  }

  // The leader's figures: the implementation summary and the dashboard count the accepted result.
  await leader.goto("/can-bo/thuc-hien");
  await expect(leader.getByTestId("result-value-DA_MAY_MOC")).toHaveText(/^[1-9]\d*$/);
  expect(await machineryProjects(leader)).toBe(before + 1);
});
