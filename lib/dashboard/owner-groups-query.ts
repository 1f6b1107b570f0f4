import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { inScope, type DashboardScope } from "@/lib/territory/scope";
import { COMMITTED_STATUSES } from "@/lib/dashboard/statuses";
import { completeGroups, ownerGroupOf, type OwnerGroup, type OwnerGroupCell } from "@/lib/metrics/owner-groups";

// Đề án approved and later, their establishments and support, by owner group and by industry; and the results
// their acceptances recorded, by indicator and owner group (issue 19). The same filters as the dashboard: scope
// (province of the agency), period or year, fund, activity, commune, illustrative amounts in or out.

type Q = PrismaClient | Tx;

function where(scope: DashboardScope, f: DashboardFilters, w: { startYear: number; endYear: number }): Prisma.Sql {
  const year = f.year
    ? Prisma.sql`AND p.year = ${f.year}`
    : Prisma.sql`AND p.year BETWEEN ${w.startYear} AND ${w.endYear}`;
  const fund = f.fund ? Prisma.sql`AND p.fund::text = ${f.fund}` : Prisma.empty;
  const category = f.category ? Prisma.sql`AND c.code = ${f.category}` : Prisma.empty;
  const commune = f.commune ? Prisma.sql`AND p."communeId" = ${f.commune}` : Prisma.empty;
  const illustrative = f.illustrative ? Prisma.empty : Prisma.sql`AND p.fictional = false`;
  return Prisma.sql`p.status::text IN (${Prisma.join([...COMMITTED_STATUSES])})
    AND ${inScope(Prisma.sql`a."provinceId"`, scope)} ${year} ${fund} ${category} ${commune} ${illustrative}`;
}

export type OwnerBreakdown = {
  groups: OwnerGroupCell[];
  industries: Array<{ code: string | null; label: string; proposals: number; establishments: number; support: bigint }>;
  results: Array<{ code: string; name: string; unit: string; byGroup: Record<OwnerGroup, bigint>; total: bigint }>;
};

export async function loadOwnerBreakdown(
  db: Q,
  scope: DashboardScope,
  f: DashboardFilters,
  w: { startYear: number; endYear: number },
): Promise<OwnerBreakdown> {
  const cond = where(scope, f, w);
  const from = Prisma.sql`FROM "Proposal" p JOIN "Agency" a ON a.id = p."agencyId"
    JOIN "ActivityCategory" c ON c.id = p."activityCategoryId" LEFT JOIN "Establishment" e ON e.id = p."establishmentId"`;
  const [groups, industries, results] = await Promise.all([
    db.$queryRaw<Array<{ women: boolean | null; ethnic: boolean | null; n: number; est: number; support: bigint }>>`
      SELECT e."womenOwned" AS women, e."ethnicMinorityOwned" AS ethnic, count(*)::int AS n,
        count(DISTINCT e.id)::int AS est, COALESCE(SUM(p."approvedSupport"), 0)::bigint AS support
      ${from} WHERE ${cond} GROUP BY 1, 2`,
    db.$queryRaw<Array<{ code: string | null; label: string | null; n: number; est: number; support: bigint }>>`
      SELECT e."industryCode" AS code, MIN(e.industry) AS label, count(*)::int AS n, count(DISTINCT e.id)::int AS est,
        COALESCE(SUM(p."approvedSupport"), 0)::bigint AS support
      ${from} WHERE ${cond} AND e.id IS NOT NULL GROUP BY 1 ORDER BY 5 DESC`,
    db.$queryRaw<
      Array<{ code: string; name: string; unit: string; women: boolean | null; ethnic: boolean | null; v: bigint }>
    >`
      SELECT i.code, i.name, i.unit, e."womenOwned" AS women, e."ethnicMinorityOwned" AS ethnic, SUM(r.value)::bigint AS v
      ${from} JOIN "Result" r ON r."proposalId" = p.id AND r.origin = 'ACCEPTANCE' AND r.status = 'APPROVED'
      JOIN "Indicator" i ON i.id = r."indicatorId"
      WHERE ${cond} GROUP BY i.code, i.name, i.unit, i.position, 4, 5 ORDER BY i.position`,
  ]);
  const cells = new Map<OwnerGroup, OwnerGroupCell>();
  for (const g of groups) {
    const group = ownerGroupOf(g.women === null ? null : { womenOwned: g.women, ethnicMinorityOwned: !!g.ethnic });
    const c = cells.get(group) ?? { group, proposals: 0, establishments: 0, support: 0n };
    c.proposals += Number(g.n);
    c.establishments += Number(g.est);
    c.support += BigInt(g.support);
    cells.set(group, c);
  }
  const byIndicator = new Map<string, OwnerBreakdown["results"][number]>();
  for (const r of results) {
    const row =
      byIndicator.get(r.code) ??
      byIndicator
        .set(r.code, {
          code: r.code,
          name: r.name,
          unit: r.unit,
          byGroup: { BOTH: 0n, WOMEN: 0n, ETHNIC: 0n, OTHER: 0n, NONE: 0n },
          total: 0n,
        })
        .get(r.code)!;
    const group = ownerGroupOf(r.women === null ? null : { womenOwned: r.women, ethnicMinorityOwned: !!r.ethnic });
    row.byGroup[group] += BigInt(r.v);
    row.total += BigInt(r.v);
  }
  return {
    groups: completeGroups([...cells.values()]),
    industries: industries.map((i) => ({
      code: i.code,
      label: i.label ?? i.code ?? "—",
      proposals: Number(i.n),
      establishments: Number(i.est),
      support: BigInt(i.support),
    })),
    results: [...byIndicator.values()],
  };
}
