import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import type { Capability } from "@/lib/auth/permissions";
import { annotateActor } from "@/lib/observability/context";

/**
 * Reads the session, then the user row: a deactivated account loses access at once. Once per request
 * (React cache): the header and the page ask for the same actor.
 */
export const getActor = cache(readActor);

async function readActor(): Promise<Actor | null> {
  const session = await auth();
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, role: true, active: true, agencyId: true, establishmentId: true, agency: { select: { provinceId: true } } },
  });
  if (!user || !user.active) return null;
  annotateActor(user); // ids only, for the request's log lines
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    agencyId: user.agencyId,
    provinceId: user.agency?.provinceId ?? null,
    establishmentId: user.establishmentId,
  };
}

export async function requireActor(capability?: Capability): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  if (capability) assertCan(actor, capability);
  return actor;
}
