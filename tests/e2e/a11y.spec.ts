// Accessibility of every main page (axe-core, WCAG 2.1 A/AA): no serious or critical violation. Also
// checks the security headers every response carries. Pages each role works in, signed in as that role.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

const PUBLIC = ["/", "/dang-nhap", "/tra-cuu", "/cong-khai", "/dang-ky", "/tuyen-bo-tiep-can", "/phan-anh"];
const BY_ROLE: Array<[account: string, pages: string[]]> = [
  [
    ACCOUNTS.enterprise,
    [
      "/doanh-nghiep",
      "/doanh-nghiep/ho-so",
      "/doanh-nghiep/co-so",
      "/doanh-nghiep/thuc-hien",
      "/tai-khoan/du-lieu-ca-nhan",
    ],
  ],
  [
    ACCOUNTS.staff,
    [
      "/can-bo",
      "/can-bo/ho-so",
      "/can-bo/dang-ky-ho",
      "/can-bo/thuc-hien",
      "/can-bo/thuc-hien/bao-cao-dung-han",
      "/can-bo/ke-hoach",
      "/can-bo/nhap-du-lieu",
      "/can-bo/phan-anh",
      "/can-bo/thuc-dia",
    ],
  ],
  [ACCOUNTS.appraiser1, ["/hoi-dong"]],
  [
    ACCOUNTS.leader,
    [
      "/lanh-dao",
      "/lanh-dao/bang-dieu-khien",
      "/lanh-dao/ket-qua",
      "/lanh-dao/ket-qua/chat-luong",
      "/lanh-dao/danh-gia",
      "/lanh-dao/chi-so-phuc-vu?thang=2026-01&minhHoa=1",
      "/lanh-dao/bao-cao",
      "/lanh-dao/san-pham",
    ],
  ],
  [
    ACCOUNTS.admin,
    [
      "/quan-tri",
      "/quan-tri/quy-tac",
      "/quan-tri/hop-thu",
      "/quan-tri/du-lieu-ca-nhan?q=moc",
      "/quan-tri/du-lieu-ca-nhan/yeu-cau",
      "/quan-tri/du-lieu-ca-nhan/su-co",
      "/quan-tri/dong-bo-dvcqg",
      "/quan-tri/co-quan",
    ],
  ],
  [ACCOUNTS.ministry, ["/bo-cong-thuong", "/bo-cong-thuong/ket-qua"]],
];

async function seriousViolations(page: Page, path: string): Promise<string[]> {
  const res = await page.goto(path);
  expect(res?.status(), `${path} should load`).toBeLessThan(400);
  await page.waitForLoadState("load");
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${path} [${v.impact}] ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

test("responses carry the security headers and a Content-Security-Policy", async ({ request }) => {
  const res = await request.get("/");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("default-src 'self'");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-powered-by"]).toBeUndefined();
});

test("public pages: no serious or critical accessibility violation", async ({ page }) => {
  const found: string[] = [];
  for (const path of PUBLIC) found.push(...(await seriousViolations(page, path)));
  expect(found).toEqual([]);
});

for (const [account, pages] of BY_ROLE) {
  test(`pages of ${account}: no serious or critical accessibility violation`, async ({ page }) => {
    await signIn(page, account);
    const found: string[] = [];
    for (const path of pages) found.push(...(await seriousViolations(page, path)));
    expect(found).toEqual([]);
  });
}
