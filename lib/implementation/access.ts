import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";

/** Who may look at the implementation of a đề án at all; which ones is decided by proposalScope. */
export function assertCanViewImplementation(actor: Actor): void {
  if (
    !can(actor.role, "proposal.viewOwn") &&
    !can(actor.role, "proposal.viewAgency") &&
    !can(actor.role, "proposal.viewNational")
  ) {
    throw new ForbiddenError();
  }
}
