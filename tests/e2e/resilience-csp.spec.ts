// The pages' nonce-based Content-Security-Policy, in Chromium: no inline script is allowed without the
// request's nonce, and the pages the suite visits run (hydrate, navigate, submit) without one violation.
// Also the 403 page of another role and the error pages' single <main> landmark.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

async function watch(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

async function violations(page: Page, console: string[]): Promise<string[]> {
  const inPage = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  return [...inPage, ...console];
}

const PAGES: Array<[keyof typeof ACCOUNTS | null, string[]]> = [
  [null, ["/", "/cong-khai", "/tra-cuu", "/dang-nhap", "/dang-ky"]],
  ["enterprise", ["/doanh-nghiep", "/doanh-nghiep/ho-so", "/doanh-nghiep/ho-so/moi", "/thong-bao"]],
  ["staff", ["/can-bo", "/can-bo/ho-so", "/can-bo/ke-hoach"]],
  ["leader", ["/lanh-dao", "/lanh-dao/bang-dieu-khien", "/lanh-dao/ket-qua"]],
  ["admin", ["/quan-tri", "/quan-tri/nhat-ky"]],
];

for (const [account, paths] of PAGES) {
  test(`no CSP violation on ${account ?? "public"} pages, and the policy has no 'unsafe-inline' script`, async ({
    page,
  }) => {
    const seen = await watch(page);
    if (account) await signIn(page, ACCOUNTS[account]);
    for (const path of paths) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      const csp = res?.headers()["content-security-policy"] ?? "";
      const script = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
      expect(script).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
      expect(script).not.toContain("'unsafe-inline'");
      await page.waitForLoadState("networkidle");
    }
    expect(await violations(page, seen)).toEqual([]);
  });
}

test("injected markup cannot run script: inline handlers are refused (the policy is enforced)", async ({ page }) => {
  const seen = await watch(page);
  await page.goto("/");
  // What an XSS would inject: markup with an inline event handler (no nonce can be on it).
  const ran = await page.evaluate(async () => {
    const div = document.createElement("div");
    div.innerHTML = `<img src="data:," onerror="window.__injected = true" onload="window.__injected = true">`;
    document.body.appendChild(div);
    await new Promise((r) => setTimeout(r, 300));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect((await violations(page, seen)).some((v) => v.includes("script-src"))).toBe(true);
});

test("the client app works under the policy: switching language is a server action and a re-render", async ({
  page,
}) => {
  const seen = await watch(page);
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  expect(await violations(page, seen)).toEqual([]);
});

test("another role's page answers 403 with a page in the visitor's language, one <main>", async ({ page }) => {
  await signIn(page, ACCOUNTS.enterprise);
  const res = await page.goto("/quan-tri");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bạn không có quyền xem trang này");
  await expect(page.getByRole("main")).toHaveCount(1);
});

test("the 404 page has a single <main> landmark", async ({ page }) => {
  const res = await page.goto("/khong-co-trang-nay");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await expect(page.getByRole("main")).toHaveCount(1);
});
