import type { NextRequest } from "next/server";
import { getDashboard } from "@/lib/dashboard/queries";
import { dashboardTables } from "@/lib/reports/dashboard-tables";
import { reportSpec } from "@/lib/reports/periodic";
import { isoToVn } from "@/lib/reports/csv";
import { attachment, withActor } from "@/lib/reports/http";
import { renderReportPdf } from "@/lib/reports/pdf";
import { toSearchText } from "@/lib/text";

// "Tải PDF" of a periodic report (issue 16): the same report as the page and the Excel export (?loai=&nam=&ky=),
// laid out as Decree 30 writes a report, with the embedded Vietnamese font.
export async function GET(req: NextRequest): Promise<Response> {
  return withActor("reports.export", async (actor) => {
    const spec = reportSpec(req.nextUrl.searchParams);
    const d = await getDashboard(actor, spec.filters, { asOf: spec.asOf, cutoff: spec.kind ? spec.asOf : undefined });
    const pdf = await renderReportPdf(
      actor,
      spec,
      { scope: d.scopeLabel, cutoff: isoToVn(d.cutoff ?? d.asOf), illustrative: d.illustrative },
      dashboardTables(d),
    );
    return attachment(
      new Uint8Array(pdf),
      "application/pdf",
      `${toSearchText(spec.title).replace(/[^a-z0-9]+/g, "-")}.pdf`,
    );
  });
}
