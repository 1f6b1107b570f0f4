import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { checkDigit } from "@/lib/establishments/tax-code";
import { importWorkbook } from "@/lib/import/mutations";
import { buildImportTemplate } from "@/lib/import/template";
import { ESTABLISHMENT_COLUMNS, PROPOSAL_COLUMNS } from "@/lib/import/columns";
import { createPgliteTestDb } from "@/tests/helpers/test-db";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";

// Excel import: a per-row, per-column report in Vietnamese; nothing written unless the whole file is valid.
let db: PrismaClient;
let close: () => Promise<void>;
let staff: Actor;

const TAX = (() => {
  const first9 = "270123456";
  return `${first9}${checkDigit(first9)}`;
})();
type Row = Record<string, string>;

async function workbook(ests: Row[], props: Row[]): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = (
    name: string,
    cols: ReadonlyArray<{ key: string; header: string; required: boolean }>,
    rows: Row[],
  ) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(cols.map((c) => (c.required ? `${c.header} (*)` : c.header)));
    for (const r of rows) ws.addRow(cols.map((c) => r[c.key] ?? ""));
  };
  sheet("Cơ sở", ESTABLISHMENT_COLUMNS, ests);
  sheet("Đề án", PROPOSAL_COLUMNS, props);
  const buf = await wb.xlsx.writeBuffer();
  return buf as ArrayBuffer;
}

const goodEsts: Row[] = [
  {
    name: "Hộ kinh doanh Mây tre Thôn Đông",
    kind: "HKD",
    householdRegNo: "19A8001234",
    communeCode: "25-BINH-XUYEN",
    address: "Thôn Đông, xã Bình Xuyên",
    industryCode: "THU_CONG_MY_NGHE",
    industry: "Mây tre đan",
    workforce: "25",
    representative: "Nguyễn Văn An",
    womenOwned: "có",
  },
  {
    name: "Công ty TNHH Cơ khí Yên Lạc Xanh",
    kind: "DN",
    taxCode: TAX,
    communeCode: "25-YEN-LAC",
    address: "Cụm công nghiệp Yên Lạc",
    industryCode: "CO_KHI_DIEN_TU",
    industry: "Nông cụ cơ khí",
    representative: "Trần Thị Bình",
    phone: "0912 345 678",
  },
];
const goodProps: Row[] = [
  {
    code: "VP-2019-07",
    year: "2019",
    title: "Hỗ trợ máy chẻ nan tự động cho hộ mây tre",
    activityCode: "UNG_DUNG_MAY_MOC",
    fund: "KCĐP",
    establishmentName: "Hộ kinh doanh Mây tre Thôn Đông",
    communeCode: "26-BINH-XUYEN",
    agencyCode: "000.00.20.H62",
    totalCost: "600 triệu",
    approvedSupport: "250000000",
    status: "Đã nghiệm thu",
    decisionNo: "123/QĐ-UBND",
  },
  {
    year: "2024",
    title: "Hỗ trợ dây chuyền gia công nông cụ",
    activityCode: "UNG_DUNG_MAY_MOC",
    fund: "KCDP",
    establishmentTaxCode: TAX,
    communeCode: "25-YEN-LAC",
    totalCost: "900000000",
    approvedSupport: "400000000",
    counterpart: "500000000",
    status: "Đã phê duyệt",
  },
];

beforeAll(async () => {
  ({ prisma: db, close } = await createPgliteTestDb());
  await seedFixtures(db);
  setDbForTesting(db);
  staff = await actorFor(db, "chuyenvien@demo.vn");
});
afterAll(async () => {
  setDbForTesting(undefined);
  await close?.();
});

const counts = async () => ({ est: await db.establishment.count(), prop: await db.proposal.count() });

describe("Excel import of establishments and past đề án", () => {
  it("refuses users without data.import", async () => {
    const leader = await actorFor(db, "lanhdao@demo.vn");
    await expect(
      importWorkbook(leader, { name: "x.xlsx", bytes: await workbook(goodEsts, goodProps) }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("reports every error by sheet, row and column, and writes nothing when one row is wrong", async () => {
    const before = await counts();
    const bad = await workbook(
      [goodEsts[0]!, { ...goodEsts[1]!, taxCode: "0100109107", communeCode: "27-CHU" }],
      [goodProps[0]!, { ...goodProps[1]!, activityCode: "KHONG_CO", approvedSupport: "1 tỷ", fund: "XYZ" }],
    );
    const report = await importWorkbook(staff, { name: "loi.xlsx", bytes: bad });
    expect(report.ok).toBe(false);
    const at = (sheet: string, row: number, column: string) =>
      report.issues.filter((i) => i.sheet === sheet && i.row === row && i.column === column);
    expect(at("Cơ sở", 3, "Mã số thuế")[0]?.message).toContain("chữ số kiểm tra");
    expect(at("Cơ sở", 3, "Mã xã/phường")[0]?.message).toContain("không phải xã/phường hiện hành của tỉnh");
    expect(at("Đề án", 3, "Mã nội dung")[0]?.message).toContain("không có trong danh mục");
    expect(at("Đề án", 3, "Nguồn kinh phí")[0]?.message).toBe("Nguồn kinh phí là KCQG hoặc KCĐP.");
    expect(at("Đề án", 3, "Kinh phí khuyến công hỗ trợ (đồng)")[0]?.message).toContain(
      "không được lớn hơn tổng kinh phí",
    );
    expect(at("Đề án", 2, "Tên đề án")).toHaveLength(0);
    expect(await counts()).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "data.import.rejected", entityId: "loi.xlsx" } })).toBe(1);
  });

  it("writes a valid file in one go, links đề án to their establishments, and audits the import once", async () => {
    const before = await counts();
    const report = await importWorkbook(
      staff,
      { name: "dung.xlsx", bytes: await workbook(goodEsts, goodProps) },
      new Date(Date.UTC(2026, 0, 15)),
    );
    expect(report.issues).toEqual([]);
    expect(report).toMatchObject({ ok: true, establishments: 2, proposals: 2 });
    expect(await counts()).toEqual({ est: before.est + 2, prop: before.prop + 2 });
    const p2019 = await db.proposal.findUniqueOrThrow({
      where: { code: "VP-2019-07" },
      select: {
        status: true,
        approvedSupport: true,
        counterpart: true,
        totalCost: true,
        agency: { select: { code: true } },
        establishment: { select: { name: true } },
        events: { select: { action: true } },
      },
    });
    expect(p2019).toMatchObject({
      status: "ACCEPTED",
      approvedSupport: 250_000_000n,
      totalCost: 600_000_000n,
      counterpart: 350_000_000n,
      agency: { code: "000.00.20.H62" },
      establishment: { name: "Hộ kinh doanh Mây tre Thôn Đông" },
    });
    expect(p2019.events.map((e) => e.action)).toEqual(["import"]);
    const p2024 = await db.proposal.findFirstOrThrow({
      where: { title: "Hỗ trợ dây chuyền gia công nông cụ" },
      select: { establishment: { select: { taxCode: true } } },
    });
    expect(p2024.establishment?.taxCode).toBe(TAX);
    const audit = await db.auditLog.findMany({ where: { action: "data.import", entityId: "dung.xlsx" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.data).toEqual({ establishments: 2, proposals: 2 });
  });

  it("the same file a second time is refused whole (tax code and đề án code already exist)", async () => {
    const before = await counts();
    const report = await importWorkbook(staff, { name: "dung.xlsx", bytes: await workbook(goodEsts, goodProps) });
    expect(report.ok).toBe(false);
    expect(report.issues.some((i) => i.column === "Mã số thuế" && i.message.includes("đã có trên cổng"))).toBe(true);
    expect(report.issues.some((i) => i.column === "Mã đề án" && i.message.includes("đã có trên cổng"))).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it("a đề án names an establishment already on the portal: found by its name without accents, only by its whole name", async () => {
    const row = (code: string, name: string): Row => ({ ...goodProps[0]!, code, establishmentName: name });
    const partial = await importWorkbook(staff, {
      name: "ten-thieu.xlsx",
      bytes: await workbook([], [row("VP-2019-08", "Hộ kinh doanh Mây tre")]),
    });
    expect(partial.ok).toBe(false);
    expect(partial.issues.map((i) => i.column)).toEqual(["Tên cơ sở thụ hưởng"]);
    const report = await importWorkbook(staff, {
      name: "ten-khong-dau.xlsx",
      bytes: await workbook([], [row("VP-2019-09", "HO KINH DOANH MAY TRE THON DONG")]),
    });
    expect(report.issues).toEqual([]);
    const p = await db.proposal.findFirstOrThrow({
      where: { code: "VP-2019-09" },
      select: { establishment: { select: { name: true } } },
    });
    expect(p.establishment?.name).toBe("Hộ kinh doanh Mây tre Thôn Đông");
  });

  it("the downloadable template reads back with its sheets; empty, it is refused with a message", async () => {
    const buf = await buildImportTemplate(staff);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Hướng dẫn", "Cơ sở", "Đề án", "Danh mục"]);
    const codes: string[] = [];
    wb.getWorksheet("Danh mục")?.eachRow((r) => codes.push(String(r.getCell(2).value)));
    expect(codes).toContain("25-YEN-LAC");
    expect(codes).toContain("26-BINH-XUYEN");
    const report = await importWorkbook(staff, {
      name: "mau.xlsx",
      bytes: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer,
    });
    expect(report.ok).toBe(false);
    expect(report.issues[0]?.message).toContain("chưa có dòng dữ liệu");
  });
});
