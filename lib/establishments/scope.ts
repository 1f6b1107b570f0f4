import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

const NOTHING: Prisma.EstablishmentWhereInput = { id: "__none__" };

/** An enterprise sees its own establishment; staff those whose receiving agency is in their province. */
export function establishmentScope(actor: Actor): Prisma.EstablishmentWhereInput {
  switch (actor.role) {
    case "ENTERPRISE":
      return actor.establishmentId ? { id: actor.establishmentId } : NOTHING;
    case "STAFF":
    case "LEADER":
    case "ADMIN":
      if (actor.provinceId) return { agency: { provinceId: actor.provinceId } };
      return actor.agencyId ? { agencyId: actor.agencyId } : NOTHING;
    case "MINISTRY_VIEWER":
      return {};
    default:
      return NOTHING;
  }
}
