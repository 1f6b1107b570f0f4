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
 * by area — the communes of a province, or the provinces of the whole country.
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
  const areas =
    scope.provinceIds === null
      ? Prisma.sql`SELECT 'area' AS grp, NULL::int AS year, NULL::text AS fund, pu.code AS key, MIN(pu.name) AS label, NULL::text AS historic, ${sums}, 0::bigint AS planned
      FROM pt LEFT JOIN "AdminUnit" pu ON pu.id = pt."provinceId" GROUP BY pu.code`
      : Prisma.sql`SELECT 'area' AS grp, NULL::int AS year, NULL::text AS fund, pt."communeId" AS key, MIN(cu.name || CASE WHEN cu."validTo" IS NOT NULL THEN ' (cũ)' ELSE '' END) AS label,
        string_agg(DISTINCT hu.name, '; ') FILTER (WHERE pt."unitId" <> pt."communeId") AS historic, ${sums}, 0::bigint AS planned
      FROM pt LEFT JOIN "AdminUnit" cu ON cu.id = pt."communeId" LEFT JOIN "AdminUnit" hu ON hu.id = pt."unitId"
      GROUP BY pt."communeId"`;
  return db.$queryRaw<Agg[]>`
    WITH RECURSIVE ${cutoff ? proposalCutCte(scope, f, { yearFrom: w.startYear, yearTo: w.endYear }, cutoff) : proposalTotalsCte(scope, f, { yearFrom: w.startYear, yearTo: w.endYear })}
    SELECT 'budget' AS grp, pt.year, pt.fund, NULL::text AS key, NULL::text AS label, NULL::text AS historic, ${sums}, 0::bigint AS planned
    FROM pt GROUP BY pt.year, pt.fund
    UNION ALL
    SELECT 'planned', e.year, e.fund::text, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0, SUM(e.amount)::bigint
    FROM "BudgetEnvelope" e JOIN "Agency" a ON a.id = e."agencyId"
    WHERE ${inScope(Prisma.sql`a."provinceId"`, scope)} ${envYear} ${envFund}
    GROUP BY e.year, e.fund
    UNION ALL
    SELECT 'category', NULL, NULL, pt."categoryCode", MIN(pt."categoryName"), NULL, ${sums}, 0::bigint
    FROM pt GROUP BY pt."categoryCode"
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
