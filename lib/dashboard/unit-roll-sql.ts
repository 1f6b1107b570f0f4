import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * CTEs `<name>_walk` and `<name>`: each historic unit (one with a successor, e.g. huyện Lục Ngạn valid to
 * 30/06/2025) with the current unit at the end of its successor chain. Units without a successor are their
 * own current unit, so callers take `COALESCE(<name>.cur, unitId)`. The walk starts from the few units that
 * have a successor (indexed), never from the rows being counted: its cost does not grow with the data.
 */
export function unitRollCte(name: string): Prisma.Sql {
  const walk = Prisma.raw(`"${name}_walk"`);
  const out = Prisma.raw(`"${name}"`);
  return Prisma.sql`
    ${walk}(id, cur, depth) AS (
      SELECT u.id, u."successorId", 1 FROM "AdminUnit" u WHERE u."successorId" IS NOT NULL
      UNION ALL
      SELECT w.id, u."successorId", w.depth + 1 FROM ${walk} w JOIN "AdminUnit" u ON u.id = w.cur
      WHERE u."successorId" IS NOT NULL AND w.depth < 5
    ),
    ${out} AS (SELECT DISTINCT ON (id) id, cur FROM ${walk} ORDER BY id, depth DESC)`;
}
