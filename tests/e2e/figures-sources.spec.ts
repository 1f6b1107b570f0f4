import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./helpers";

// Issue 13 item 8 and issue 12 items 2, 8: what users read of the sources and of illustrative figures.
test("the leader's home cites sources as a reader can, with no file names or internal notes", async ({ page }) => {
  await signIn(page, ACCOUNTS.leader);
  await page.goto("/lanh-dao");
  const body = await page.locator("main").innerText();
  expect(body).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|domain\.md|SEED-\d|\[S\d+\]/);
  await expect(page.getByTestId("target-LD_DAO_TAO")).toContainText("Vĩnh Phúc");
});

test("/cong-khai and the open-data API flag the illustrative 2022 split and keep it out of the official total", async ({
  page,
  request,
}) => {
  await page.goto("/cong-khai?nam=2022&tinh=25");
  await expect(page.getByTestId("public-de-an")).toHaveCount(4);
  await expect(page.getByTestId("minh-hoa")).toHaveCount(4);
  const body = await (await request.get("/api/public/v1/de-an?nam=2022&tinh=25")).json();
  expect(body.data.every((d: { minhHoa: boolean }) => d.minhHoa)).toBe(true);
  expect(body.tongKinhPhiHoTro).toBe("0");
  expect(body.data.map((d: { trangThaiTen: string }) => d.trangThaiTen)).toContain("Được phê duyệt");
  const included = await (await request.get("/api/public/v1/de-an?nam=2022&tinh=25&minhHoa=1")).json();
  expect(included.tongKinhPhiHoTro).toBe("2170000000");
  const tanViet = body.data.find((d: { ten: string }) =>
    d.ten.startsWith("Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản xuất gia công"),
  );
  expect(tanViet.donViThuHuong).toBe("Công ty TNHH MTV xây dựng và thương mại Tân Việt");
  expect(tanViet.xa).toBeNull();
});

test("the open-data API never sums provinces: no 338 tỷ, no invented previous period", async ({ request }) => {
  const all = await (await request.get("/api/public/v1/chi-tieu?ky=2014-2020")).json();
  const von = all.data.find((r: { ma: string }) => r.ma === "VON_DOI_UNG");
  expect(von.thucHien).toBeNull();
  expect(von.theoTinh.map((x: { hienThi: string }) => x.hienThi).sort()).toEqual(["95 tỷ đồng", "khoảng 243 tỷ đồng"]);
  const bg = await (await request.get("/api/public/v1/chi-tieu?ky=2012-2022")).json();
  expect(bg.giaiDoanTruoc).toBeNull();
});
