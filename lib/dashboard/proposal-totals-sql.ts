import { Prisma } from "@/lib/generated/prisma/client";
import { inScope, type DashboardScope } from "@/lib/dashboard/scope";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { unitRollCte } from "@/lib/dashboard/unit-roll-sql";

/**
 * CTE `pt`: the dashboard's money figures (the definitions of proposal-figures-sql.ts) already summed by
 * the database per province, year, fund, activity and commune (table "ProposalTotal", kept by triggers),
 * with the commune rolled up to today's unit and the province to its successor. Thousands of rows for
 * the whole country instead of every đề án; the drill-downs list the đề án behind each sum.
 */
export function proposalTotalsCte(scope: DashboardScope, f: DashboardFilters, opts: { yearFrom: number; yearTo: number }): Prisma.Sql {
  const fund = f.fund ? Prisma.sql`AND t.fund::text = ${f.fund}` : Prisma.empty;
  const year = f.year ? Prisma.sql`AND t.year = ${f.year}` : Prisma.sql`AND t.year BETWEEN ${opts.yearFrom} AND ${opts.yearTo}`;
  const category = f.category ? Prisma.sql`AND c.code = ${f.category}` : Prisma.empty;
  const commune = f.commune ? Prisma.sql`AND COALESCE(r.cur, t."communeId") = ${f.commune}` : Prisma.empty;
  // Illustrative đề án (invented amounts) stay out of official totals unless the viewer asks for them.
  const illustrative = f.illustrative ? Prisma.empty : Prisma.sql`AND t.illustrative = false`;
  return Prisma.sql`
    ${unitRollCte("rolled")},
    pt AS (
      SELECT t.year, t.fund::text AS fund, c.code AS "categoryCode", c.name AS "categoryName",
        t."communeId" AS "unitId", COALESCE(r.cur, t."communeId") AS "communeId", COALESCE(pv."successorId", t."provinceId") AS "provinceId",
        t."isCommitted", t.illustrative, t.n, t.committed, t.disbursed, t.settled, t.counterpart,
        t."plannedCounterpart", t."documentedCounterpart"
      FROM "ProposalTotal" t
      JOIN "ActivityCategory" c ON c.id = t."activityCategoryId"
      LEFT JOIN "AdminUnit" pv ON pv.id = t."provinceId"
      LEFT JOIN rolled r ON r.id = t."communeId"
      WHERE ${inScope(Prisma.sql`t."provinceId"`, scope)} ${year} ${fund} ${category} ${commune} ${illustrative}
    )`;
}
