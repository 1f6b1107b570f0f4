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
  /** The server-held session this request runs in (lib/auth/server-session.ts); absent outside a web request. */
  sessionId?: string;
  /** When this session last confirmed a second factor (TOTP or recovery code); null = never. */
  secondFactorAt?: Date | null;
  /** The password was set by an officer and must be changed before anything else (issue 23). */
  mustChangePassword?: boolean;
};

export function assertCan(actor: Actor, capability: Capability): void {
  if (!can(actor.role, capability)) throw new ForbiddenError();
}
