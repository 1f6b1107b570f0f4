import { Prisma } from "@/lib/generated/prisma/client";
import { inScope, type DashboardScope } from "@/lib/dashboard/scope";
import type { DashboardFilters } from "@/lib/dashboard/filters";

export type Window = { startYear: number; endYear: number };

/** A result belongs to a period if its year lies in it, or — a whole-period figure — its span lies in it. */
export function inWindow(w: Window): Prisma.Sql {
  return Prisma.sql`((r.year BETWEEN ${w.startYear} AND ${w.endYear})
    OR (r.year IS NULL AND r."startYear" >= ${w.startYear} AND r."endYear" <= ${w.endYear}))`;
}

/**
 * Approved results in scope and filters over the current and previous windows, with their commune rolled
 * up along successor links. Only approved rows count: a manual entry waits for a leader (results.approve).
 */
export function resultsCte(scope: DashboardScope, f: DashboardFilters, current: Window, previous: Window | null, opts: { indicatorId?: string } = {}): Prisma.Sql {
  const fund = f.fund ? Prisma.sql`AND r.fund::text = ${f.fund}` : Prisma.empty;
  const category = f.category ? Prisma.sql`AND c.code = ${f.category}` : Prisma.empty;
  const commune = f.commune ? Prisma.sql`AND ro.cur = ${f.commune}` : Prisma.empty;
  const indicator = opts.indicatorId ? Prisma.sql`AND r."indicatorId" = ${opts.indicatorId}` : Prisma.empty;
  const windows = previous ? Prisma.sql`(${inWindow(current)} OR ${inWindow(previous)})` : inWindow(current);
  return Prisma.sql`
    rroll(id, cur, depth) AS (
      SELECT u.id, u.id, 0 FROM "AdminUnit" u
      WHERE u.id IN (SELECT DISTINCT r0."communeId" FROM "Result" r0 WHERE r0."communeId" IS NOT NULL)
      UNION ALL
      SELECT rroll.id, u."successorId", rroll.depth + 1 FROM rroll JOIN "AdminUnit" u ON u.id = rroll.cur
      WHERE u."successorId" IS NOT NULL AND rroll.depth < 5
    ),
    rrolled AS (SELECT DISTINCT ON (id) id, cur FROM rroll ORDER BY id, depth DESC),
    rs AS (
      SELECT r.id, r."indicatorId", r.year, r."startYear", r."endYear", r.value, r."atLeast", r."communeId" AS "unitId",
        ro.cur AS "communeId", ${inWindow(current)} AS "isCurrent"
      FROM "Result" r
      LEFT JOIN "Agency" a ON a.id = r."agencyId"
      LEFT JOIN "ActivityCategory" c ON c.id = r."activityCategoryId"
      LEFT JOIN rrolled ro ON ro.id = r."communeId"
      WHERE r.status::text = 'APPROVED'
        AND ${inScope(Prisma.sql`COALESCE(r."provinceId", a."provinceId")`, scope)}
        AND ${windows} ${fund} ${category} ${commune} ${indicator}
    )`;
}
