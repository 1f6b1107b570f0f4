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
import { IndicatorTable, SERIES_SHOWN } from "@/components/dashboard/indicator-table";
import { BudgetTable } from "@/components/dashboard/budget-table";
import { BreakdownTable } from "@/components/dashboard/breakdown-table";
import { AREA_RESULTS_SHOWN, CommuneResults } from "@/components/dashboard/commune-results";
import { ExportLinks } from "@/components/dashboard/export-links";
import { SimpleBarChart } from "@/components/charts/bar-chart";
import { FundsByActivity } from "@/components/dashboard/funds-by-activity";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.bangDieuKhien.page")("dashboard") };
}

const BASE = "/lanh-dao/bang-dieu-khien";
/** Communes listed on the page (largest commitment first); the filter and the Excel export give every one (issue 21: the
 * biggest province's ~140 communes made the page ~580 KB). */
const AREAS_SHOWN = 25;

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("dashboard.view");
  const filters = parseFilters(await searchParams);
  const d = await getDashboard(actor, filters, {
    owners: false,
    areaLimit: AREA_RESULTS_SHOWN,
    seriesShown: SERIES_SHOWN,
  });
  const locale = await getLocale();
  const t = translator(locale, "app.lanhDao.bangDieuKhien.page");
  const drill = (o: Parameters<typeof filtersToQuery>[1]) => `${BASE}/chi-tiet?${filtersToQuery(filters, o)}`;
  // A national row without a national total still has its provinces' series: it belongs with the period's figures.
  const current = (r: (typeof d.indicators)[number]) =>
    Boolean(r.target || r.actual.hasData || r.seriesTotal || r.series?.length);
  const main = d.indicators.filter(current);
  const previousOnly = d.indicators.filter((r) => !current(r));
  const withTarget = main.filter((r) => r.target);
  const byProvince = d.areaLevel === "province";
  return (
    <>
      <PageHeader
        title={t("industrialExtensionDashboard")}
        subtitle={t("periodOfTheTimeElapsed", {
          scopeLabel: d.scopeLabel,
          label: d.period.label,
          year: filters.year ? String(filters.year) : "none",
          elapsedDisplay: d.period.elapsedDisplay,
        })}
        actions={<ExportLinks query={filtersToQuery(filters)} locale={locale} />}
      />
      <FilterBar data={d} filters={filters} action={BASE} locale={locale} />
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat
          label={t("indicatorsWithATarget")}
          value={withTarget.length}
          hint={`${withTarget.filter((r) => r.status === "ACHIEVED").length} ${t("achieved")}`}
        />
        <Stat
          label={t("fundsCommitted")}
          value={d.budget.total.display.committed}
          hint={`${d.budget.total.count} ${t("proposals")}`}
        />
        <Stat
          label={t("disbursedCommitted")}
          value={d.budget.total.disbursementRate}
          hint={d.budget.total.display.disbursed}
        />
        <Stat
          label={t("plannedCounterpartRatio")}
          value={d.budget.total.leverage}
          hint={`${t("documentedAtSettlement")} ${d.budget.total.leverageDocumented}`}
        />
      </div>
      <p className="-mt-3 mb-6 text-sm text-slate-700" data-testid="illustrative-toggle">
        {filters.illustrative ? (
          <>
            {t("includingProjectsWithIllustrativeAmounts")}{" "}
            <Link className="text-brand-700 underline" href={`${BASE}?${filtersToQuery(filters, { minhHoa: null })}`}>
              {t("officialFiguresOnly")}
            </Link>
          </>
        ) : (
          <>
            {t("officialFiguresProjectsWithIllustrative")}{" "}
            <Link className="text-brand-700 underline" href={`${BASE}?${filtersToQuery(filters, { minhHoa: "1" })}`}>
              {t("includeIllustrativeFigures")}
            </Link>
          </>
        )}
      </p>

      <Card title={t("targetsAndResults")} className="mb-6">
        {(filters.category || filters.commune) && (
          <p className="mb-2 text-sm text-amber-800">{t("targetsCoverTheWholeArea")}</p>
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
          <EmptyState title={t("noTargetsOrResultsFor")} hint={t("chooseAnotherPeriodOrEnter")} />
        )}
        {withTarget.length > 0 && (
          <div className="mt-4">
            <SimpleBarChart
              ariaLabel={t("achievementAgainstTimeElapsed")}
              unit="%"
              data={achievementChart(withTarget, d.period.elapsedBp)}
              empty={{
                text: t("achievementAgainstTimeElapsedNo"),
                href: "/lanh-dao/ket-qua/moi",
                linkLabel: t("enterResults"),
              }}
              series={[
                { key: "percent", label: t("achievement"), color: "#1d4ed8" },
                { key: "expected", label: t("timeElapsed"), color: "#94a3b8" },
              ]}
            />
          </div>
        )}
      </Card>

      {previousOnly.length > 0 && d.previousPeriod && (
        <Card title={`${t("previousPeriodResults")} (${d.previousPeriod.label})`} className="mb-6">
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

      <Card title={t("budgetExecutionByYearAnd")} className="mb-6">
        {d.budget.rows.length ? (
          <>
            {!d.budget.plannedApplies && (
              <p className="mb-2 text-sm text-amber-800">{t("budgetsAreAllocatedPerAgency")}</p>
            )}
            <BudgetTable
              locale={locale}
              rows={d.budget.rows}
              total={d.budget.total}
              drillHref={(year, fund) => drill({ nam: year ? String(year) : null, nguon: fund })}
            />
            <div className="mt-4">
              <SimpleBarChart
                ariaLabel={t("fundsByYearBillionVnd")}
                unit={t("billionVnd")}
                data={budgetChart(d.budget.rows)}
                series={[
                  { key: "planned", label: t("budget"), color: "#94a3b8" },
                  { key: "committed", label: t("committed"), color: "#1d4ed8" },
                  { key: "disbursed", label: t("disbursed"), color: "#0f766e" },
                  { key: "settled", label: t("settled"), color: "#a16207" },
                ]}
              />
            </div>
          </>
        ) : (
          <EmptyState title={t("noApprovedProposalsWithinThe")} hint={t("proposalsCountFromWhenThe")} />
        )}
      </Card>

      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card title={t("byActivity")}>
          {d.categories.length ? (
            <>
              <BreakdownTable
                locale={locale}
                testId="category"
                rows={d.categories}
                firstHead={t("activity")}
                drillHref={(k) => drill({ noidung: k })}
              />
              <div className="mt-4">
                <SimpleBarChart
                  layout="vertical"
                  ariaLabel={t("fundsCommittedByActivityBillion")}
                  unit={t("billionVnd")}
                  data={breakdownChart(d.categories)}
                  series={[{ key: "committed", label: t("committedBillionVnd"), color: "#1d4ed8" }]}
                />
              </div>
            </>
          ) : (
            <EmptyState title={t("noDataYet")} />
          )}
        </Card>
        <Card title={byProvince ? t("byProvince") : t("byAreaCommuneWard")}>
          {d.communes.length ? (
            <>
              <BreakdownTable
                locale={locale}
                testId="commune"
                rows={d.communes}
                firstHead={byProvince ? t("province") : t("area")}
                drillHref={(k) =>
                  byProvince ? `${BASE}?${filtersToQuery(filters, { tinh: k })}` : drill({ xa: k ?? "none" })
                }
                limit={byProvince ? undefined : AREAS_SHOWN}
              />
              {!byProvince && d.communes.length > AREAS_SHOWN && (
                <p className="mt-2 text-sm text-slate-600" data-testid="commune-more">
                  {t("moreAreas", { rest: d.communes.length - AREAS_SHOWN })}
                </p>
              )}
              <div className="mt-4">
                <SimpleBarChart
                  layout="vertical"
                  ariaLabel={t("fundsCommittedByAreaBillion")}
                  unit={t("billionVnd")}
                  data={breakdownChart(d.communes)}
                  series={[{ key: "committed", label: t("committedBillionVnd"), color: "#0f766e" }]}
                />
              </div>
            </>
          ) : (
            <EmptyState title={t("noDataYet")} />
          )}
          <CommuneResults
            rows={d.communeResults}
            total={d.communeResultsTotal}
            locale={locale}
            byProvince={byProvince}
          />
        </Card>
      </div>

      <Card title={t("byOwnerGroupAndIndustry")} className="mb-6">
        <Suspense
          fallback={
            <p role="status" className="text-slate-600">
              {t("computingByOwnerGroup")}
            </p>
          }
        >
          <OwnerGroupsSection actor={actor} filters={filters} locale={locale} />
        </Suspense>
      </Card>

      {(d.fundsByActivity.current || d.fundsByActivity.previous) && (
        <Card title={t("fundsByActivityPublishedFigures")} className="mb-6">
          <div className="grid gap-6 lg:grid-cols-2">
            {d.fundsByActivity.current && <FundsByActivity data={d.fundsByActivity.current} locale={locale} />}
            {d.fundsByActivity.previous && <FundsByActivity data={d.fundsByActivity.previous} locale={locale} />}
          </div>
        </Card>
      )}

      <Card title={t("outstandingRuralIndustrialProducts")} className="mb-6">
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {d.products.map((p) => (
            <li key={p.level}>
              <Stat label={p.label} value={p.total} hint={`${p.valid} ${t("certificatesStillValid")}`} />
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-slate-500">{t("productsRecognisedInThePeriod")}</p>
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
