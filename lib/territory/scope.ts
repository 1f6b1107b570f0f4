import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";

export type DashboardScope = {
  /** null = the whole country (ministry viewer without a province filter). */
  provinceIds: string[] | null;
  /** Names of the provinces in scope, current first then historic ones merged into it. */
  provinceNames: string[];
};

type Q = PrismaClient | Tx;

/**
 * A province together with the historic provinces merged into it by the 2025 reform (Vĩnh Phúc → Phú Thọ,
 * Bắc Giang → Bắc Ninh), so a leader of today sees the records of the territory before 01/07/2025.
 */
export async function provinceWithPredecessors(
  db: Q,
  where: { id: string } | { code: string },
): Promise<{ ids: string[]; names: string[] }> {
  const start = "id" in where ? Prisma.sql`u.id = ${where.id}` : Prisma.sql`u.code = ${where.code}`;
  const rows = await db.$queryRaw<Array<{ id: string; name: string; depth: number }>>`
    WITH RECURSIVE s(id, name, depth) AS (
      SELECT u.id, u.name, 0 FROM "AdminUnit" u WHERE ${start} AND u.level::text = 'PROVINCE'
      UNION
      SELECT u.id, u.name, s.depth + 1 FROM "AdminUnit" u JOIN s ON u."successorId" = s.id
      WHERE u.level::text = 'PROVINCE' AND s.depth < 5
    )
    SELECT id, name, depth FROM s ORDER BY depth, name`;
  return { ids: rows.map((r) => r.id), names: rows.map((r) => r.name) };
}

/**
 * Who sees what (dashboard.view): staff and leaders their own province (with its historic predecessors);
 * the ministry viewer every province, or one chosen with the `tinh` filter.
 */
export async function resolveDashboardScope(
  db: Q,
  actor: Actor,
  filters: { province?: string | null },
): Promise<DashboardScope> {
  assertCan(actor, "dashboard.view");
  if (actor.role === "MINISTRY_VIEWER") {
    if (!filters.province) return { provinceIds: null, provinceNames: [] };
    const p = await provinceWithPredecessors(db, { code: filters.province });
    return { provinceIds: p.ids, provinceNames: p.names };
  }
  if (!actor.provinceId) return { provinceIds: [], provinceNames: [] };
  const p = await provinceWithPredecessors(db, { id: actor.provinceId });
  return { provinceIds: p.ids, provinceNames: p.names };
}

/** SQL condition "this province column is in scope". */
export function inScope(column: Prisma.Sql, scope: DashboardScope): Prisma.Sql {
  if (scope.provinceIds === null) return Prisma.sql`TRUE`;
  if (scope.provinceIds.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${column} IN (${Prisma.join(scope.provinceIds)})`;
}
