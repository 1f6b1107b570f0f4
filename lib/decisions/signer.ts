import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Role, SignMode } from "@/lib/generated/prisma/enums";
import { can, type Capability } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError, WorkflowError } from "@/lib/errors";
import { formatDateTime } from "@/lib/dates";
import { isDelegationActive } from "@/lib/decisions/delegation-rules";
import { libText } from "@/lib/i18n/lib-token";

export type Signer = {
  signerId: string;
  signerName: string;
  onBehalfOfId: string | null;
  onBehalfOfName: string | null;
  signMode: SignMode;
  /** The role the workflow table is checked against: the principal's when signing for them. */
  actingRole: Role;
};

/**
 * Who signs, and for whom. Without a delegation the actor signs in their own right and must hold the
 * capability. With one, it must be theirs, of the đề án's agency, not revoked, in force at `at`, and
 * the principal must hold the capability. Checked inside the decision's transaction.
 */
export async function resolveSigner(
  tx: Tx,
  actor: Actor,
  capability: Capability,
  agencyId: string,
  delegationId: string | null | undefined,
  at: Date,
): Promise<Signer> {
  if (!delegationId) {
    if (!can(actor.role, capability)) throw new ForbiddenError();
    return {
      signerId: actor.id,
      signerName: actor.name,
      onBehalfOfId: null,
      onBehalfOfName: null,
      signMode: "DIRECT",
      actingRole: actor.role,
    };
  }
  const d = await tx.delegation.findFirst({
    where: { id: delegationId, delegateId: actor.id, agencyId },
    select: {
      mode: true,
      validFrom: true,
      validTo: true,
      revokedAt: true,
      delegator: { select: { id: true, name: true, role: true, active: true } },
    },
  });
  if (!d) throw new NotFoundError(libText("errors.yourDelegationForThisAgency"));
  if (!isDelegationActive(d, at)) {
    throw new WorkflowError(
      d.revokedAt
        ? libText("errors.delegationRevokedCannotSign")
        : libText("errors.delegationOutOfPeriod", { from: formatDateTime(d.validFrom), to: formatDateTime(d.validTo) }),
    );
  }
  if (!d.delegator.active || !can(d.delegator.role, capability))
    throw new ForbiddenError(libText("errors.theDelegatorHasNoAuthority"));
  return {
    signerId: actor.id,
    signerName: actor.name,
    onBehalfOfId: d.delegator.id,
    onBehalfOfName: d.delegator.name,
    signMode: d.mode,
    actingRole: d.delegator.role,
  };
}
