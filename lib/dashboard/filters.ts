import { parsePeriod } from "@/lib/metrics/period";

// Dashboard filters live in the URL so that a view can be bookmarked, shared and exported as it is seen.
export type Fund = "KCQG" | "KCDP";

export type DashboardFilters = {
  startYear: number;
  endYear: number;
  year: number | null;
  fund: Fund | null;
  /** ActivityCategory.code (stable across legal bases). */
  category: string | null;
  /** AdminUnit.id of a current commune (historic units are rolled up under it). */
  commune: string | null;
  /** AdminUnit.code of a province — only the ministry viewer chooses; others are held to their own. */
  province: string | null;
  /**
   * Include đề án whose amounts are illustrative (Proposal.fictional, "minh họa") in the money figures.
   * Off by default: official totals leave them out unless the viewer asks (`minhHoa=1`).
   */
  illustrative?: boolean;
};

export const DEFAULT_PERIOD = { startYear: 2021, endYear: 2025 } as const;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function pick(params: Params, key: string): string | null {
  const v = params instanceof URLSearchParams ? params.get(key) : params[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.trim() ? s.trim() : null;
}

const CODE = /^[A-Za-z0-9_.-]{1,60}$/;

/** Unknown or malformed values fall back to "all" instead of failing: a filter is never an error page. */
export function parseFilters(params: Params): DashboardFilters {
  const period = parsePeriod(pick(params, "ky")) ?? DEFAULT_PERIOD;
  const yearText = pick(params, "nam");
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const fund = pick(params, "nguon");
  const category = pick(params, "noidung");
  const commune = pick(params, "xa");
  const province = pick(params, "tinh");
  const illustrative = pick(params, "minhHoa");
  return {
    startYear: period.startYear,
    endYear: period.endYear,
    year: year !== null && year >= period.startYear && year <= period.endYear ? year : null,
    fund: fund === "KCQG" || fund === "KCDP" ? fund : null,
    category: category && CODE.test(category) ? category : null,
    commune: commune && CODE.test(commune) ? commune : null,
    province: province && CODE.test(province) ? province : null,
    illustrative: illustrative === "1",
  };
}

/** The query string of a filter set, with overrides (null removes a key). */
export function filtersToQuery(
  f: DashboardFilters,
  override: Partial<
    Record<"ky" | "nam" | "nguon" | "noidung" | "xa" | "tinh" | "chitieu" | "minhHoa", string | null>
  > = {},
): string {
  const base: Record<string, string | null> = {
    ky: `${f.startYear}-${f.endYear}`,
    nam: f.year === null ? null : String(f.year),
    nguon: f.fund,
    noidung: f.category,
    xa: f.commune,
    tinh: f.province,
    minhHoa: f.illustrative ? "1" : null,
    ...override,
  };
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(base)) if (v) q.set(k, v);
  return q.toString();
}
