import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Pipeline, ProposalStatus, Role } from "@/lib/generated/prisma/enums";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write";
import { assertTransition, reasonRequired, STATUS_INFO, type ProposalAction } from "@/lib/proposals/workflow";

export type TransitionOptions = {
  reason?: string | null;
  /** Extra columns changed together with the status (same conditional update). */
  data?: Prisma.ProposalUncheckedUpdateManyInput;
  onBehalfOfId?: string | null;
  onBehalfOfName?: string | null;
  /**
   * The role the table is checked against when someone signs for another person (ký thay / thừa lệnh /
   * ủy quyền): the delegator's role. The caller has verified the delegation; the audit row still names
   * the real actor and `onBehalfOfId`.
   */
  actingRole?: Role;
  assisted?: boolean;
  auditData?: Prisma.InputJsonValue;
  /**
   * The row as the caller already read it in this transaction (saves a round trip). Safe: the
   * conditional UPDATE still requires this status and version, so a stale read only loses the race.
   */
  current?: CurrentState;
};

export type CurrentState = { status: ProposalStatus; pipeline: Pipeline; version: number; round: number };

/**
 * What a transition will do, checked against the workflow table (who may fire it from which status) and
 * its reason rule, before anything is written: the target status, the trimmed reason and the round.
 */
export function planTransition(
  actor: Actor,
  action: ProposalAction,
  current: CurrentState,
  options: Pick<TransitionOptions, "reason" | "actingRole"> = {},
): { to: ProposalStatus; reason: string | null; round: number } {
  const to = assertTransition(action, current.status, options.actingRole ?? actor.role, current.pipeline);
  const reason = options.reason?.trim() || null;
  if (reasonRequired(action) && (!reason || reason.length < 5)) {
    throw new ValidationError({ reason: ["Vui lòng ghi rõ lý do (ít nhất 5 ký tự)."] });
  }
  return { to, reason, round: action === "return" ? current.round + 1 : current.round };
}

/**
 * Fires one workflow transition inside the caller's transaction: checks the table, then moves the
 * status with a conditional UPDATE (status must still be the one we read, version bumps), writes the
 * timeline event and the audit row. Of N racing callers exactly one wins; the others get ConflictError.
 * The caller has already checked that the actor may see this đề án (scope).
 */
export async function transitionProposal(
  tx: Tx,
  actor: Actor,
  proposalId: string,
  action: ProposalAction,
  options: TransitionOptions = {},
): Promise<{ from: ProposalStatus; to: ProposalStatus; round: number }> {
  const current =
    options.current ??
    (await tx.proposal.findUnique({
      where: { id: proposalId },
      select: { status: true, pipeline: true, version: true, round: true },
    }));
  if (!current) throw new NotFoundError();
  const { to, reason, round } = planTransition(actor, action, current, options);
  const updated = await tx.proposal.updateMany({
    where: { id: proposalId, status: current.status, version: current.version },
    data: { ...options.data, status: to, version: { increment: 1 }, round },
  });
  if (updated.count !== 1) throw new ConflictError();
  await tx.proposalEvent.create({
    data: {
      proposalId,
      action,
      fromStatus: current.status,
      toStatus: to,
      actorId: actor.id,
      actorName: actor.name,
      onBehalfOfName: options.onBehalfOfName ?? null,
      reason,
      round,
    },
  });
  await writeAudit(tx, actor, {
    action: `proposal.${action}`,
    entity: "Proposal",
    entityId: proposalId,
    reason,
    onBehalfOfId: options.onBehalfOfId,
    assisted: options.assisted,
    data: options.auditData ?? { from: current.status, to, label: STATUS_INFO[to].label.vi },
  });
  return { from: current.status, to, round };
}
