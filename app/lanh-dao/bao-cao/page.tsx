import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { getDashboard } from "@/lib/dashboard/queries";
import { dashboardTables } from "@/lib/reports/dashboard-tables";
import { REPORT_KINDS, reportSpec, type ReportSpec } from "@/lib/reports/periodic";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/forms/field";
import { ReportTables } from "@/components/reports/report-tables";
import { translator } from "@/lib/i18n/messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await getLocale(), "app.lanhDao.baoCao.page")("periodicReports") };
}

/** The report's title and note for the English chrome (the report itself, built in lib/reports, is Vietnamese). */
function englishHeading(spec: ReportSpec): { title: string; note: string | null } {
  const { year, startYear, endYear } = spec.filters;
  if (spec.kind === "6-thang")
    return {
      title: `Industrial extension results, first half of ${year}`,
      note: "Projects are counted by plan year; disbursements and settlements are those recorded on the portal up to the report date.",
    };
  if (spec.kind === "nam") return { title: `Industrial extension results, ${year}`, note: null };
  if (spec.kind === "giai-doan") return { title: `Industrial extension review, ${startYear}–${endYear}`, note: null };
  return { title: `Industrial extension dashboard, ${startYear}–${endYear}${year ? `, ${year}` : ""}`, note: null };
}

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("dashboard.view");
  const params = await searchParams;
  const spec = reportSpec({ loai: "6-thang", ...params });
  const d = await getDashboard(actor, spec.filters, { asOf: spec.asOf, cutoff: spec.kind ? spec.asOf : undefined });
  const tables = dashboardTables(d);
  const exportable = can(actor.role, "reports.export");
  const locale = await getLocale();
  const t = translator(locale, "app.lanhDao.baoCao.page");
  const heading = locale === "vi" ? { title: spec.title, note: spec.note } : englishHeading(spec);
  const basis = spec.kind && locale === "en" ? REPORT_KINDS[spec.kind].en.basis : spec.basis;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2013 }, (_, i) => String(thisYear - i));
  return (
    <>
      <PageHeader title={t("periodicReports")} subtitle={t("sixMonthAnnualAndEnd")} />
      <form
        method="get"
        className="no-print mb-6 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4"
        aria-label={t("chooseAReport")}
      >
        <div>
          <label htmlFor="r-loai" className="block text-sm font-semibold">
            {t("reportType")}
          </label>
          <select id="r-loai" name="loai" defaultValue={spec.kind ?? "6-thang"} className={inputClass}>
            {Object.entries(REPORT_KINDS).map(([k, v]) => (
              <option key={k} value={k}>
                {locale === "vi" ? v.label : v.en.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="r-nam" className="block text-sm font-semibold">
            {t("yearSixMonthAndAnnual")}
          </label>
          <select id="r-nam" name="nam" defaultValue={String(spec.filters.year ?? thisYear)} className={inputClass}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="r-ky" className="block text-sm font-semibold">
            {t("periodEndOfPeriodReview")}
          </label>
          <select
            id="r-ky"
            name="ky"
            defaultValue={`${spec.filters.startYear}-${spec.filters.endYear}`}
            className={inputClass}
          >
            {d.periods.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end">
          <button type="submit" className={buttonClass("primary")}>
            {t("viewReport")}
          </button>
        </div>
      </form>
      <Card
        title={heading.title}
        actions={
          exportable ? (
            <div className="no-print flex flex-wrap gap-2">
              <a className={buttonClass("secondary")} href={`/api/export/bao-cao?format=xlsx&${spec.query}`} download>
                {t("exportToExcel")}
              </a>
              <a
                className={buttonClass("secondary")}
                href={`/lanh-dao/bao-cao/bao-cao.pdf?${spec.query}`}
                download
                data-testid="report-pdf"
              >
                {t("downloadPdf")}
              </a>
              <a className={buttonClass("ghost")} href={`/lanh-dao/bao-cao/in?${spec.query}`}>
                {t("printPdf")}
              </a>
            </div>
          ) : undefined
        }
      >
        <p className="mb-4 text-sm text-slate-600" data-testid="report-meta">
          {d.scopeLabel} · {t("figuresAsOf")} {d.asOf.split("-").reverse().join("/")}
          {basis ? ` · ${t("basis")}: ${basis}` : ""}
        </p>
        {heading.note && <p className="mb-4 text-sm text-amber-800">{heading.note}</p>}
        {locale === "en" && (
          <p className="mb-4 text-sm text-slate-600">
            The report itself (the tables below, the Excel file and the print view) is drawn up in Vietnamese, the
            language in which it is submitted.
          </p>
        )}
        <ReportTables
          tables={tables}
          locale={locale}
          csvHref={exportable ? (i) => `/api/export/bao-cao?format=csv&bang=${i}&${spec.query}` : undefined}
        />
      </Card>
    </>
  );
}
