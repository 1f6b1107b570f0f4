import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** An administrator handles the personal data of the establishments of their own province only. */
export function privacyScope(actor: Actor): Prisma.EstablishmentWhereInput {
  if (actor.provinceId)
    return { agency: { province: { OR: [{ id: actor.provinceId }, { successorId: actor.provinceId }] } } };
  return actor.agencyId ? { agencyId: actor.agencyId } : { id: "__none__" };
}
