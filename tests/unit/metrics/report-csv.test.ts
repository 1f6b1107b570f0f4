import { describe, expect, it } from "vitest";
import { isoToVn, toCsvReport } from "@/lib/reports/csv";
import type { ReportTable } from "@/lib/reports/table";

// Issue 12 item 8: the CSV export carries the whole report (title, as-of date, money tables), dates DD/MM/YYYY.
describe("CSV report", () => {
  it("writes the title, the date and every table in order", () => {
    const a: ReportTable = {
      sheet: "Chỉ tiêu",
      title: "Mục tiêu và kết quả",
      columns: [{ header: "Mã", kind: "text" }],
      rows: [["LD_DAO_TAO"]],
    };
    const b: ReportTable = {
      sheet: "Kinh phí",
      title: "Thực hiện kinh phí",
      note: "Đơn vị: đồng.",
      columns: [{ header: "Cam kết", kind: "money" }],
      rows: [[2_170_000_000]],
    };
    const csv = toCsvReport([a, b], {
      title: "Báo cáo 6 tháng",
      subtitle: `số liệu đến ngày ${isoToVn("2026-06-30")}`,
    });
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Báo cáo 6 tháng");
    expect(lines[1]).toBe("số liệu đến ngày 30/06/2026");
    expect(lines.indexOf("Thực hiện kinh phí")).toBeGreaterThan(lines.indexOf("Mục tiêu và kết quả"));
    expect(lines).toContain("2170000000");
  });
});
