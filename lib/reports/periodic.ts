import { parseFilters, type DashboardFilters } from "@/lib/dashboard/filters";
import { parsePeriod, periodLabel } from "@/lib/metrics/period";

// The periodic reports the department owes on khuyến công (domain §6.1): 6-month and annual reports on
// plan execution (TT 36/2013/TT-BCT Art. 21.5; ND 45/2012 Art. 16), and the end-of-period review. Each is
// the dashboard computed for the report's window and cut-off date, so a report equals the dashboard.

export type ReportKind = "6-thang" | "nam" | "giai-doan";

// `en` is for the pages' chrome only: the report itself (tables, Excel, print) is written in Vietnamese.
export const REPORT_KINDS = {
  "6-thang": {
    label: "Báo cáo 6 tháng",
    basis: "Điều 21.5 Thông tư 36/2013/TT-BCT; Điều 16 Nghị định 45/2012/NĐ-CP",
    en: { label: "Six-month report", basis: "Article 21.5, Circular 36/2013/TT-BCT; Article 16, Decree 45/2012/NĐ-CP" },
  },
  nam: {
    label: "Báo cáo năm",
    basis: "Điều 21.5 Thông tư 36/2013/TT-BCT; Điều 16 Nghị định 45/2012/NĐ-CP",
    en: { label: "Annual report", basis: "Article 21.5, Circular 36/2013/TT-BCT; Article 16, Decree 45/2012/NĐ-CP" },
  },
  "giai-doan": {
    label: "Báo cáo tổng kết giai đoạn",
    basis: "Tổng kết chương trình khuyến công giai đoạn",
    en: { label: "End-of-period review", basis: "Review of the industrial extension programme for the period" },
  },
} as const satisfies Record<ReportKind, { label: string; basis: string; en: { label: string; basis: string } }>;

export type ReportSpec = {
  kind: ReportKind | null;
  title: string;
  basis: string | null;
  note: string | null;
  filters: DashboardFilters;
  asOf: Date | undefined;
  query: string;
};

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function get(params: Params, key: string): string | null {
  const v = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

/** The programme window holding a year: 2014–2020, then five-year periods from 2021 (2021–2025, 2026–2030…). */
export function windowOf(year: number): { startYear: number; endYear: number } {
  if (year >= 2014 && year <= 2020) return { startYear: 2014, endYear: 2020 };
  const start = 2021 + 5 * Math.floor((year - 2021) / 5);
  return { startYear: start, endYear: start + 4 };
}

function cut(date: Date, today: Date): Date {
  return date < today ? date : today;
}

export function reportSpec(params: Params, today = new Date()): ReportSpec {
  const raw = get(params, "loai");
  const kind: ReportKind | null = raw === "6-thang" || raw === "nam" || raw === "giai-doan" ? raw : null;
  const yearText = get(params, "nam");
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : today.getFullYear();
  const q = new URLSearchParams(
    params instanceof URLSearchParams
      ? params
      : Object.entries(params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
  );
  if (kind === "6-thang" || kind === "nam") {
    const given = parsePeriod(get(params, "ky"));
    const w = given && given.startYear <= year && year <= given.endYear ? given : windowOf(year);
    q.set("ky", `${w.startYear}-${w.endYear}`);
    q.set("nam", String(year));
  }
  const filters = parseFilters(q);
  const query = q.toString();
  const period = periodLabel(filters.startYear, filters.endYear);
  if (kind === "6-thang") {
    return {
      kind,
      filters,
      query,
      asOf: cut(new Date(Date.UTC(year, 5, 30)), today),
      basis: REPORT_KINDS[kind].basis,
      title: `Báo cáo kết quả hoạt động khuyến công 6 tháng đầu năm ${year}`,
      note: "Số liệu tính đến ngày chốt báo cáo: kết quả theo ngày nghiệm thu hoặc phê duyệt, kinh phí theo ngày hạch toán; không tính phát sinh sau ngày chốt.",
    };
  }
  if (kind === "nam") {
    return {
      kind,
      filters,
      query,
      asOf: cut(new Date(Date.UTC(year, 11, 31)), today),
      basis: REPORT_KINDS[kind].basis,
      title: `Báo cáo kết quả hoạt động khuyến công năm ${year}`,
      note: null,
    };
  }
  if (kind === "giai-doan") {
    return {
      kind,
      filters: { ...filters, year: null },
      query,
      asOf: cut(new Date(Date.UTC(filters.endYear, 11, 31)), today),
      basis: REPORT_KINDS[kind].basis,
      title: `Báo cáo tổng kết hoạt động khuyến công giai đoạn ${period}`,
      note: null,
    };
  }
  return {
    kind: null,
    filters,
    query,
    asOf: undefined,
    basis: null,
    note: null,
    title: `Bảng điều khiển khuyến công giai đoạn ${period}${filters.year ? `, năm ${filters.year}` : ""}`,
  };
}
