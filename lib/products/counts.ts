import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { PRODUCT_LEVEL_LABELS, PRODUCT_LEVELS } from "@/lib/products/levels";

type Q = PrismaClient | Tx;

/** Products recognised in the window, per level, and how many certificates are still valid on `asOf`. */
export async function countTypicalProducts(
  db: Q,
  provinceIds: string[] | null,
  window: { startYear: number; endYear: number },
  asOf: Date,
) {
  const where = {
    year: { gte: window.startYear, lte: window.endYear },
    ...(provinceIds === null ? {} : { provinceId: { in: provinceIds } }),
  };
  const [all, valid] = await Promise.all([
    db.typicalProduct.groupBy({ by: ["level"], where, _count: { _all: true } }),
    db.typicalProduct.groupBy({ by: ["level"], where: { ...where, expiresAt: { gte: asOf } }, _count: { _all: true } }),
  ]);
  return PRODUCT_LEVELS.map((level) => ({
    level,
    label: PRODUCT_LEVEL_LABELS[level],
    total: all.find((a) => a.level === level)?._count._all ?? 0,
    valid: valid.find((a) => a.level === level)?._count._all ?? 0,
  })).filter((r) => r.total > 0 || r.level !== "DISTRICT");
}
