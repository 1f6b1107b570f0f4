import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { parseOrThrow } from "@/lib/validation";
import { findProposalInScope } from "@/lib/proposals/scope";
import { transitionProposal } from "@/lib/proposals/transition";
import { notifyAgencyOfResubmission } from "@/lib/notifications/notify";
import { deliverQuietly } from "@/lib/notifications/deliver";
import { assertCanFile } from "@/lib/applications/guard";
import { resubmitSchema, withdrawSchema } from "@/lib/applications/schemas";

/** Withdraw before appraisal (workflow: from DRAFT, SUBMITTED, RESUBMITTED or RETURNED). */
export async function withdrawApplication(actor: Actor, proposalId: string, input: unknown): Promise<void> {
  const { assisted } = assertCanFile(actor);
  const { reason } = parseOrThrow(withdrawSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await findProposalInScope(tx, actor, proposalId, { id: true });
    await transitionProposal(tx, actor, proposalId, "withdraw", { reason, assisted });
  });
}

/**
 * The enterprise's answer to a return: the open supplement request of this round is marked answered and the
 * dossier goes RETURNED → RESUBMITTED, in one transaction with the agency's notices (mailed after commit).
 */
export async function resubmitApplication(
  actor: Actor,
  proposalId: string,
  input: unknown,
  now = new Date(),
): Promise<void> {
  const { assisted } = assertCanFile(actor);
  const { note } = parseOrThrow(resubmitSchema, input);
  const db = await getDb();
  const mail = await db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, proposalId, {
      id: true,
      round: true,
      establishment: { select: { name: true } },
    });
    await tx.supplementRequest.updateMany({
      where: { proposalId, round: p.round, answeredAt: null },
      data: { answeredAt: now, answerNote: note },
    });
    await transitionProposal(tx, actor, proposalId, "resubmit", {
      reason: note,
      assisted,
      onBehalfOfName: assisted ? (p.establishment?.name ?? null) : null,
    });
    return notifyAgencyOfResubmission(tx, proposalId, assisted ? actor.id : undefined);
  });
  await deliverQuietly(mail);
}
