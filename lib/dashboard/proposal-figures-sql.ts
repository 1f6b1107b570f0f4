import { Prisma } from "@/lib/generated/prisma/client";
import { COMMITTED_STATUSES } from "@/lib/dashboard/statuses";
import { inScope, type DashboardScope } from "@/lib/dashboard/scope";
import type { DashboardFilters } from "@/lib/dashboard/filters";

// The one definition of "the money of a đề án" shared by the dashboard totals and their drill-downs, so a
// total always equals the sum of the rows behind it.
//   committed   = approved support of a đề án in an approved-or-later status
//   disbursed   = advances + final payments − refunds (ledger)
//   settled     = settled support (settlement record)
//   counterpart = settled counterpart, else the committed counterpart of the đề án
// Communes are rolled up along AdminUnit.successorId, so a historic district (e.g. huyện Lục Ngạn,
// valid to 30/06/2025) is counted under the commune that succeeded it.

const committed = Prisma.join(COMMITTED_STATUSES.map((s) => Prisma.sql`${s}`));

export function proposalFiguresCte(scope: DashboardScope, f: DashboardFilters, opts: { yearFrom: number; yearTo: number; proposalId?: string }): Prisma.Sql {
  const fund = f.fund ? Prisma.sql`AND p.fund::text = ${f.fund}` : Prisma.empty;
  const year = f.year ? Prisma.sql`AND p.year = ${f.year}` : Prisma.sql`AND p.year BETWEEN ${opts.yearFrom} AND ${opts.yearTo}`;
  const category = f.category ? Prisma.sql`AND c.code = ${f.category}` : Prisma.empty;
  const commune = f.commune ? Prisma.sql`AND COALESCE(r.cur, p."communeId") = ${f.commune}` : Prisma.empty;
  const one = opts.proposalId ? Prisma.sql`AND p.id = ${opts.proposalId}` : Prisma.empty;
  return Prisma.sql`
    roll(id, cur, depth) AS (
      SELECT u.id, u.id, 0 FROM "AdminUnit" u
      WHERE u.id IN (SELECT DISTINCT p0."communeId" FROM "Proposal" p0 WHERE p0."communeId" IS NOT NULL)
      UNION ALL
      SELECT roll.id, u."successorId", roll.depth + 1 FROM roll JOIN "AdminUnit" u ON u.id = roll.cur
      WHERE u."successorId" IS NOT NULL AND roll.depth < 5
    ),
    rolled AS (SELECT DISTINCT ON (id) id, cur FROM roll ORDER BY id, depth DESC),
    pf AS (
      SELECT p.id, p.code, p.title, p.year, p.fund::text AS fund, p.status::text AS status,
        c.code AS "categoryCode", c.name AS "categoryName", p."communeId" AS "unitId",
        r.cur AS "communeId",
        CASE WHEN p.status::text IN (${committed}) THEN COALESCE(p."approvedSupport", 0) ELSE 0 END::bigint AS committed,
        COALESCE(l.disbursed, 0)::bigint AS disbursed,
        COALESCE(s."settledSupport", 0)::bigint AS settled,
        CASE WHEN p.status::text IN (${committed}) THEN COALESCE(s.counterpart, p.counterpart) ELSE 0 END::bigint AS counterpart,
        (p.status::text IN (${committed})) AS "isCommitted"
      FROM "Proposal" p
      JOIN "Agency" a ON a.id = p."agencyId"
      JOIN "ActivityCategory" c ON c.id = p."activityCategoryId"
      LEFT JOIN rolled r ON r.id = p."communeId"
      LEFT JOIN "Settlement" s ON s."proposalId" = p.id
      LEFT JOIN LATERAL (
        SELECT SUM(CASE WHEN le.kind::text = 'REFUND' THEN -le.amount
                        WHEN le.kind::text IN ('ADVANCE', 'FINAL_PAYMENT') THEN le.amount ELSE 0 END) AS disbursed
        FROM "LedgerEntry" le WHERE le."proposalId" = p.id
      ) l ON TRUE
      WHERE (p.status::text IN (${committed}) OR p.status::text = 'STOPPED')
        AND ${inScope(Prisma.sql`a."provinceId"`, scope)} ${year} ${fund} ${category} ${commune} ${one}
    )`;
}
