import type { ProgressStatus } from "@/lib/metrics/progress";
import type { Tone } from "@/lib/tone";

// Plain, serializable shapes that cross into components, charts and exports. Amounts are decimal strings
// of integer VND (bigint cannot cross to the client); `display` strings are already vi-VN formatted.

export type IndicatorRowDto = {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  isMoney: boolean;
  valueScale: number;
  cumulative: boolean;
  target: {
    value: string;
    atLeast: boolean;
    display: string;
    rawTexts: string[];
    sources: string[];
    notes: string[];
    fund: string | null;
  } | null;
  actual: {
    value: string;
    atLeast: boolean;
    approximate?: boolean;
    display: string;
    hasData: boolean;
    entries: number;
  };
  /** Whole-country view: each province's own series (never summed across provinces or periods). */
  series?: Array<{ province: string; period: string; display: string }>;
  /** Whole-country view: how many provinces have a series (`series` may hold only the page's first few); unset: all of `series`. */
  seriesTotal?: number;
  /** Whole-country view: why there is no national total (missing provinces, different periods), if so. */
  nationalNote?: string | null;
  /** With a year filter: the figure of that year alone (cumulative to that year is `actual`). */
  yearActual: { year: number; value: string; display: string; hasData: boolean } | null;
  percentBp: number | null;
  percentDisplay: string;
  status: ProgressStatus;
  statusLabel: string;
  tone: Tone;
  byYear: Array<{ year: number; value: string | null; display: string; toDateDisplay: string }>;
  previous: { value: string; display: string; hasData: boolean } | null;
};

export type BudgetRowDto = {
  year: number | null;
  fund: string | null;
  count: number;
  planned: string | null;
  committed: string;
  disbursed: string;
  settled: string;
  counterpart: string;
  plannedCounterpart: string;
  documentedCounterpart: string;
  display: { planned: string; committed: string; disbursed: string; settled: string; counterpart: string };
  commitmentRate: string;
  disbursementRate: string;
  settlementRate: string;
  /** Planned counterpart ratio (lib/metrics/counterpart.ts). */
  leverage: string;
  /** Documented counterpart ratio, over settled đề án only. */
  leverageDocumented: string;
};

export type BreakdownRowDto = {
  key: string | null;
  label: string;
  /** Historic units counted here (e.g. "huyện Lục Ngạn (đến 30/06/2025)"). */
  historic: string[];
  count: number;
  committed: string;
  disbursed: string;
  counterpart: string;
  display: { committed: string; disbursed: string; counterpart: string };
};

export type CommuneResultDto = {
  communeId: string;
  label: string;
  historic: string[];
  indicatorCode: string;
  indicatorName: string;
  value: string;
  display: string;
};

export type ProductCountDto = { level: string; label: string; total: number; valid: number };

/** Funds per activity as itemised by the sources, with what they leave unallocated (domain §8.2). */
export type FundsBreakdownDto = {
  label: string;
  rows: Array<{ key: string | null; label: string; value: string; display: string }>;
  itemised: { value: string; display: string };
  unallocated: { value: string; display: string } | null;
  total: { value: string; display: string } | null;
};

export type DashboardDto = {
  period: { startYear: number; endYear: number; label: string; elapsedBp: number; elapsedDisplay: string };
  previousPeriod: { startYear: number; endYear: number; label: string } | null;
  scopeLabel: string;
  indicators: IndicatorRowDto[];
  budget: { rows: BudgetRowDto[]; total: BudgetRowDto; plannedApplies: boolean };
  categories: BreakdownRowDto[];
  /** By commune within a province; by province for the whole country. */
  communes: BreakdownRowDto[];
  areaLevel: "commune" | "province";
  /** In the areas' official order (administrative code), then the indicators'; the first `areaLimit` when one was asked. */
  communeResults: CommuneResultDto[];
  /** How many area results there are in all. */
  communeResultsTotal: number;
  products: ProductCountDto[];
  fundsByActivity: { current: FundsBreakdownDto | null; previous: FundsBreakdownDto | null };
  periods: Array<{ value: string; label: string }>;
  categoryOptions: Array<{ value: string; label: string }>;
  communeOptions: Array<{ value: string; label: string }>;
  provinceOptions: Array<{ value: string; label: string }>;
  asOf: string;
  /** A report's cut-off (YYYY-MM-DD): nothing recorded after it is counted. */
  cutoff: string | null;
  /** Money figures include đề án with illustrative amounts (the viewer asked for them). */
  illustrative: boolean;
  /** Đề án, establishments, support and accepted results by owner group and by industry (issue 19); null when the
   * caller asked for it separately (the page streams it). */
  owners: OwnersDto | null;
};

export type OwnerGroupRowDto = {
  group: string;
  label: string;
  proposals: number;
  establishments: number;
  support: string;
  supportDisplay: string;
};

export type OwnersDto = {
  groups: OwnerGroupRowDto[];
  total: OwnerGroupRowDto;
  industries: OwnerGroupRowDto[];
  results: Array<{ code: string; name: string; unit: string; byGroup: Record<string, string>; total: string }>;
};
