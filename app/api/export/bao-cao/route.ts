import type { NextRequest } from "next/server";
import { getDashboard } from "@/lib/dashboard/queries";
import { dashboardTables } from "@/lib/reports/dashboard-tables";
import { reportSpec } from "@/lib/reports/periodic";
import { buildWorkbook } from "@/lib/reports/xlsx";
import { isoToVn, toCsv, toCsvReport } from "@/lib/reports/csv";
import { attachment, withActor, XLSX_TYPE } from "@/lib/reports/http";
import { toSearchText } from "@/lib/text";

// GET /api/export/bao-cao?loai=6-thang|nam|giai-doan&nam=&ky=&format=xlsx|csv&bang=<table index for csv>
export async function GET(req: NextRequest): Promise<Response> {
  return withActor("reports.export", async (actor) => {
    const params = req.nextUrl.searchParams;
    const spec = reportSpec(params);
    const d = await getDashboard(actor, spec.filters, { asOf: spec.asOf, cutoff: spec.kind ? spec.asOf : undefined });
    const tables = dashboardTables(d);
    const stem = toSearchText(spec.title).replace(/[^a-z0-9]+/g, "-");
    const meta = {
      title: spec.title,
      subtitle: `${d.scopeLabel} · số liệu đến ngày ${isoToVn(d.cutoff ?? d.asOf)}${d.illustrative ? " · GỒM SỐ LIỆU MINH HỌA" : ""}`,
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
