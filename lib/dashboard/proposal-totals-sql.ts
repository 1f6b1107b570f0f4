import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { inScope, type DashboardScope } from "@/lib/territory/scope";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { unitRollCte } from "@/lib/dashboard/unit-roll-sql";
import { COMMITTED_STATUSES } from "@/lib/dashboard/statuses";

/**
 * CTE `pt`: the dashboard's money figures (the definitions of proposal-figures-sql.ts) already summed by
 * the database per province, year, fund, activity and commune (table "ProposalTotal", kept by triggers),
 * with the commune rolled up to today's unit and the province to its successor. Thousands of rows for
 * the whole country instead of every đề án; the drill-downs list the đề án behind each sum.
 */
export function proposalTotalsCte(
  scope: DashboardScope,
  f: DashboardFilters,
  opts: { yearFrom: number; yearTo: number },
): Prisma.Sql {
  return Prisma.sql`
    ${unitRollCte("rolled")},
    ${proposalTotalsPt(scope, f, opts)}`;
}

/** CTE `pt` alone, for a statement that already has unitRollCte("rolled") (the drill-down's). */
export function proposalTotalsPt(
  scope: DashboardScope,
  f: DashboardFilters,
  opts: { yearFrom: number; yearTo: number },
): Prisma.Sql {
  const fund = f.fund ? Prisma.sql`AND t.fund::text = ${f.fund}` : Prisma.empty;
  const year = f.year
    ? Prisma.sql`AND t.year = ${f.year}`
    : Prisma.sql`AND t.year BETWEEN ${opts.yearFrom} AND ${opts.yearTo}`;
  const category = f.category ? Prisma.sql`AND c.code = ${f.category}` : Prisma.empty;
  const commune = f.commune ? Prisma.sql`AND COALESCE(r.cur, t."communeId") = ${f.commune}` : Prisma.empty;
  // Illustrative đề án (invented amounts) stay out of official totals unless the viewer asks for them.
  const illustrative = f.illustrative ? Prisma.empty : Prisma.sql`AND t.illustrative = false`;
  return Prisma.sql`
    pt AS (
      SELECT t.year, t.fund::text AS fund, c.code AS "categoryCode", c.name AS "categoryName",
        t."communeId" AS "unitId", COALESCE(r.cur, t."communeId") AS "communeId", COALESCE(pv."successorId", t."provinceId") AS "provinceId",
        t."isCommitted", t.illustrative, t.n, t.committed, t.disbursed, t.settled, t.counterpart,
        t."plannedCounterpart", t."documentedCounterpart", t."trackedCommitted"
      FROM "ProposalTotal" t
      JOIN "ActivityCategory" c ON c.id = t."activityCategoryId"
      LEFT JOIN "AdminUnit" pv ON pv.id = t."provinceId"
      LEFT JOIN rolled r ON r.id = t."communeId"
      WHERE ${inScope(Prisma.sql`t."provinceId"`, scope)} ${year} ${fund} ${category} ${commune} ${illustrative}
    )`;
}

/**
 * CTE `pt` with the same columns, computed from the đề án themselves as they stood at a report's cut-off
 * (issue 12 item 4): committed once the approval was decided by then, money by its posting date (ledger
 * `occurredAt`), settlement by its date. Reports are rare and scoped, so they read the rows, not the roll-up.
 */
export function proposalCutCte(
  scope: DashboardScope,
  f: DashboardFilters,
  opts: { yearFrom: number; yearTo: number },
  cutoff: Date,
): Prisma.Sql {
  const fund = f.fund ? Prisma.sql`AND p.fund::text = ${f.fund}` : Prisma.empty;
  const year = f.year
    ? Prisma.sql`AND p.year = ${f.year}`
    : Prisma.sql`AND p.year BETWEEN ${opts.yearFrom} AND ${opts.yearTo}`;
  const category = f.category ? Prisma.sql`AND c.code = ${f.category}` : Prisma.empty;
  const commune = f.commune ? Prisma.sql`AND COALESCE(r.cur, p."communeId") = ${f.commune}` : Prisma.empty;
  const illustrative = f.illustrative ? Prisma.empty : Prisma.sql`AND p.fictional = false`;
  const committed = Prisma.join(COMMITTED_STATUSES.map((s) => Prisma.sql`${s}`));
  return Prisma.sql`
    ${unitRollCte("rolled")},
    pc AS (
      SELECT p.*, c.code AS "categoryCode", c.name AS "categoryName", a."provinceId" AS "agencyProvinceId",
        (p.status::text IN (${committed}) AND COALESCE(p."decidedAt", make_date(p.year, 1, 1))::date <= ${cutoff}::date) AS "isCommittedThen",
        s."settledSupport" AS "settledThen", s.counterpart AS "settledCounterpartThen",
        (SELECT COALESCE(SUM(CASE le.kind::text WHEN 'ADVANCE' THEN le.amount WHEN 'FINAL_PAYMENT' THEN le.amount WHEN 'REFUND' THEN -le.amount ELSE 0 END), 0)
          FROM "LedgerEntry" le WHERE le."proposalId" = p.id AND le."occurredAt" <= ${cutoff}::date)::bigint AS "disbursedThen"
      FROM "Proposal" p
      JOIN "Agency" a ON a.id = p."agencyId"
      JOIN "ActivityCategory" c ON c.id = p."activityCategoryId"
      LEFT JOIN "Settlement" s ON s."proposalId" = p.id AND s."settledAt" <= ${cutoff}::date
      LEFT JOIN rolled r ON r.id = p."communeId"
      WHERE (p.status::text IN (${committed}) OR p.status::text = 'STOPPED')
        AND ${inScope(Prisma.sql`a."provinceId"`, scope)} ${year} ${fund} ${category} ${commune} ${illustrative}
    ),
    pt AS (
      SELECT pc.year, pc.fund::text AS fund, pc."categoryCode", pc."categoryName", pc."communeId" AS "unitId",
        COALESCE(r.cur, pc."communeId") AS "communeId", COALESCE(pv."successorId", pc."agencyProvinceId") AS "provinceId",
        pc."isCommittedThen" AS "isCommitted", pc.fictional AS illustrative,
        (CASE WHEN pc."isCommittedThen" THEN 1 ELSE 0 END)::int AS n,
        (CASE WHEN pc."isCommittedThen" THEN COALESCE(pc."approvedSupport", 0) ELSE 0 END)::bigint AS committed,
        pc."disbursedThen" AS disbursed,
        COALESCE(pc."settledThen", 0)::bigint AS settled,
        (CASE WHEN pc."isCommittedThen" THEN COALESCE(pc."settledCounterpartThen", pc.counterpart) ELSE 0 END)::bigint AS counterpart,
        (CASE WHEN pc."isCommittedThen" THEN pc.counterpart ELSE 0 END)::bigint AS "plannedCounterpart",
        (CASE WHEN pc."settledThen" IS NOT NULL THEN COALESCE(pc."settledCounterpartThen", 0) ELSE 0 END)::bigint AS "documentedCounterpart",
        (CASE WHEN pc."isCommittedThen" AND (pc.status::text IN ('CONTRACTED', 'IN_PROGRESS', 'ACCEPTED', 'SETTLED') OR pc."disbursedThen" <> 0)
          THEN COALESCE(pc."approvedSupport", 0) ELSE 0 END)::bigint AS "trackedCommitted"
      FROM pc
      LEFT JOIN "AdminUnit" pv ON pv.id = pc."agencyProvinceId"
      LEFT JOIN rolled r ON r.id = pc."communeId"
    )`;
}
