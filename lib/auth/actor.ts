import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Capability } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";

/** The signed-in person as the data layer sees it; every query and mutation takes one. */
export type Actor = {
  id: string;
  name: string;
  role: Role;
  agencyId: string | null;
  provinceId: string | null;
  establishmentId: string | null;
};

export function assertCan(actor: Actor, capability: Capability): void {
  if (!can(actor.role, capability)) throw new ForbiddenError();
}
