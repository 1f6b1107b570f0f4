import type { NextRequest } from "next/server";
import { serviceIndexWorkbookTables } from "@/lib/service-index/export";
import { parseIndexParams } from "@/lib/service-index/params";
import { buildWorkbook } from "@/lib/reports/xlsx";
import { attachment, withActor, XLSX_TYPE } from "@/lib/reports/http";

// GET /lanh-dao/chi-so-phuc-vu/chi-so-phuc-vu.xlsx?thang=YYYY-MM[&coQuan=<id>][&minhHoa=1] — the page's view as a workbook.
export async function GET(req: NextRequest): Promise<Response> {
  return withActor("dashboard.view", async (actor) => {
    const p = parseIndexParams(req.nextUrl.searchParams);
    const { tables, illustrative, title } = await serviceIndexWorkbookTables(actor, p);
    const buf = await buildWorkbook(tables, {
      title,
      subtitle: `${title}${illustrative ? " · GỒM SỐ LIỆU MINH HỌA" : ""}`,
    });
    return attachment(new Uint8Array(buf), XLSX_TYPE, `chi-so-phuc-vu-${p.month}.xlsx`);
  });
}
