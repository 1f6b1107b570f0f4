import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { inScope, type DashboardScope } from "@/lib/territory/scope";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { unitRollCte } from "@/lib/dashboard/unit-roll-sql";

export type Window = { startYear: number; endYear: number };

/** A result belongs to a period if its year lies in it, or — a whole-period figure — its span lies in it. */
export function inWindow(w: Window, alias = "r"): Prisma.Sql {
  const a = Prisma.raw(alias);
  return Prisma.sql`((${a}.year BETWEEN ${w.startYear} AND ${w.endYear})
    OR (${a}.year IS NULL AND ${a}."startYear" >= ${w.startYear} AND ${a}."endYear" <= ${w.endYear}))`;
}

/**
 * "This result is in scope": its own province, else its agency's. Written as two indexed conditions
 * (Result.provinceId, Result.agencyId) so a province reads its own rows, not the whole country's.
 */
function resultInScope(scope: DashboardScope): Prisma.Sql {
  if (scope.provinceIds === null) return Prisma.sql`TRUE`;
  if (scope.provinceIds.length === 0) return Prisma.sql`FALSE`;
  const ids = Prisma.join(scope.provinceIds);
  return Prisma.sql`(r."provinceId" IN (${ids})
    OR (r."provinceId" IS NULL AND r."agencyId" IN (SELECT ag.id FROM "Agency" ag WHERE ag."provinceId" IN (${ids}))))`;
}

/**
 * CTE `rs`: approved results in scope and filters over the current and previous windows, one row per
 * result, with their commune rolled up along successor links. Only approved rows count: a manual entry
 * waits for a leader (results.approve). For the commune view and the drill-downs; totals without a commune
 * filter read the roll-up (resultTotalsCte), which sums the same rows.
 */
/**
 * "Counted by the cut-off": a result counts from the day it was accepted (acceptance minutes) or approved
 * (a leader's approval of a manual/imported entry); a published figure seeded from a source, from the end
 * of the year or period it reports. Reports state a cut-off and count nothing recorded after it.
 */
export function resultAsOf(cutoff: Date): Prisma.Sql {
  return Prisma.sql`(CASE WHEN r.origin::text = 'SEED' THEN make_date(COALESCE(r.year, r."endYear"), 12, 31)
    ELSE COALESCE((SELECT acc."acceptedAt" FROM "Acceptance" acc WHERE acc.id = r."acceptanceId"), r."approvedAt", r."createdAt")::date END) <= ${cutoff}::date`;
}

export function resultsCte(
  scope: DashboardScope,
  f: DashboardFilters,
  current: Window,
  previous: Window | null,
  opts: { indicatorId?: string; cutoff?: Date } = {},
): Prisma.Sql {
  const fund = f.fund ? Prisma.sql`AND r.fund::text = ${f.fund}` : Prisma.empty;
  const category = f.category ? Prisma.sql`AND c.code = ${f.category}` : Prisma.empty;
  const commune = f.commune ? Prisma.sql`AND COALESCE(ro.cur, r."communeId") = ${f.commune}` : Prisma.empty;
  const indicator = opts.indicatorId ? Prisma.sql`AND r."indicatorId" = ${opts.indicatorId}` : Prisma.empty;
  const cut = opts.cutoff ? Prisma.sql`AND ${resultAsOf(opts.cutoff)}` : Prisma.empty;
  const windows = previous ? Prisma.sql`(${inWindow(current)} OR ${inWindow(previous)})` : inWindow(current);
  return Prisma.sql`
    ${unitRollCte("rrolled")},
    rs AS (
      SELECT r.id, r."indicatorId", r.year, r."startYear", r."endYear", r.value, r."atLeast", r.approximate, r."communeId" AS "unitId",
        COALESCE(ro.cur, r."communeId") AS "communeId", ${inWindow(current)} AS "isCurrent",
        (SELECT COALESCE(pv."successorId", pv.id) FROM "AdminUnit" pv
          WHERE pv.id = COALESCE(r."provinceId", (SELECT ag."provinceId" FROM "Agency" ag WHERE ag.id = r."agencyId"))) AS "provinceId"
      FROM "Result" r
      LEFT JOIN "ActivityCategory" c ON c.id = r."activityCategoryId"
      LEFT JOIN rrolled ro ON ro.id = r."communeId"
      WHERE r.status::text = 'APPROVED'
        AND ${resultInScope(scope)}
        AND ${windows} ${fund} ${category} ${commune} ${indicator} ${cut}
    )`;
}

/**
 * CTE `rt`: the same approved results already summed by the database per indicator, province, year or
 * period, fund, activity and uncategorised source words (table "ResultTotal", kept by triggers), the
 * province taken to its successor. No commune: a commune filter reads `rs`.
 */
export function resultTotalsCte(
  scope: DashboardScope,
  f: DashboardFilters,
  current: Window,
  previous: Window | null,
): Prisma.Sql {
  const windows = previous
    ? Prisma.sql`(${inWindow(current, "t")} OR ${inWindow(previous, "t")})`
    : inWindow(current, "t");
  return Prisma.sql`
    rt AS (
      SELECT t."indicatorId", t.year, t."startYear", t."endYear", t.value, t.n, t."atLeastN", t."approxN", t."rawText",
        c.code AS "categoryCode", c.name AS "categoryName", COALESCE(pv."successorId", t."provinceId") AS "provinceId",
        ${inWindow(current, "t")} AS "isCurrent"
      FROM "ResultTotal" t
      LEFT JOIN "ActivityCategory" c ON c.id = t."activityCategoryId"
      LEFT JOIN "AdminUnit" pv ON pv.id = t."provinceId"
      WHERE ${inScope(Prisma.sql`t."provinceId"`, scope)} AND ${windows} ${resultTotalFilters(f)}
    )`;
}

/**
 * The dashboard's fund and activity filters on "ResultTotal" aliased `t` (the activity by its code, without joining it
 * to every row): shared by resultTotalsCte and the reads that sum the roll-up before naming anything.
 */
export function resultTotalFilters(f: DashboardFilters): Prisma.Sql {
  const fund = f.fund ? Prisma.sql`AND t.fund::text = ${f.fund}` : Prisma.empty;
  const category = f.category
    ? Prisma.sql`AND t."activityCategoryId" IN (SELECT ac.id FROM "ActivityCategory" ac WHERE ac.code = ${f.category})`
    : Prisma.empty;
  return Prisma.sql`${fund} ${category}`;
}
