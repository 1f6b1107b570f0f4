import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { provinceWithPredecessors } from "@/lib/territory/scope";
import { libText } from "@/lib/i18n/lib-token";

type Q = PrismaClient | Tx;

/**
 * The provinces whose results and targets an internal actor manages: their own, plus the historic
 * provinces merged into it in 2025 (a Phú Thọ leader manages Vĩnh Phúc's 2021–2025 figures).
 */
export async function managedProvinceIds(db: Q, actor: Actor): Promise<string[]> {
  if (!actor.provinceId || actor.role === "MINISTRY_VIEWER" || actor.role === "ENTERPRISE") throw new ForbiddenError();
  return (await provinceWithPredecessors(db, { id: actor.provinceId })).ids;
}

/** The actor's current province, where new entries and targets are recorded. */
export function homeProvinceId(actor: Actor): string {
  if (!actor.provinceId) throw new ForbiddenError(libText("errors.theAccountIsNotLinked2"));
  return actor.provinceId;
}
