import type { NextRequest } from "next/server";
import { getDashboard } from "@/lib/dashboard/queries";
import { parseFilters } from "@/lib/dashboard/filters";
import { dashboardTables } from "@/lib/reports/dashboard-tables";
import { buildWorkbook } from "@/lib/reports/xlsx";
import { isoToVn, toCsv, toCsvReport } from "@/lib/reports/csv";
import { attachment, withActor, XLSX_TYPE } from "@/lib/reports/http";

// GET /api/export/dashboard?format=xlsx|csv[&bang=<one table's index>]&<dashboard filters>; CSV without
// `bang` carries the whole report (title, date, every table).
export async function GET(req: NextRequest): Promise<Response> {
  return withActor("reports.export", async (actor) => {
    const params = req.nextUrl.searchParams;
    const filters = parseFilters(params);
    const d = await getDashboard(actor, filters);
    const tables = dashboardTables(d);
    const stem = `bang-dieu-khien-khuyen-cong-${d.period.startYear}-${d.period.endYear}${filters.year ? `-nam-${filters.year}` : ""}`;
    const meta = {
      title: "Bảng điều khiển khuyến công",
      subtitle: `${d.scopeLabel} · giai đoạn ${d.period.label} · số liệu đến ngày ${isoToVn(d.asOf)}${d.illustrative ? " · GỒM SỐ LIỆU MINH HỌA" : ""}`,
    };
    if (params.get("format") === "csv") {
      const delimiter = params.get("phancach") === "champhay" ? ";" : ",";
      if (!params.get("bang"))
        return attachment(toCsvReport(tables, meta, delimiter), "text/csv; charset=utf-8", `${stem}.csv`);
      const index = Math.min(Math.max(Number(params.get("bang")) || 0, 0), tables.length - 1);
      return attachment(
        toCsv(tables[index] ?? tables[0]!, delimiter),
        "text/csv; charset=utf-8",
        `${stem}-${index + 1}.csv`,
      );
    }
    const buf = await buildWorkbook(tables, meta);
    return attachment(new Uint8Array(buf), XLSX_TYPE, `${stem}.xlsx`);
  });
}
