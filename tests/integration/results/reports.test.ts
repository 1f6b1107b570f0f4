import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getDashboard } from "@/lib/dashboard/queries";
import { parseFilters } from "@/lib/dashboard/filters";
import { listDrillProposals } from "@/lib/dashboard/drilldown-query";
import { listProvinceTotals } from "@/lib/dashboard/national-query";
import { dashboardTables } from "@/lib/reports/dashboard-tables";
import { reportSpec } from "@/lib/reports/periodic";
import { buildWorkbook } from "@/lib/reports/xlsx";
import { renderReportPdf } from "@/lib/reports/pdf";
import { pdffonts, pdftotext, writeTemp } from "@/tests/helpers/pdf-tools";
import { TRIEU } from "@/lib/money";
import { createPgliteTestDb } from "@/tests/helpers/test-db";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";

// A periodic report is the dashboard at the report's cut-off: its totals must be the dashboard's totals
// and the sums of the đề án behind them, in the xlsx as on screen.
let db: PrismaClient;
let close: () => Promise<void>;
let leader: Actor;
const today = new Date(Date.UTC(2026, 2, 1));

beforeAll(async () => {
  ({ prisma: db, close } = await createPgliteTestDb());
  await seedFixtures(db);
  setDbForTesting(db);
  leader = await actorFor(db, "lanhdao@demo.vn");
});
afterAll(async () => {
  setDbForTesting(undefined);
  await close?.();
});

async function sheetRows(tables: ReturnType<typeof dashboardTables>, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  const buf = await buildWorkbook(tables, { title: "t", subtitle: "s" });
  await wb.xlsx.load(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)?.eachRow((row, i) => {
    if (i > 4) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe("periodic reports", () => {
  it("the annual report as a PDF: Decree 30 heading, title, basis, the tables' figures, embedded fonts (issue 16)", async () => {
    const spec = reportSpec({ loai: "nam", nam: "2022", minhHoa: "1" }, today);
    const report = await getDashboard(leader, spec.filters, { asOf: spec.asOf });
    const pdf = await renderReportPdf(
      leader,
      spec,
      { scope: report.scopeLabel, cutoff: "31/12/2022", illustrative: true },
      dashboardTables(report),
      today,
    );
    const file = writeTemp(pdf, "bao-cao-nam-2022.pdf");
    const text = pdftotext(file).replace(/\s+/g, " ");
    for (const s of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "UBND TỈNH PHÚ THỌ",
      "SỞ CÔNG THƯƠNG",
      "BÁO CÁO",
      "hoạt động khuyến công năm 2022",
      "Căn cứ: Điều 21.5 Thông tư 36/2013/TT-BCT",
      "GỒM SỐ LIỆU MINH HỌA",
      "Thực hiện kinh phí giai đoạn 2021–2025",
      "2.170.000.000",
    ]) {
      expect(text).toContain(s);
    }
    const fonts = pdffonts(file)
      .split("\n")
      .slice(2)
      .filter((l) => l.trim());
    expect(fonts.length).toBeGreaterThanOrEqual(1);
    for (const f of fonts) expect(f).toMatch(/DejaVuSerif.*yes\s+(yes|no)\s+yes/);
  });

  it("the annual report 2022 totals equal the dashboard filtered to 2022 and the đề án behind it", async () => {
    // The four 2022 amounts are illustrative: the official report leaves them out, the viewer may include them.
    const official = await getDashboard(leader, reportSpec({ loai: "nam", nam: "2022" }, today).filters, {
      asOf: today,
    });
    expect(official.budget.total.committed).toBe("0");
    const spec = reportSpec({ loai: "nam", nam: "2022", minhHoa: "1" }, today);
    expect(spec.filters).toMatchObject({ startYear: 2021, endYear: 2025, year: 2022, illustrative: true });
    expect(spec.title).toBe("Báo cáo kết quả hoạt động khuyến công năm 2022");
    const report = await getDashboard(leader, spec.filters, { asOf: spec.asOf });
    const dash = await getDashboard(leader, parseFilters({ nam: "2022", minhHoa: "1" }), { asOf: spec.asOf });
    expect(report.budget.total).toEqual(dash.budget.total);
    const drill = await listDrillProposals(leader, parseFilters({ nam: "2022", minhHoa: "1" }));
    const committed = drill.rows.reduce((s, r) => s + BigInt(r.committed), 0n);
    expect(report.budget.total.committed).toBe(committed.toString());
    expect(committed).toBe(2_170n * TRIEU); // the four 2022 KCQG đề án of Vĩnh Phúc (domain §8.3)
    const budget = await sheetRows(dashboardTables(report), "Kinh phí");
    const total = budget.find((r) => r[0] === "Tổng cộng");
    expect(total?.[4]).toBe(Number(committed));
  });

  it("the end-of-period report shows the 2014–2020 funds with the 1,883 triệu not itemised on its own line", async () => {
    const spec = reportSpec({ loai: "giai-doan", ky: "2021-2025" }, today);
    const d = await getDashboard(leader, spec.filters, { asOf: spec.asOf });
    const prev = d.fundsByActivity.previous;
    expect(prev?.label).toBe("2014–2020");
    expect(prev?.total?.value).toBe((27_872n * TRIEU).toString());
    expect(prev?.itemised.value).toBe((25_989n * TRIEU).toString());
    expect(prev?.unallocated?.value).toBe((1_883n * TRIEU).toString());
    const lines = await sheetRows(dashboardTables(d), "Kinh phí theo nội dung");
    expect(lines.find((r) => String(r[1]).startsWith("Chưa phân bổ"))?.[2]).toBe(1_883_000_000);
    const indicators = await sheetRows(dashboardTables(d), "Chỉ tiêu");
    expect(indicators.find((r) => r[0] === "LD_DAO_TAO")?.[3]).toBe(350);
  });

  it("the 6-month report is cut at 30 June of its year", async () => {
    const spec = reportSpec({ loai: "6-thang", nam: "2024" }, today);
    expect(spec.asOf?.toISOString().slice(0, 10)).toBe("2024-06-30");
    const d = await getDashboard(leader, spec.filters, { asOf: spec.asOf });
    expect(d.asOf).toBe("2024-06-30");
  });

  it("the ministry's national totals per province equal each province's dashboard", async () => {
    const ministry = await actorFor(db, "bo@demo.vn");
    const national = await listProvinceTotals(ministry, { startYear: 2021, endYear: 2025 });
    const phuTho = national.rows.find((r) => r.code === "25");
    const dash = await getDashboard(ministry, parseFilters({ tinh: "25" }), { asOf: today });
    expect(phuTho?.committed).toBe(dash.budget.total.committed);
    expect(phuTho?.count).toBe(dash.budget.total.count);
    expect(national.rows.some((r) => r.code === "26")).toBe(false); // Vĩnh Phúc is counted under Phú Thọ
  });
});
