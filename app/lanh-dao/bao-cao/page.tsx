import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDashboard } from "@/lib/dashboard/queries";
import { dashboardTables } from "@/lib/reports/dashboard-tables";
import { REPORT_KINDS, reportSpec } from "@/lib/reports/periodic";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/forms/field";
import { ReportTables } from "@/components/reports/report-tables";

export const metadata: Metadata = { title: "Báo cáo định kỳ" };

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("dashboard.view");
  const params = await searchParams;
  const spec = reportSpec({ loai: "6-thang", ...params });
  const d = await getDashboard(actor, spec.filters, { asOf: spec.asOf });
  const tables = dashboardTables(d);
  const exportable = can(actor.role, "reports.export");
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2013 }, (_, i) => String(thisYear - i));
  return (
    <>
      <PageHeader title="Báo cáo định kỳ" subtitle="Báo cáo 6 tháng, năm và tổng kết giai đoạn; số liệu giống bảng điều khiển tại ngày chốt báo cáo." />
      <form method="get" className="no-print mb-6 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4" aria-label="Chọn báo cáo">
        <div><label htmlFor="r-loai" className="block text-sm font-semibold">Loại báo cáo</label>
          <select id="r-loai" name="loai" defaultValue={spec.kind ?? "6-thang"} className={inputClass}>
            {Object.entries(REPORT_KINDS).map(([k, v]) => <option key={k} value={k}>{v.label}</option>)}
          </select></div>
        <div><label htmlFor="r-nam" className="block text-sm font-semibold">Năm (báo cáo 6 tháng, năm)</label>
          <select id="r-nam" name="nam" defaultValue={String(spec.filters.year ?? thisYear)} className={inputClass}>{years.map((y) => <option key={y} value={y}>{y}</option>)}</select></div>
        <div><label htmlFor="r-ky" className="block text-sm font-semibold">Giai đoạn (báo cáo tổng kết)</label>
          <select id="r-ky" name="ky" defaultValue={`${spec.filters.startYear}-${spec.filters.endYear}`} className={inputClass}>
            {d.periods.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
          </select></div>
        <div className="flex items-end"><button type="submit" className={buttonClass("primary")}>Xem báo cáo</button></div>
      </form>
      <Card title={spec.title} actions={exportable ? (
        <div className="no-print flex flex-wrap gap-2">
          <a className={buttonClass("secondary")} href={`/api/export/bao-cao?format=xlsx&${spec.query}`} download>Xuất Excel</a>
          <a className={buttonClass("ghost")} href={`/lanh-dao/bao-cao/in?${spec.query}`}>Bản in / PDF</a>
        </div>
      ) : undefined}>
        <p className="mb-4 text-sm text-slate-600" data-testid="report-meta">{d.scopeLabel} · số liệu đến ngày {d.asOf.split("-").reverse().join("/")}{spec.basis ? ` · Căn cứ: ${spec.basis}` : ""}</p>
        {spec.note && <p className="mb-4 text-sm text-amber-800">{spec.note}</p>}
        <ReportTables tables={tables} csvHref={exportable ? (i) => `/api/export/bao-cao?format=csv&bang=${i}&${spec.query}` : undefined} />
      </Card>
    </>
  );
}
