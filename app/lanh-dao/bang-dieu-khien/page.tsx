import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/locale";
import { getDashboard } from "@/lib/dashboard/queries";
import { filtersToQuery, parseFilters } from "@/lib/dashboard/filters";
import { achievementChart, breakdownChart, budgetChart } from "@/lib/dashboard/chart-data";
import { Suspense } from "react";
import { OwnerGroupsSection } from "@/components/dashboard/owner-groups-section";
import { Card, EmptyState, PageHeader, Stat } from "@/components/ui/card";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { IndicatorTable } from "@/components/dashboard/indicator-table";
import { BudgetTable } from "@/components/dashboard/budget-table";
import { BreakdownTable } from "@/components/dashboard/breakdown-table";
import { CommuneResults } from "@/components/dashboard/commune-results";
import { ExportLinks } from "@/components/dashboard/export-links";
import { SimpleBarChart } from "@/components/charts/bar-chart";
import { FundsByActivity } from "@/components/dashboard/funds-by-activity";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getLocale()) === "vi" ? "Bảng điều khiển" : "Dashboard" };
}

const BASE = "/lanh-dao/bang-dieu-khien";

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("dashboard.view");
  const filters = parseFilters(await searchParams);
  const d = await getDashboard(actor, filters, { owners: false });
  const locale = await getLocale();
  const t = (vi: string, en: string) => (locale === "vi" ? vi : en);
  const drill = (o: Parameters<typeof filtersToQuery>[1]) => `${BASE}/chi-tiet?${filtersToQuery(filters, o)}`;
  // A national row without a national total still has its provinces' series: it belongs with the period's figures.
  const current = (r: (typeof d.indicators)[number]) => Boolean(r.target || r.actual.hasData || r.series?.length);
  const main = d.indicators.filter(current);
  const previousOnly = d.indicators.filter((r) => !current(r));
  const withTarget = main.filter((r) => r.target);
  const byProvince = d.areaLevel === "province";
  return (
    <>
      <PageHeader
        title={t("Bảng điều khiển khuyến công", "Industrial extension dashboard")}
        subtitle={
          locale === "vi"
            ? `${d.scopeLabel} · giai đoạn ${d.period.label}${filters.year ? ` · năm ${filters.year}` : ""} · đã qua ${d.period.elapsedDisplay} thời gian`
            : `${d.scopeLabel} · period ${d.period.label}${filters.year ? ` · year ${filters.year}` : ""} · ${d.period.elapsedDisplay} of the time elapsed`
        }
        actions={<ExportLinks query={filtersToQuery(filters)} locale={locale} />}
      />
      <FilterBar data={d} filters={filters} action={BASE} locale={locale} />
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat
          label={t("Chỉ tiêu có mục tiêu", "Indicators with a target")}
          value={withTarget.length}
          hint={`${withTarget.filter((r) => r.status === "ACHIEVED").length} ${t("đã đạt", "achieved")}`}
        />
        <Stat
          label={t("Kinh phí cam kết", "Funds committed")}
          value={d.budget.total.display.committed}
          hint={`${d.budget.total.count} ${t("đề án", "proposals")}`}
        />
        <Stat
          label={t("Giải ngân / cam kết", "Disbursed / committed")}
          value={d.budget.total.disbursementRate}
          hint={d.budget.total.display.disbursed}
        />
        <Stat
          label={t("Hệ số vốn đối ứng theo kế hoạch", "Planned counterpart ratio")}
          value={d.budget.total.leverage}
          hint={`${t("Đã chứng minh khi quyết toán:", "Documented at settlement:")} ${d.budget.total.leverageDocumented}`}
        />
      </div>
      <p className="-mt-3 mb-6 text-sm text-slate-700" data-testid="illustrative-toggle">
        {filters.illustrative ? (
          <>
            {t(
              "Đang gồm cả đề án có số tiền minh họa (không phải số liệu công bố).",
              "Including projects with illustrative amounts (not published figures).",
            )}{" "}
            <Link className="text-brand-700 underline" href={`${BASE}?${filtersToQuery(filters, { minhHoa: null })}`}>
              {t("Chỉ xem số liệu chính thức", "Official figures only")}
            </Link>
          </>
        ) : (
          <>
            {t(
              "Số liệu chính thức: không gồm đề án có số tiền minh họa.",
              "Official figures: projects with illustrative amounts are left out.",
            )}{" "}
            <Link className="text-brand-700 underline" href={`${BASE}?${filtersToQuery(filters, { minhHoa: "1" })}`}>
              {t("Xem cả số liệu minh họa", "Include illustrative figures")}
            </Link>
          </>
        )}
      </p>

      <Card title={t("Mục tiêu và kết quả thực hiện", "Targets and results")} className="mb-6">
        {(filters.category || filters.commune) && (
          <p className="mb-2 text-sm text-amber-800">
            {t(
              "Mục tiêu là của cả địa bàn; số thực hiện chỉ gồm phần thuộc bộ lọc đã chọn.",
              "Targets cover the whole area; actuals include only what matches the selected filters.",
            )}
          </p>
        )}
        {main.length ? (
          <IndicatorTable
            rows={main}
            locale={locale}
            year={filters.year}
            previousLabel={d.previousPeriod?.label ?? null}
            drillHref={(code) => drill({ chitieu: code })}
          />
        ) : (
          <EmptyState
            title={t("Chưa có mục tiêu hay kết quả cho giai đoạn này", "No targets or results for this period yet")}
            hint={t(
              "Chọn giai đoạn khác, hoặc nhập mục tiêu và kết quả ở mục Kết quả.",
              "Choose another period, or enter targets and results under Results.",
            )}
          />
        )}
        {withTarget.length > 0 && (
          <div className="mt-4">
            <SimpleBarChart
              ariaLabel={t("Tỷ lệ đạt so với tiến độ thời gian", "Achievement against time elapsed")}
              unit="%"
              data={achievementChart(withTarget, d.period.elapsedBp)}
              empty={{
                text: t(
                  "Tỷ lệ đạt so với thời gian đã qua: chưa có số liệu kết quả cho các chỉ tiêu có mục tiêu.",
                  "Achievement against time elapsed: no results recorded yet for the indicators with a target.",
                ),
                href: "/lanh-dao/ket-qua/moi",
                linkLabel: t("Nhập kết quả thực hiện", "Enter results"),
              }}
              series={[
                { key: "percent", label: t("Tỷ lệ đạt (%)", "Achievement (%)"), color: "#1d4ed8" },
                { key: "expected", label: t("Thời gian đã qua (%)", "Time elapsed (%)"), color: "#94a3b8" },
              ]}
            />
          </div>
        )}
      </Card>

      {previousOnly.length > 0 && d.previousPeriod && (
        <Card
          title={`${t("Kết quả giai đoạn trước", "Previous period results")} (${d.previousPeriod.label})`}
          className="mb-6"
        >
          <IndicatorTable
            rows={previousOnly}
            locale={locale}
            year={null}
            previousLabel={d.previousPeriod.label}
            drillHref={(code) =>
              `${BASE}/chi-tiet?${filtersToQuery({ ...filters, startYear: d.previousPeriod!.startYear, endYear: d.previousPeriod!.endYear, year: null }, { chitieu: code })}`
            }
          />
        </Card>
      )}

      <Card title={t("Thực hiện kinh phí theo năm và nguồn", "Budget execution by year and fund")} className="mb-6">
        {d.budget.rows.length ? (
          <>
            {!d.budget.plannedApplies && (
              <p className="mb-2 text-sm text-amber-800">
                {t(
                  "Dự toán được giao theo cơ quan, năm và nguồn nên không tách được theo nội dung hoặc địa bàn.",
                  "Budgets are allocated per agency, year and fund, so they cannot be split by activity or area.",
                )}
              </p>
            )}
            <BudgetTable
              locale={locale}
              rows={d.budget.rows}
              total={d.budget.total}
              drillHref={(year, fund) => drill({ nam: year ? String(year) : null, nguon: fund })}
            />
            <div className="mt-4">
              <SimpleBarChart
                ariaLabel={t("Kinh phí theo năm (tỷ đồng)", "Funds by year (billion VND)")}
                unit={t("tỷ đồng", "billion VND")}
                data={budgetChart(d.budget.rows)}
                series={[
                  { key: "planned", label: t("Dự toán", "Budget"), color: "#94a3b8" },
                  { key: "committed", label: t("Cam kết", "Committed"), color: "#1d4ed8" },
                  { key: "disbursed", label: t("Giải ngân", "Disbursed"), color: "#0f766e" },
                  { key: "settled", label: t("Quyết toán", "Settled"), color: "#a16207" },
                ]}
              />
            </div>
          </>
        ) : (
          <EmptyState
            title={t("Chưa có đề án được phê duyệt trong phạm vi lọc", "No approved proposals within the filters")}
            hint={t(
              "Đề án được tính từ khi kế hoạch được phê duyệt.",
              "Proposals count from when the plan is approved.",
            )}
          />
        )}
      </Card>

      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card title={t("Theo nội dung hoạt động", "By activity")}>
          {d.categories.length ? (
            <>
              <BreakdownTable
                locale={locale}
                testId="category"
                rows={d.categories}
                firstHead={t("Nội dung", "Activity")}
                drillHref={(k) => drill({ noidung: k })}
              />
              <div className="mt-4">
                <SimpleBarChart
                  layout="vertical"
                  ariaLabel={t("Kinh phí cam kết theo nội dung (tỷ đồng)", "Funds committed by activity (billion VND)")}
                  unit={t("tỷ đồng", "billion VND")}
                  data={breakdownChart(d.categories)}
                  series={[
                    { key: "committed", label: t("Cam kết (tỷ đồng)", "Committed (billion VND)"), color: "#1d4ed8" },
                  ]}
                />
              </div>
            </>
          ) : (
            <EmptyState title={t("Chưa có số liệu", "No data yet")} />
          )}
        </Card>
        <Card
          title={
            byProvince
              ? t("Theo tỉnh, thành phố", "By province")
              : t("Theo địa bàn (xã, phường)", "By area (commune, ward)")
          }
        >
          {d.communes.length ? (
            <>
              <BreakdownTable
                locale={locale}
                testId="commune"
                rows={d.communes}
                firstHead={byProvince ? t("Tỉnh, thành phố", "Province") : t("Địa bàn", "Area")}
                drillHref={(k) =>
                  byProvince ? `${BASE}?${filtersToQuery(filters, { tinh: k })}` : drill({ xa: k ?? "none" })
                }
              />
              <div className="mt-4">
                <SimpleBarChart
                  layout="vertical"
                  ariaLabel={t("Kinh phí cam kết theo địa bàn (tỷ đồng)", "Funds committed by area (billion VND)")}
                  unit={t("tỷ đồng", "billion VND")}
                  data={breakdownChart(d.communes)}
                  series={[
                    { key: "committed", label: t("Cam kết (tỷ đồng)", "Committed (billion VND)"), color: "#0f766e" },
                  ]}
                />
              </div>
            </>
          ) : (
            <EmptyState title={t("Chưa có số liệu", "No data yet")} />
          )}
          <CommuneResults rows={d.communeResults} locale={locale} byProvince={byProvince} />
        </Card>
      </div>

      <Card title={t("Theo nhóm chủ sở hữu và ngành nghề", "By owner group and industry")} className="mb-6">
        <Suspense
          fallback={
            <p role="status" className="text-slate-600">
              {t("Đang tính theo nhóm chủ sở hữu…", "Computing by owner group…")}
            </p>
          }
        >
          <OwnerGroupsSection actor={actor} filters={filters} locale={locale} />
        </Suspense>
      </Card>

      {(d.fundsByActivity.current || d.fundsByActivity.previous) && (
        <Card
          title={t("Kinh phí theo nội dung (số liệu công bố)", "Funds by activity (published figures)")}
          className="mb-6"
        >
          <div className="grid gap-6 lg:grid-cols-2">
            {d.fundsByActivity.current && <FundsByActivity data={d.fundsByActivity.current} locale={locale} />}
            {d.fundsByActivity.previous && <FundsByActivity data={d.fundsByActivity.previous} locale={locale} />}
          </div>
        </Card>
      )}

      <Card
        title={t("Sản phẩm công nghiệp nông thôn tiêu biểu", "Outstanding rural industrial products")}
        className="mb-6"
      >
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {d.products.map((p) => (
            <li key={p.level}>
              <Stat
                label={p.label}
                value={p.total}
                hint={`${p.valid} ${t("chứng nhận còn hiệu lực", "certificates still valid")}`}
              />
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-slate-500">
          {t(
            "Sản phẩm được công nhận trong giai đoạn; giấy chứng nhận có giá trị đến 31/12 năm thứ ba (TT 26/2014/TT-BCT).",
            "Products recognised in the period; a certificate is valid until 31/12 of its third year (Circular 26/2014/TT-BCT).",
          )}
        </p>
      </Card>
      <p className="text-xs text-slate-500">
        {locale === "vi" ? (
          <>
            Số liệu tính đến ngày {d.asOf.split("-").reverse().join("/")}. Chỉ các kết quả đã được lãnh đạo duyệt được
            tính.
          </>
        ) : (
          <>Figures as of {d.asOf.split("-").reverse().join("/")}. Only results approved by leadership are counted.</>
        )}
      </p>
    </>
  );
}
