// Issue 22 over HTTP against the built portal: sessions that really end, sign-in without oracles,
// throttling by client address, password policy.
import { expect, test, type Browser } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, signIn, signOut } from "./helpers";
import { fromAddress, httpSignIn, median } from "./identity-http";

async function cookieHeader(ctx: { cookies: () => Promise<Array<{ name: string; value: string }>> }): Promise<string> {
  return (await ctx.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

async function newSignedIn(browser: Browser, account: string) {
  const { baseURL, locale, timezoneId } = test.info().project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId });
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page };
}

test("a session cookie copied before sign-out is refused after it", async ({ page, context, baseURL }) => {
  await signIn(page, ACCOUNTS.staff);
  const copied = await cookieHeader(context);
  const before = await fetch(`${baseURL}/can-bo/ho-so`, { headers: { cookie: copied } });
  expect(await before.text()).toContain('data-testid="current-user"');
  await signOut(page);
  const after = await fetch(`${baseURL}/can-bo/ho-so`, { headers: { cookie: copied }, redirect: "manual" });
  expect(after.status).toBe(307);
  expect(after.headers.get("location")).toContain("/dang-nhap");
  const session = await fetch(`${baseURL}/api/auth/session`, { headers: { cookie: copied } });
  expect(await session.json()).toBeNull();
});

test("ending a session from another browser, or an admin's revoke, ends the first at its next request", async ({
  browser,
}) => {
  const a = await newSignedIn(browser, ACCOUNTS.otherProvinceStaff);
  const b = await newSignedIn(browser, ACCOUNTS.otherProvinceStaff);
  await b.page.goto("/tai-khoan/bao-mat");
  await expect(b.page.getByTestId("session-row").filter({ hasText: "Phiên này" })).toHaveCount(1);
  await b.page.getByRole("button", { name: "Kết thúc mọi phiên khác" }).click();
  await expect(b.page.getByTestId("session-row")).toHaveCount(1); // only "Phiên này" is left
  await a.page.goto("/can-bo");
  await expect(a.page).toHaveURL(/\/dang-nhap/);
  await b.page.goto("/can-bo");
  await expect(b.page.getByTestId("current-user")).toBeVisible();

  const admin = await newSignedIn(browser, ACCOUNTS.admin);
  await admin.page.goto("/quan-tri/phien-dang-nhap");
  const row = admin.page.locator(`[data-testid="account-row"][data-email="${ACCOUNTS.otherProvinceStaff}"]`);
  await expect(row.locator("td").nth(2)).not.toHaveText("0");
  await row.getByRole("button", { name: "Thu hồi phiên" }).click();
  await expect(row.locator("td").nth(2)).toHaveText("0");
  await b.page.goto("/can-bo");
  await expect(b.page).toHaveURL(/\/dang-nhap/);
  for (const x of [a, b, admin]) await x.context.close();
});

test("unknown and known accounts get identical answers in comparable time (median of 20, < 20 ms apart)", async ({
  baseURL,
}) => {
  const known: number[] = [];
  const unknown: number[] = [];
  let first: { k?: Awaited<ReturnType<typeof httpSignIn>>; u?: Awaited<ReturnType<typeof httpSignIn>> } = {};
  for (let i = 0; i < 21; i++) {
    // A fresh address each try: the per-address limit must not cut the measurement short. The order
    // alternates, so whatever the first request of a pair costs the second falls on both equally.
    const tryKnown = () =>
      httpSignIn(baseURL!, "chuyenvien.bacninh@demo.vn", `sai-mat-khau-${i}`, fromAddress(`10.20.1.${i + 1}`));
    const tryUnknown = () =>
      httpSignIn(baseURL!, "khong-co-tai-khoan-nay@demo.vn", `sai-mat-khau-${i}`, fromAddress(`10.20.2.${i + 1}`));
    let k, u;
    if (i % 2) {
      u = await tryUnknown();
      k = await tryKnown();
    } else {
      k = await tryKnown();
      u = await tryUnknown();
    }
    if (i === 0) {
      first = { k, u };
      continue;
    } // warm-up
    known.push(k.ms);
    unknown.push(u.ms);
    expect({ status: u.status, location: u.location, cookies: u.cookieNames, body: u.body }).toEqual({
      status: k.status,
      location: k.location,
      cookies: k.cookieNames,
      body: k.body,
    });
  }
  expect(first.k!.location).toContain("code=credentials");
  expect(first.k!.sessionCookie).toBeNull();
  const gap = Math.abs(median(known) - median(unknown));
  console.log(
    `sign-in timing: known ${median(known).toFixed(1)} ms, unknown ${median(unknown).toFixed(1)} ms, gap ${gap.toFixed(1)} ms`,
  );
  expect(gap).toBeLessThan(20);
});

test("20 wrong passwords from one address are throttled without locking the account for its owner elsewhere", async ({
  baseURL,
}) => {
  const who = ACCOUNTS.enterprise;
  const attacker = fromAddress("10.30.0.1");
  const codes: string[] = [];
  for (let i = 0; i < 20; i++) {
    const r = await httpSignIn(baseURL!, who, `doan-mat-khau-${i}`, attacker);
    expect(r.sessionCookie).toBeNull();
    codes.push(new URL(r.location, baseURL).searchParams.get("code") ?? "");
  }
  expect(codes.slice(0, 10).every((c) => c === "credentials")).toBe(true); // locked answers like wrong
  expect(codes.slice(10).every((c) => c === "throttled")).toBe(true); // the address is refused
  expect((await httpSignIn(baseURL!, who, DEMO_PASSWORD, attacker)).sessionCookie).toBeNull();
  const owner = await httpSignIn(baseURL!, who, DEMO_PASSWORD, fromAddress("10.30.0.2"));
  expect(owner.sessionCookie).not.toBeNull();
  const home = await fetch(`${baseURL}/doanh-nghiep`, { headers: { cookie: owner.sessionCookie! } });
  expect(await home.text()).toContain('data-testid="current-user"');
});

test("the sign-in form answers a locked, a wrong and an unknown account with one message", async ({ page }) => {
  const messages: string[] = [];
  for (const identifier of [ACCOUNTS.enterprise, "khong-co-ai@demo.vn"]) {
    await page.goto("/dang-nhap");
    await page.getByLabel("Email hoặc số điện thoại").fill(identifier);
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau-form");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    messages.push((await page.getByTestId("form-message").textContent()) ?? "");
  }
  expect(messages[0]).toContain("không đúng");
  expect(messages[1]).toBe(messages[0]);
});

test("registration refuses a weak password with a Vietnamese reason", async ({ page }) => {
  await page.goto("/dang-ky");
  await page.getByLabel("Họ và tên người đăng ký").fill("Đỗ Thị Yếu");
  await page.getByLabel("Email hoặc số điện thoại").fill(`yeu-${Date.now()}@example.vn`);
  for (const [weak, reason] of [
    ["12345678a", "tối thiểu 10 ký tự"],
    ["password1234", "quá phổ biến"],
  ] as const) {
    await page.getByLabel("Mật khẩu", { exact: true }).fill(weak);
    await page.getByLabel("Nhập lại mật khẩu").fill(weak);
    await page.getByLabel(/Tôi đồng ý/).check();
    await page.getByRole("button", { name: "Tạo tài khoản và tiếp tục" }).click();
    await expect(page.locator("#f-password-error")).toContainText(reason);
    await expect(page).toHaveURL(/\/dang-ky$/);
  }
});
