// Issue 22 in Chromium: "Đăng nhập bằng VNeID" through the demo OpenID Connect provider (a real
// oidc-provider server, scripts/demo-idp.ts, on E2E_IDP_PORT), and an official without a second factor
// who cannot approve.
import { expect, test } from "@playwright/test";
import { startDemoIdp, DEMO_IDP_NOTICE } from "../../scripts/demo-idp";
import { E2E_IDP_PORT, E2E_OIDC } from "./identity-http";
import { signIn } from "./helpers";

let idp: Awaited<ReturnType<typeof startDemoIdp>> | undefined;

test.beforeAll(async () => {
  const base = test.info().project.use.baseURL!;
  idp = await startDemoIdp({ port: E2E_IDP_PORT, ...E2E_OIDC, redirectUris: [`${base}/api/auth/callback/vneid`] });
});
test.afterAll(async () => {
  await idp?.close();
});

test("an organisation's representative signs in with VNeID for the first time: a new account, the profile prefilled", async ({
  page,
}) => {
  await page.goto("/dang-nhap");
  await expect(page.getByTestId("sso-notice")).toHaveText(DEMO_IDP_NOTICE);
  await page.getByRole("link", { name: "Đăng nhập bằng VNeID" }).click();
  await expect(page.getByRole("alert")).toHaveText(DEMO_IDP_NOTICE); // the provider's own page says it is a test
  await page.getByRole("button", { name: /Công ty TNHH Gốm Hương Canh/ }).click();
  await expect(page).toHaveURL(/\/dang-ky\/co-so$/);
  await expect(page.getByTestId("current-user")).toContainText("Lê Thị Hòa");
  await expect(page.getByLabel("Tên cơ sở (theo giấy đăng ký)")).toHaveValue("Công ty TNHH Gốm Hương Canh");
  await expect(page.getByLabel("Mã số thuế", { exact: true })).toHaveValue("2601234567");
  await expect(page.getByLabel("Loại hình cơ sở")).toHaveValue("DN");
});

test("a citizen whose personal ID number is on an existing account lands on that account's home page", async ({
  page,
}) => {
  await page.goto("/dang-nhap");
  await page.getByRole("link", { name: "Đăng nhập bằng VNeID" }).click();
  await page.getByRole("button", { name: /Nguyễn Văn Tiến/ }).click();
  await expect(page).toHaveURL(/\/doanh-nghiep$/);
  await expect(page.getByTestId("current-user")).toBeVisible();
  await expect(page.getByText("Mộc Tiến Thành").first()).toBeVisible();
});

test("an official without a second factor cannot approve; enrolling shows a QR code and recovery codes", async ({
  page,
}) => {
  await signIn(page, "lanhdao.moi@demo.vn");
  await expect(page).toHaveURL(/\/tai-khoan\/bao-mat\?moi=1/);
  const title = "Ứng dụng máy sấy bún khô tuần hoàn khí nóng";
  await page.goto(`/can-bo/ho-so?q=${encodeURIComponent("000.00.20.H45-260102-0001")}`);
  await page.getByRole("link", { name: title }).click();
  await page.getByLabel("Phê duyệt", { exact: true }).check();
  await page.getByLabel("Lý do (bắt buộc)").fill("Đạt 82/100 điểm, phù hợp kế hoạch năm.");
  await page.getByRole("button", { name: "Phê duyệt", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByTestId("form-message").filter({ hasText: /\S/ }).first()).toContainText(
    "cần xác thực hai yếu tố",
  );
  await page.reload();
  await expect(page.getByLabel("Phê duyệt", { exact: true })).toBeVisible(); // still undecided

  await page.goto("/tai-khoan/bao-mat");
  await expect(page.getByRole("img", { name: /Mã QR/ })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const { generate } = await import("otplib");
  await page.getByLabel("Mã xác thực").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Bật xác thực hai yếu tố" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
});
