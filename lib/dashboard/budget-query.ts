import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { budgetExecution, ZERO_BUDGET, addBudget, type BudgetFigures } from "@/lib/metrics/budget";
import { formatBp, formatLeverage, formatMoneyShort } from "@/lib/metrics/format";
import { formatDate } from "@/lib/dates";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { inScope, type DashboardScope } from "@/lib/territory/scope";
import { proposalCutCte, proposalTotalsCte } from "@/lib/dashboard/proposal-totals-sql";
import type { BreakdownRowDto, BudgetRowDto } from "@/lib/dashboard/dto";
import type { Window } from "@/lib/dashboard/results-sql";

type Q = PrismaClient | Tx;
type Agg = {
  grp: "budget" | "planned" | "category" | "area";
  year: number | null;
  fund: string | null;
  key: string | null;
  label: string | null;
  historic: string | null;
  n: number;
  committed: bigint;
  disbursed: bigint;
  settled: bigint;
  counterpart: bigint;
  planned: bigint;
  plannedCounterpart: bigint;
  documentedCounterpart: bigint;
  trackedCommitted: bigint;
};

/**
 * One round trip over the roll-up: budget per year and fund, envelopes, and the breakdowns by activity and
 * by area — the communes of a province, or the provinces of the whole country. The three breakdowns are one pass
 * over the roll-up's rows (GROUPING SETS; issue 21: the country's ~25,000 rows were read and summed three times,
 * ~75 ms → ~43 ms), and only the areas' few sums are then joined to their names.
 */
async function aggregate(db: Q, scope: DashboardScope, f: DashboardFilters, w: Window, cutoff?: Date): Promise<Agg[]> {
  const envYear = f.year
    ? Prisma.sql`AND e.year = ${f.year}`
    : Prisma.sql`AND e.year BETWEEN ${w.startYear} AND ${w.endYear}`;
  const envFund = f.fund ? Prisma.sql`AND e.fund::text = ${f.fund}` : Prisma.empty;
  const sums = Prisma.sql`SUM(pt.n)::int AS n, SUM(pt.committed)::bigint AS committed, SUM(pt.disbursed)::bigint AS disbursed,
      SUM(pt.settled)::bigint AS settled, SUM(pt.counterpart)::bigint AS counterpart,
      SUM(pt."plannedCounterpart")::bigint AS "plannedCounterpart", SUM(pt."documentedCounterpart")::bigint AS "documentedCounterpart",
      SUM(pt."trackedCommitted")::bigint AS "trackedCommitted"`;
  const resums = Prisma.sql`SUM(g.n)::int AS n, SUM(g.committed)::bigint AS committed, SUM(g.disbursed)::bigint AS disbursed,
      SUM(g.settled)::bigint AS settled, SUM(g.counterpart)::bigint AS counterpart,
      SUM(g."plannedCounterpart")::bigint AS "plannedCounterpart", SUM(g."documentedCounterpart")::bigint AS "documentedCounterpart",
      SUM(g."trackedCommitted")::bigint AS "trackedCommitted"`;
  const figures = Prisma.sql`g.n, g.committed, g.disbursed, g.settled, g.counterpart, g."plannedCounterpart",
      g."documentedCounterpart", g."trackedCommitted"`;
  const country = scope.provinceIds === null;
  // The area of a row: its province (successor) for the country, its commune (today's unit) within a province, with
  // the unit it was recorded under for the "formerly" note. GROUPING's bits: year 8, fund 4, activity 2, area 1.
  const area = country ? Prisma.sql`pt."provinceId"` : Prisma.sql`pt."communeId"`;
  const areaSet = country ? Prisma.sql`(pt."provinceId")` : Prisma.sql`(pt."communeId", pt."unitId")`;
  const areas = country
    ? Prisma.sql`SELECT 'area' AS grp, NULL::int AS year, NULL::text AS fund, pu.code AS key, MIN(pu.name) AS label, NULL::text AS historic, ${resums}, 0::bigint AS planned
      FROM g LEFT JOIN "AdminUnit" pu ON pu.id = g.area WHERE g.sets = 14 GROUP BY pu.code`
    : Prisma.sql`SELECT 'area' AS grp, NULL::int AS year, NULL::text AS fund, g.area AS key, MIN(cu.name || CASE WHEN cu."validTo" IS NOT NULL THEN ' (cũ)' ELSE '' END) AS label,
        string_agg(DISTINCT hu.name, '; ') FILTER (WHERE g.unit <> g.area) AS historic, ${resums}, 0::bigint AS planned
      FROM g LEFT JOIN "AdminUnit" cu ON cu.id = g.area LEFT JOIN "AdminUnit" hu ON hu.id = g.unit
      WHERE g.sets = 14 GROUP BY g.area`;
  return db.$queryRaw<Agg[]>`
    WITH RECURSIVE ${cutoff ? proposalCutCte(scope, f, { yearFrom: w.startYear, yearTo: w.endYear }, cutoff) : proposalTotalsCte(scope, f, { yearFrom: w.startYear, yearTo: w.endYear })},
    g AS (
      SELECT GROUPING(pt.year, pt.fund, pt."categoryCode", ${area}) AS sets, pt.year, pt.fund, pt."categoryCode",
        MIN(pt."categoryName") AS "categoryName", ${area} AS area, ${country ? Prisma.sql`NULL::text` : Prisma.sql`pt."unitId"`} AS unit, ${sums}
      FROM pt GROUP BY GROUPING SETS ((pt.year, pt.fund), (pt."categoryCode"), ${areaSet})
    )
    SELECT 'budget' AS grp, g.year, g.fund, NULL::text AS key, NULL::text AS label, NULL::text AS historic, ${figures}, 0::bigint AS planned
    FROM g WHERE g.sets = 3
    UNION ALL
    SELECT 'planned', e.year, e.fund::text, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0, SUM(e.amount)::bigint
    FROM "BudgetEnvelope" e JOIN "Agency" a ON a.id = e."agencyId"
    WHERE ${inScope(Prisma.sql`a."provinceId"`, scope)} ${envYear} ${envFund}
    GROUP BY e.year, e.fund
    UNION ALL
    SELECT 'category', NULL, NULL, g."categoryCode", g."categoryName", NULL, ${figures}, 0::bigint
    FROM g WHERE g.sets = 13
    UNION ALL
    ${areas}`;
}

function budgetRow(
  year: number | null,
  fund: string | null,
  n: number,
  fig: BudgetFigures,
  plannedApplies: boolean,
): BudgetRowDto {
  const e = budgetExecution(plannedApplies ? fig : { ...fig, planned: 0n });
  return {
    year,
    fund,
    count: n,
    planned: plannedApplies ? fig.planned.toString() : null,
    committed: fig.committed.toString(),
    disbursed: fig.disbursed.toString(),
    settled: fig.settled.toString(),
    counterpart: fig.counterpart.toString(),
    plannedCounterpart: fig.plannedCounterpart.toString(),
    documentedCounterpart: fig.documentedCounterpart.toString(),
    display: {
      planned: plannedApplies ? formatMoneyShort(fig.planned) : "—",
      committed: formatMoneyShort(fig.committed),
      disbursed: formatMoneyShort(fig.disbursed),
      settled: formatMoneyShort(fig.settled),
      counterpart: formatMoneyShort(fig.counterpart),
    },
    commitmentRate: plannedApplies ? formatBp(e.commitmentRateBp) : "—",
    disbursementRate: formatBp(e.disbursementRateBp),
    settlementRate: formatBp(e.settlementRateBp),
    leverage: formatLeverage(e.plannedLeverageTenths),
    leverageDocumented: formatLeverage(e.documentedLeverageTenths),
  };
}

const HISTORIC_UNTIL = formatDate(new Date("2025-06-30"));

function breakdown(a: Agg, fallback: string): BreakdownRowDto {
  return {
    key: a.key,
    label: a.label ?? fallback,
    historic: a.historic ? a.historic.split("; ").map((h) => `${h} (đến ${HISTORIC_UNTIL})`) : [],
    count: a.n,
    committed: a.committed.toString(),
    disbursed: a.disbursed.toString(),
    counterpart: a.counterpart.toString(),
    display: {
      committed: formatMoneyShort(a.committed),
      disbursed: formatMoneyShort(a.disbursed),
      counterpart: formatMoneyShort(a.counterpart),
    },
  };
}

export type BudgetView = {
  rows: BudgetRowDto[];
  total: BudgetRowDto;
  plannedApplies: boolean;
  categories: BreakdownRowDto[];
  /** By commune within a province; by province for the whole country (`areaLevel`). */
  communes: BreakdownRowDto[];
  areaLevel: "commune" | "province";
};

export async function loadBudget(
  db: Q,
  scope: DashboardScope,
  f: DashboardFilters,
  w: Window,
  cutoff?: Date,
): Promise<BudgetView> {
  const agg = await aggregate(db, scope, f, w, cutoff);
  // Envelopes are allocated per agency, year and fund: they cannot be split by activity or commune.
  const plannedApplies = !f.category && !f.commune;
  const keys = new Map<string, { year: number; fund: string; n: number; fig: BudgetFigures }>();
  for (const a of agg.filter((x) => x.grp === "budget" || x.grp === "planned")) {
    if (a.year === null || a.fund === null) continue;
    const k = `${a.year}|${a.fund}`;
    const cur = keys.get(k) ?? { year: a.year, fund: a.fund, n: 0, fig: ZERO_BUDGET };
    cur.n += a.n;
    cur.fig = addBudget(cur.fig, {
      planned: a.planned,
      committed: a.committed,
      disbursed: a.disbursed,
      settled: a.settled,
      counterpart: a.counterpart,
      plannedCounterpart: a.plannedCounterpart,
      documentedCounterpart: a.documentedCounterpart,
      trackedCommitted: a.trackedCommitted,
    });
    keys.set(k, cur);
  }
  const sorted = [...keys.values()].sort((x, y) => x.year - y.year || x.fund.localeCompare(y.fund));
  const rows = sorted.map((r) => budgetRow(r.year, r.fund, r.n, r.fig, plannedApplies));
  const totalFig = sorted.reduce((s, r) => addBudget(s, r.fig), ZERO_BUDGET);
  const total = budgetRow(
    null,
    null,
    sorted.reduce((s, r) => s + r.n, 0),
    totalFig,
    plannedApplies,
  );
  const categories = agg
    .filter((a) => a.grp === "category")
    .map((a) => breakdown(a, a.key ?? "—"))
    .sort((x, y) => Number(BigInt(y.committed) - BigInt(x.committed)));
  const communes = agg
    .filter((a) => a.grp === "area")
    .map((a) => breakdown(a, scope.provinceIds === null ? "Cơ quan trung ương" : "Chưa xác định địa bàn"))
    .sort((x, y) => Number(BigInt(y.committed) - BigInt(x.committed)));
  return {
    rows,
    total,
    plannedApplies,
    categories,
    communes,
    areaLevel: scope.provinceIds === null ? "province" : "commune",
  };
}
