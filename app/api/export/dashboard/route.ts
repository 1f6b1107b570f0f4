import type { NextRequest } from "next/server";
import { getDashboard } from "@/lib/dashboard/queries";
import { parseFilters } from "@/lib/dashboard/filters";
import { dashboardTables } from "@/lib/reports/dashboard-tables";
import { buildWorkbook } from "@/lib/reports/xlsx";
import { toCsv } from "@/lib/reports/csv";
import { attachment, withActor, XLSX_TYPE } from "@/lib/reports/http";

// GET /api/export/dashboard?format=xlsx|csv&bang=<sheet index for csv>&<dashboard filters>
export async function GET(req: NextRequest): Promise<Response> {
  return withActor("reports.export", async (actor) => {
    const params = req.nextUrl.searchParams;
    const filters = parseFilters(params);
    const d = await getDashboard(actor, filters);
    const tables = dashboardTables(d);
    const stem = `bang-dieu-khien-khuyen-cong-${d.period.startYear}-${d.period.endYear}${filters.year ? `-nam-${filters.year}` : ""}`;
    if (params.get("format") === "csv") {
      const index = Math.min(Math.max(Number(params.get("bang") ?? 0) || 0, 0), tables.length - 1);
      const table = tables[index] ?? tables[0]!;
      return attachment(toCsv(table, params.get("phancach") === "champhay" ? ";" : ","), "text/csv; charset=utf-8", `${stem}-${index + 1}.csv`);
    }
    const buf = await buildWorkbook(tables, { title: "Bảng điều khiển khuyến công", subtitle: `${d.scopeLabel} · giai đoạn ${d.period.label} · số liệu đến ${d.asOf}` });
    return attachment(new Uint8Array(buf), XLSX_TYPE, `${stem}.xlsx`);
  });
}
