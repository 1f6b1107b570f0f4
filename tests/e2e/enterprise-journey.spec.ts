import { expect, test, type Page } from "@playwright/test";

// The "done when": a new enterprise registers on a phone-sized screen, asks 400 triệu on a
// 600 triệu machine, sees the 300 triệu cap explained, attaches a quotation, submits, gets a code, and
// a signed-out visitor looks the code up on /tra-cuu.

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** Waits until what is on screen is stored (the autosave is debounced). */
async function waitSaved(page: Page) {
  const status = page.getByTestId("autosave-status");
  await expect(status).toHaveAttribute("data-dirty", "false");
  await expect(status).toContainText("Đã lưu bản nháp");
}

test.use({ viewport: { width: 360, height: 780 } });

test("new enterprise registers, applies with the cap explained, submits and is found on /tra-cuu", async ({ page }) => {
  const email = `xuong-go-${Date.now()}@example.vn`;

  // Registration: account, then the establishment profile.
  await page.goto("/dang-ky");
  await page.getByLabel("Họ và tên người đăng ký").fill("Phan Văn Mộc");
  await page.getByLabel("Email hoặc số điện thoại").fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill("xuongmoc2026");
  await page.getByLabel("Nhập lại mật khẩu").fill("xuongmoc2026");
  await page.getByLabel(/Tôi đồng ý/).check();
  await page.getByRole("button", { name: "Tạo tài khoản và tiếp tục" }).click();
  await expect(page).toHaveURL(/\/dang-ky\/co-so$/);
  await page.getByLabel("Loại hình cơ sở").selectOption({ label: "Hộ kinh doanh" });
  await page.getByLabel("Tên cơ sở (theo giấy đăng ký)").fill("Hộ kinh doanh Xưởng gỗ Phan Mộc");
  await page.getByLabel("Xã/phường nơi sản xuất").selectOption({ label: "xã Yên Lạc" });
  await page.getByLabel("Địa chỉ sản xuất (thôn/xóm, số nhà)").fill("Thôn Đông, xã Yên Lạc");
  await page.getByLabel(/Ngành nghề/).selectOption("THU_CONG_MY_NGHE");
  await page.getByLabel("Sản phẩm chính").fill("Đồ gỗ mỹ nghệ");
  await page.getByLabel("Số lao động thường xuyên").fill("8");
  await page.getByLabel("Người đại diện / chủ cơ sở").fill("Phan Văn Mộc");
  await page.getByRole("button", { name: "Hoàn tất đăng ký" }).click();
  await expect(page).toHaveURL(/\/doanh-nghiep\?moi=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hộ kinh doanh Xưởng gỗ Phan Mộc");

  // Step 1–2: activity, title, objectives, place and schedule (autosaved).
  await page.getByRole("link", { name: "Lập hồ sơ đề nghị hỗ trợ" }).click();
  await page.getByLabel(/Ứng dụng máy móc thiết bị tiên tiến/).check();
  await waitSaved(page);
  await expect(page).toHaveURL(/\/doanh-nghiep\/ho-so\/[^/]+\/sua$/);
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByLabel("Tên đề án").fill("Ứng dụng máy CNC 4 trục trong chế tác đồ gỗ mỹ nghệ");
  await page
    .getByLabel("Mục tiêu và kết quả dự kiến")
    .fill("Tăng năng suất chạm khắc gấp ba lần, giảm bụi gỗ cho 8 lao động.");
  await page.getByLabel("Địa điểm cụ thể").fill("Thôn Đông, xã Yên Lạc");
  await page.getByLabel("Ngày bắt đầu").fill("2027-03-01");
  await page.getByLabel("Ngày kết thúc").fill("2027-10-31");
  await page.getByRole("button", { name: "Tiếp tục" }).click();

  // Step 3: 400 triệu asked on a 600 triệu machine → the 300 triệu cap, explained with the article.
  await page.getByLabel("Hạng mục").fill("Máy CNC 4 trục");
  await page.getByLabel("Loại chi phí").selectOption({ label: "Máy móc thiết bị tiên tiến, chuyển giao công nghệ" });
  await page.getByLabel("Đơn vị tính").fill("máy");
  await page.getByLabel("Đơn giá (đồng)").fill("600 triệu");
  await page.getByLabel("Đề nghị hỗ trợ (đồng)").fill("400 triệu");
  const cap = page.getByTestId("cap-check-0");
  await expect(cap).toContainText("Vượt mức hỗ trợ tối đa: tối đa 300 triệu đồng, đề nghị 400 triệu đồng.");
  await expect(cap).toContainText("Điều 8 khoản 4 Thông tư 28/2018/TT-BTC");
  await expect(cap).toContainText("vượt 100 triệu đồng");
  await expect(page.getByLabel("Đề nghị hỗ trợ (đồng)")).toHaveValue("400 triệu"); // explained, not clipped
  await waitSaved(page);

  // The half-filled form survives a reload.
  await page.reload();
  await page.getByRole("button", { name: "Dự toán", exact: true }).click(); // the steps carry their names (issue 13.6)
  await expect(page.getByLabel("Đơn giá (đồng)")).toHaveValue("600 triệu");
  await expect(page.getByLabel("Đề nghị hỗ trợ (đồng)")).toHaveValue("400 triệu");
  await page.getByRole("button", { name: /Đề nghị đúng mức tối đa/ }).click();
  await expect(page.getByLabel("Đề nghị hỗ trợ (đồng)")).toHaveValue("300.000.000");
  await expect(cap).toContainText("Mức hỗ trợ tối đa cho khoản này: 300 triệu đồng.");
  await page.getByRole("button", { name: "Tiếp tục" }).click();

  // Step 4: commitments; a refused upload keeps the form, then the quotation is attached.
  await page.getByLabel(/bố trí đủ vốn đối ứng/).check();
  await page.getByLabel(/chưa được hỗ trợ từ bất kỳ nguồn ngân sách/).check();
  await page.getByLabel("Loại tài liệu").selectOption("QUOTATION");
  await page
    .getByTestId("attachment-input")
    .setInputFiles({ name: "bao-gia.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ không phải PDF") });
  await expect(page.getByText("Chỉ nhận tệp PDF, JPG, PNG, DOCX hoặc XLSX")).toBeVisible();
  await expect(page.getByLabel(/bố trí đủ vốn đối ứng/)).toBeChecked();
  await page
    .getByTestId("attachment-input")
    .setInputFiles({ name: "Báo giá máy CNC.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByTestId("attachment-list")).toContainText("Báo giá máy CNC.pdf");
  await page.getByRole("button", { name: "Tiếp tục" }).click();

  // Step 5: review and submit → dossier code and printable receipt.
  await expect(page.getByTestId("review-verdict")).toContainText("Hồ sơ đủ điều kiện để nộp");
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await page.getByRole("button", { name: "Xác nhận nộp" }).click();
  await expect(page).toHaveURL(/\/bien-nhan$/);
  const code = (await page.getByTestId("receipt-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^000\.00\.20\.H45-\d{6}-\d{4}$/);
  await expect(page.getByTestId("receipt")).toContainText("Báo giá máy CNC.pdf");

  // Following it: the dossier list and the timeline.
  await page.getByRole("link", { name: "Theo dõi hồ sơ" }).click();
  await expect(page.getByTestId("status-timeline")).toContainText("Đã nộp");

  // A signed-out visitor looks the code up.
  await page.context().clearCookies();
  await page.goto("/tra-cuu");
  await expect(page.getByTestId("current-user")).toHaveCount(0);
  await page.getByLabel("Mã hồ sơ").fill(code);
  await page.getByRole("button", { name: "Tra cứu" }).click();
  const result = page.getByTestId("lookup-result");
  await expect(result).toContainText(code);
  await expect(result).toContainText("Đã nộp");
  await expect(result).not.toContainText("Phan Văn Mộc");
  await expect(result).not.toContainText("300 triệu");
});

test("the demo enterprise answers a return: sees what is asked, uploads, resubmits", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email hoặc số điện thoại").fill("doanhnghiep@demo.vn");
  await page.getByLabel("Mật khẩu").fill("KhuyenCong@2025");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/doanh-nghiep$/);
  await page.getByRole("link", { name: "Hỗ trợ máy bào cuốn 4 mặt cho xưởng mộc" }).first().click();
  const panel = page.getByTestId("supplement-panel");
  await expect(panel).toContainText("Hạn bổ sung: 31/12/2026");
  await expect(panel).toContainText("Ảnh hiện trạng nhà xưởng");
  await panel
    .getByLabel(/Tải lên tài liệu bổ sung/)
    .setInputFiles({ name: "anh-nha-xuong.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(panel).toContainText("Đã tải lên: anh-nha-xuong.pdf");
  await panel.getByLabel("Nội dung đã bổ sung, giải trình").fill("Đã bổ sung báo giá có model và ảnh nhà xưởng.");
  await panel.getByRole("button", { name: "Nộp bổ sung" }).click();
  await expect(page.getByTestId("status-timeline")).toContainText("Đã nộp bổ sung");
  await expect(page.getByTestId("supplement-panel")).toHaveCount(0);
});
