import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboard/queries";
import { filtersToQuery, parseFilters } from "@/lib/dashboard/filters";
import { achievementChart, breakdownChart, budgetChart } from "@/lib/dashboard/chart-data";
import { Card, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { IndicatorTable } from "@/components/dashboard/indicator-table";
import { BudgetTable } from "@/components/dashboard/budget-table";
import { BreakdownTable } from "@/components/dashboard/breakdown-table";
import { CommuneResults } from "@/components/dashboard/commune-results";
import { ExportLinks } from "@/components/dashboard/export-links";
import { SimpleBarChart } from "@/components/charts/bar-chart";
import { FundsByActivity } from "@/components/dashboard/funds-by-activity";

export const metadata: Metadata = { title: "Bảng điều khiển" };

const BASE = "/lanh-dao/bang-dieu-khien";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("dashboard.view");
  const filters = parseFilters(await searchParams);
  const d = await getDashboard(actor, filters);
  const drill = (o: Parameters<typeof filtersToQuery>[1]) => `${BASE}/chi-tiet?${filtersToQuery(filters, o)}`;
  const main = d.indicators.filter((r) => r.target || r.actual.hasData);
  const previousOnly = d.indicators.filter((r) => !r.target && !r.actual.hasData);
  const withTarget = main.filter((r) => r.target);
  return (
    <>
      <PageHeader
        title="Bảng điều khiển khuyến công"
        subtitle={`${d.scopeLabel} · giai đoạn ${d.period.label}${filters.year ? ` · năm ${filters.year}` : ""} · đã qua ${d.period.elapsedDisplay} thời gian`}
        actions={<ExportLinks query={filtersToQuery(filters)} />}
      />
      <FilterBar data={d} filters={filters} action={BASE} />
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Chỉ tiêu có mục tiêu" value={withTarget.length} hint={`${withTarget.filter((r) => r.status === "ACHIEVED").length} đã đạt`} />
        <Stat label="Kinh phí cam kết" value={d.budget.total.display.committed} hint={`${d.budget.total.count} đề án`} />
        <Stat label="Giải ngân / cam kết" value={d.budget.total.disbursementRate} hint={d.budget.total.display.disbursed} />
        <Stat label="Hệ số vốn đối ứng" value={d.budget.total.leverage} hint={d.budget.total.display.counterpart} />
      </div>

      <Card title="Mục tiêu và kết quả thực hiện" className="mb-6">
        {(filters.category || filters.commune) && <p className="mb-2 text-sm text-amber-800">Mục tiêu là của cả địa bàn; số thực hiện chỉ gồm phần thuộc bộ lọc đã chọn.</p>}
        {main.length ? (
          <IndicatorTable rows={main} year={filters.year} previousLabel={d.previousPeriod?.label ?? null} drillHref={(code) => drill({ chitieu: code })} />
        ) : <EmptyState title="Chưa có mục tiêu hay kết quả cho giai đoạn này" hint="Chọn giai đoạn khác, hoặc nhập mục tiêu và kết quả ở mục Kết quả." />}
        {withTarget.length > 0 && (
          <div className="mt-4"><SimpleBarChart ariaLabel="Tỷ lệ đạt so với tiến độ thời gian" unit="%" data={achievementChart(withTarget, d.period.elapsedBp)}
            series={[{ key: "percent", label: "Tỷ lệ đạt (%)", color: "#1d4ed8" }, { key: "expected", label: "Thời gian đã qua (%)", color: "#94a3b8" }]} /></div>
        )}
      </Card>

      {previousOnly.length > 0 && d.previousPeriod && (
        <Card title={`Kết quả giai đoạn trước (${d.previousPeriod.label})`} className="mb-6">
          <IndicatorTable rows={previousOnly} year={null} previousLabel={d.previousPeriod.label}
            drillHref={(code) => `${BASE}/chi-tiet?${filtersToQuery({ ...filters, startYear: d.previousPeriod!.startYear, endYear: d.previousPeriod!.endYear, year: null }, { chitieu: code })}`} />
        </Card>
      )}

      <Card title="Thực hiện kinh phí theo năm và nguồn" className="mb-6">
        {d.budget.rows.length ? (
          <>
            {!d.budget.plannedApplies && <p className="mb-2 text-sm text-amber-800">Dự toán được giao theo cơ quan, năm và nguồn nên không tách được theo nội dung hoặc địa bàn.</p>}
            <BudgetTable rows={d.budget.rows} total={d.budget.total} drillHref={(year, fund) => drill({ nam: year ? String(year) : null, nguon: fund })} />
            <div className="mt-4"><SimpleBarChart ariaLabel="Kinh phí theo năm (tỷ đồng)" unit="tỷ đồng" data={budgetChart(d.budget.rows)}
              series={[{ key: "planned", label: "Dự toán", color: "#94a3b8" }, { key: "committed", label: "Cam kết", color: "#1d4ed8" }, { key: "disbursed", label: "Giải ngân", color: "#0f766e" }, { key: "settled", label: "Quyết toán", color: "#a16207" }]} /></div>
          </>
        ) : <EmptyState title="Chưa có đề án được phê duyệt trong phạm vi lọc" hint="Đề án được tính từ khi kế hoạch được phê duyệt." />}
      </Card>

      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card title="Theo nội dung hoạt động">
          {d.categories.length ? <><BreakdownTable testId="category" rows={d.categories} firstHead="Nội dung" drillHref={(k) => drill({ noidung: k })} />
            <div className="mt-4"><SimpleBarChart layout="vertical" ariaLabel="Kinh phí cam kết theo nội dung (tỷ đồng)" unit="tỷ đồng" data={breakdownChart(d.categories)} series={[{ key: "committed", label: "Cam kết (tỷ đồng)", color: "#1d4ed8" }]} /></div></>
            : <EmptyState title="Chưa có số liệu" />}
        </Card>
        <Card title="Theo địa bàn (xã, phường)">
          {d.communes.length ? <><BreakdownTable testId="commune" rows={d.communes} firstHead="Địa bàn" drillHref={(k) => drill({ xa: k ?? "none" })} />
            <div className="mt-4"><SimpleBarChart layout="vertical" ariaLabel="Kinh phí cam kết theo địa bàn (tỷ đồng)" unit="tỷ đồng" data={breakdownChart(d.communes)} series={[{ key: "committed", label: "Cam kết (tỷ đồng)", color: "#0f766e" }]} /></div></>
            : <EmptyState title="Chưa có số liệu" />}
          <CommuneResults rows={d.communeResults} />
        </Card>
      </div>

      {(d.fundsByActivity.current || d.fundsByActivity.previous) && (
        <Card title="Kinh phí theo nội dung (số liệu công bố)" className="mb-6">
          <div className="grid gap-6 lg:grid-cols-2">
            {d.fundsByActivity.current && <FundsByActivity data={d.fundsByActivity.current} />}
            {d.fundsByActivity.previous && <FundsByActivity data={d.fundsByActivity.previous} />}
          </div>
        </Card>
      )}

      <Card title="Sản phẩm công nghiệp nông thôn tiêu biểu" className="mb-6">
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {d.products.map((p) => <li key={p.level}><Stat label={p.label} value={p.total} hint={`${p.valid} chứng nhận còn hiệu lực`} /></li>)}
        </ul>
        <p className="mt-2 text-xs text-slate-500">Sản phẩm được công nhận trong giai đoạn; giấy chứng nhận có giá trị đến 31/12 năm thứ ba (TT 26/2014/TT-BCT).</p>
      </Card>
      <p className="text-xs text-slate-500">Số liệu tính đến ngày {d.asOf.split("-").reverse().join("/")}. Chỉ các kết quả đã được lãnh đạo duyệt được tính.</p>
    </>
  );
}
