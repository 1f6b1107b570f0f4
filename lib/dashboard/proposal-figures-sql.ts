import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { COMMITTED_STATUSES } from "@/lib/dashboard/statuses";
import { inScope, type DashboardScope } from "@/lib/territory/scope";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { unitRollCte } from "@/lib/dashboard/unit-roll-sql";

// The one definition of "the money of a đề án" behind the dashboard's drill-downs (one row per đề án); the
// dashboard's totals read the same figures summed by the database (ProposalTotal, proposal-totals-sql.ts):
//   committed   = approved support of a đề án in an approved-or-later status
//   disbursed   = advances + final payments − refunds (ledger; "Proposal"."ledgerDisbursed")
//   settled     = settled support (settlement record; "Proposal"."settledSupport")
//   counterpart = settled counterpart, else the committed counterpart of the đề án
//   plannedCounterpart / documentedCounterpart = the two numerators of lib/metrics/counterpart.ts
//   illustrative = Proposal.fictional (invented amounts): left out unless the viewer includes them
// Communes are rolled up along AdminUnit.successorId, so a historic district (e.g. huyện Lục Ngạn,
// valid to 30/06/2025) is counted under the commune that succeeded it.

const committedList = Prisma.join(COMMITTED_STATUSES.map((s) => Prisma.sql`${s}`));

/** A đề án's committed support in the figures: its approved support once approved or later, 0 when stopped. */
export const committedSql = Prisma.sql`CASE WHEN p.status::text IN (${committedList}) THEN COALESCE(p."approvedSupport", 0) ELSE 0 END::bigint`;

/**
 * FROM and WHERE of the đề án behind the figures (aliases p, a, c, and r for the rolled-up commune; needs
 * unitRollCte("rolled") in the same WITH): shared by the rows (pf below) and the drill-down's keyset, which reads
 * only indexed columns.
 */
export function proposalFiguresFrom(
  scope: DashboardScope,
  f: DashboardFilters,
  opts: { yearFrom: number; yearTo: number; proposalId?: string; ids?: Prisma.Sql },
): Prisma.Sql {
  const fund = f.fund ? Prisma.sql`AND p.fund::text = ${f.fund}` : Prisma.empty;
  const year = f.year
    ? Prisma.sql`AND p.year = ${f.year}`
    : Prisma.sql`AND p.year BETWEEN ${opts.yearFrom} AND ${opts.yearTo}`;
  const category = f.category ? Prisma.sql`AND c.code = ${f.category}` : Prisma.empty;
  const commune = f.commune ? Prisma.sql`AND COALESCE(r.cur, p."communeId") = ${f.commune}` : Prisma.empty;
  const one = opts.proposalId ? Prisma.sql`AND p.id = ${opts.proposalId}` : Prisma.empty;
  const ids = opts.ids ? Prisma.sql`AND p.id IN (${opts.ids})` : Prisma.empty;
  // One đề án is shown whatever it is (flagged); lists follow the viewer's choice on illustrative ones.
  const illustrative = opts.proposalId || f.illustrative ? Prisma.empty : Prisma.sql`AND p.fictional = false`;
  return Prisma.sql`
      FROM "Proposal" p
      JOIN "Agency" a ON a.id = p."agencyId"
      JOIN "ActivityCategory" c ON c.id = p."activityCategoryId"
      LEFT JOIN rolled r ON r.id = p."communeId"
      WHERE (p.status::text IN (${committedList}) OR p.status::text = 'STOPPED')
        AND ${inScope(Prisma.sql`a."provinceId"`, scope)} ${year} ${fund} ${category} ${commune} ${one} ${ids} ${illustrative}`;
}

export function proposalFiguresCte(
  scope: DashboardScope,
  f: DashboardFilters,
  opts: { yearFrom: number; yearTo: number; proposalId?: string; ids?: Prisma.Sql },
): Prisma.Sql {
  return Prisma.sql`
    ${unitRollCte("rolled")},
    pf AS (
      SELECT p.id, p.code, p.title, p.year, p.fund::text AS fund, p.status::text AS status,
        c.code AS "categoryCode", c.name AS "categoryName", p."communeId" AS "unitId",
        COALESCE(r.cur, p."communeId") AS "communeId",
        ${committedSql} AS committed,
        p."ledgerDisbursed" AS disbursed,
        COALESCE(p."settledSupport", 0)::bigint AS settled,
        CASE WHEN p.status::text IN (${committedList}) THEN COALESCE(p."settledCounterpart", p.counterpart) ELSE 0 END::bigint AS counterpart,
        CASE WHEN p.status::text IN (${committedList}) THEN p.counterpart ELSE 0 END::bigint AS "plannedCounterpart",
        CASE WHEN p."settledSupport" IS NOT NULL THEN COALESCE(p."settledCounterpart", 0) ELSE 0 END::bigint AS "documentedCounterpart",
        (p.status::text IN (${committedList})) AS "isCommitted", p.fictional AS illustrative
      ${proposalFiguresFrom(scope, f, opts)}
    )`;
}
