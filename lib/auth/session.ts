import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Capability } from "@/lib/auth/permissions";
import { annotateActor } from "@/lib/observability/context";
import { routes } from "@/lib/routes";

/**
 * Reads the session — auth() has already checked its server-held row (lib/auth/callbacks.ts), so a
 * signed-out, revoked, idle or expired session is no session — then the user row: a deactivated account
 * loses access at once. Once per request (React cache): the header and the page ask for the same actor.
 */
export const getActor = cache(readActor);

async function readActor(): Promise<Actor | null> {
  const session = await auth();
  const su = session?.user as { id?: string; sid?: string; sfa?: number | null } | undefined;
  const id = su?.id;
  if (!id || !su?.sid) return null;
  const db = await getDb();
  // The user and their agency's province in one statement (every signed-in page asks: Prisma read the agency in a
  // second round trip).
  const [user] = await db.$queryRaw<
    Array<{
      id: string;
      name: string;
      role: Role;
      active: boolean;
      agencyId: string | null;
      establishmentId: string | null;
      mustChangePassword: boolean;
      provinceId: string | null;
    }>
  >`
    SELECT u.id, u.name, u.role::text AS role, u.active, u."agencyId", u."establishmentId", u."mustChangePassword",
      a."provinceId"
    FROM "User" u LEFT JOIN "Agency" a ON a.id = u."agencyId" WHERE u.id = ${id}`;
  if (!user || !user.active) return null;
  annotateActor(user); // ids only, for the request's log lines
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    agencyId: user.agencyId,
    provinceId: user.provinceId,
    establishmentId: user.establishmentId,
    sessionId: su.sid,
    secondFactorAt: typeof su.sfa === "number" ? new Date(su.sfa) : null,
    mustChangePassword: user.mustChangePassword,
  };
}

export async function requireActor(capability?: Capability, opts: { passwordChange?: boolean } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(routes.signIn);
  // A password set by an officer is changed before anything else (issue 23): every page and action but the
  // password change itself sends the visitor there.
  if (actor.mustChangePassword && !opts.passwordChange) redirect(routes.changePassword);
  // Another role's page or action: 403 with app/forbidden.tsx in the visitor's language (an expected
  // answer, not an error to log). Records one may not see are hidden as 404 by the queries themselves.
  if (capability && !can(actor.role, capability)) forbidden();
  return actor;
}
