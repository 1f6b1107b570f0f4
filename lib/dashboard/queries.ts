import "server-only";
import { dbRead } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { vnDay } from "@/lib/dates";
import { elapsedShareBp, periodLabel } from "@/lib/metrics/period";
import { formatBp } from "@/lib/metrics/format";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { resolveDashboardScope } from "@/lib/territory/scope";
import { loadIndicatorRows } from "@/lib/dashboard/indicators-query";
import { loadBudget } from "@/lib/dashboard/budget-query";
import { loadFilterOptions, loadPeriods, periodOptions, previousWindow } from "@/lib/dashboard/options-query";
import { countTypicalProducts } from "@/lib/products/counts";
import { loadFundsByActivity } from "@/lib/dashboard/funds-by-activity-query";
import type { DashboardDto, OwnersDto } from "@/lib/dashboard/dto";
import { loadOwnerBreakdown } from "@/lib/dashboard/owner-groups-query";
import { ownersDto } from "@/lib/dashboard/owners-dto";

/**
 * The leadership dashboard. Sums are computed by the database (a handful of round trips: scope, results,
 * budget+breakdowns, targets, options); the pure functions of lib/metrics turn them into progress,
 * status and rates.
 */
export async function getDashboard(
  actor: Actor,
  filters: DashboardFilters,
  /** `owners: false` leaves the owner-group breakdown out (the page streams it after the rest: getOwnerGroups). */
  opts: {
    asOf?: Date;
    cutoff?: Date;
    owners?: boolean;
    /** The first area results only (the page's 30); reports and exports take them all. */
    areaLimit?: number;
    /** Whole country: format only the provinces' series the page lists (loadIndicatorRows); reports take them all. */
    seriesShown?: number;
  } = {},
): Promise<DashboardDto> {
  const db = await dbRead();
  const scope = await resolveDashboardScope(db, actor, filters);
  const asOf = vnDay(opts.asOf ?? new Date());
  const current = { startYear: filters.startYear, endYear: filters.endYear };
  const periods = await loadPeriods(db, scope);
  const previous = previousWindow(periods, current);
  // With a year filter, progress is judged as it stood at the end of that year (or today, if earlier).
  const endOfYear = filters.year ? new Date(Date.UTC(filters.year, 11, 31)) : null;
  const elapsedBp = elapsedShareBp(
    filters.startYear,
    filters.endYear,
    endOfYear && endOfYear < asOf ? endOfYear : asOf,
  );
  const [indicators, budget, products, options, fundsByActivity, owners] = await Promise.all([
    // A report's cut-off: results by acceptance/approval date, money by posting date, nothing after it.
    loadIndicatorRows(db, scope, filters, current, previous, elapsedBp, {
      cutoff: opts.cutoff,
      areaLimit: opts.areaLimit,
      seriesShown: opts.seriesShown,
    }),
    loadBudget(db, scope, filters, current, opts.cutoff),
    countTypicalProducts(db, scope.provinceIds, current, asOf),
    loadFilterOptions(db, scope, actor.role === "MINISTRY_VIEWER"),
    loadFundsByActivity(db, scope, filters, current, previous),
    opts.owners === false ? null : loadOwnerBreakdown(db, scope, filters, current),
  ]);
  const [home, ...merged] = scope.provinceNames;
  return {
    period: {
      ...current,
      label: periodLabel(current.startYear, current.endYear),
      elapsedBp,
      elapsedDisplay: formatBp(elapsedBp),
    },
    previousPeriod: previous ? { ...previous, label: periodLabel(previous.startYear, previous.endYear) } : null,
    scopeLabel:
      scope.provinceIds === null
        ? "Toàn quốc"
        : !home
          ? "Không có địa bàn"
          : merged.length
            ? `${home} (gồm địa bàn ${merged.join(", ")} trước 01/07/2025)`
            : home,
    indicators: indicators.rows,
    budget: { rows: budget.rows, total: budget.total, plannedApplies: budget.plannedApplies },
    categories: budget.categories,
    communes: budget.communes,
    areaLevel: budget.areaLevel,
    communeResults: indicators.communeResults,
    communeResultsTotal: indicators.communeResultsTotal,
    products,
    fundsByActivity,
    periods: periodOptions(periods, current),
    categoryOptions: options.categories,
    communeOptions: options.communes,
    provinceOptions: options.provinces,
    asOf: asOf.toISOString().slice(0, 10),
    cutoff: opts.cutoff ? opts.cutoff.toISOString().slice(0, 10) : null,
    illustrative: filters.illustrative ?? false,
    owners: owners ? ownersDto(owners) : null,
  };
}

/**
 * The owner-group and industry breakdown alone (issue 19). Over every đề án and accepted result in scope, it is the
 * dashboard's slowest part at national scale (BENCHMARKS.md), so the page streams it after the rest.
 */
export async function getOwnerGroups(actor: Actor, filters: DashboardFilters): Promise<OwnersDto> {
  const db = await dbRead();
  const scope = await resolveDashboardScope(db, actor, filters);
  return ownersDto(
    await loadOwnerBreakdown(db, scope, filters, { startYear: filters.startYear, endYear: filters.endYear }),
  );
}
