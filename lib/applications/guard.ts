import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";

/** Enterprises file for themselves; staff file on an establishment's behalf (assisted submission). */
export function assertCanFile(actor: Actor): { assisted: boolean } {
  if (actor.role === "ENTERPRISE") {
    assertCan(actor, "proposal.createOwn");
    return { assisted: false };
  }
  assertCan(actor, "proposal.fileAssisted");
  return { assisted: true };
}
