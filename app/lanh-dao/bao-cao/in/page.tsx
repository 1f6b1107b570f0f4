import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { getDashboard } from "@/lib/dashboard/queries";
import { dashboardTables } from "@/lib/reports/dashboard-tables";
import { reportSpec } from "@/lib/reports/periodic";
import { ReportTables } from "@/components/reports/report-tables";
import { PrintButton } from "@/components/reports/print-button";
import { translator } from "@/lib/i18n/messages";
import { withMessages } from "@/components/i18n/with-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.baoCao.in.page")("reportPrintView") };
}

/**
 * Print view of a periodic report, or of the dashboard as filtered (no `loai`): print or save as PDF.
 * The printed report is Vietnamese whatever the locale; only the buttons above it follow the locale.
 */
async function PrintPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("dashboard.view");
  const spec = reportSpec(await searchParams);
  const d = await getDashboard(actor, spec.filters, { asOf: spec.asOf, cutoff: spec.kind ? spec.asOf : undefined });
  const locale = await getLocale();
  const back = spec.kind ? `/lanh-dao/bao-cao?${spec.query}` : `/lanh-dao/bang-dieu-khien?${spec.query}`;
  return (
    <article className="mx-auto max-w-5xl bg-white p-4 print:p-0">
      <div className="no-print mb-4 flex flex-wrap gap-3">
        <PrintButton locale={locale} />
        <Link href={back} className="self-center text-brand-700 underline">
          {translator(locale, "app.lanhDao.baoCao.in.page")("back")}
        </Link>
      </div>
      <header className="mb-6 text-center">
        <p className="text-sm font-semibold uppercase">{d.scopeLabel}</p>
        <h1 className="mt-2 text-xl font-bold uppercase">{spec.title}</h1>
        <p className="mt-1 text-sm">
          Số liệu đến ngày {d.asOf.split("-").reverse().join("/")}
          {spec.basis ? ` · Căn cứ: ${spec.basis}` : ""}
        </p>
        {spec.note && <p className="mt-1 text-xs italic">{spec.note}</p>}
      </header>
      <ReportTables tables={dashboardTables(d)} />
      <p className="mt-6 text-xs text-slate-600">
        Chỉ các kết quả đã được lãnh đạo duyệt được tính. Nguồn số liệu ghi trong từng dòng chỉ tiêu.
      </p>
    </article>
  );
}

export default withMessages(PrintPage, ["components.reports.printButton"]);
