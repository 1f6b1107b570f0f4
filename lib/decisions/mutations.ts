import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import type { DecisionKind } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { vnDay } from "@/lib/dates";
import { writeAudit } from "@/lib/audit/write";
import { findProposalInScope } from "@/lib/proposals/scope";
import { transitionProposal } from "@/lib/proposals/transition";
import { commitToEnvelope, ensurePlanWithEnvelope } from "@/lib/plans/envelope";
import { applicantUserIds, notifyUsers } from "@/lib/notifications/notify";
import { notices } from "@/lib/notifications/templates";
import { deliverQuietly } from "@/lib/notifications/deliver";
import { nextSequence } from "@/lib/decisions/sequence";
import { decisionNumber, sequenceKey } from "@/lib/decisions/numbering";
import { resolveSigner, type Signer } from "@/lib/decisions/signer";
import { approveSchema, rejectSchema, returnSchema, type ApproveInput, type RejectInput, type ReturnInput } from "@/lib/decisions/schemas";

// Many approvals may queue on one envelope row; give them time instead of failing at the default 2 s/5 s.
export const DECISION_TX = { maxWait: 60_000, timeout: 60_000 } as const;

const PROPOSAL = {
  id: true, code: true, title: true, agencyId: true, year: true, fund: true, requestedSupport: true, planId: true,
  agency: { select: { code: true } },
} as const;

type Loaded = { id: string; code: string | null; title: string; agencyId: string; agency: { code: string } };

async function issue(tx: Tx, actor: Actor, p: Loaded, kind: DecisionKind, reason: string, signer: Signer, round: number, at: Date) {
  const year = Number(vnDay(at).toISOString().slice(0, 4));
  const seq = await nextSequence(tx, sequenceKey(p.agency.code, year, kind));
  const decision = await tx.decision.create({
    data: {
      proposalId: p.id, kind, number: decisionNumber(seq, year, kind, p.agency.code), decidedAt: at, reason,
      signerId: signer.signerId, signerName: signer.signerName, onBehalfOfId: signer.onBehalfOfId,
      onBehalfOfName: signer.onBehalfOfName, signMode: signer.signMode, round,
    },
    select: { id: true, number: true },
  });
  await writeAudit(tx, actor, {
    action: `decision.${kind.toLowerCase()}`, entity: "Decision", entityId: decision.id, reason, onBehalfOfId: signer.onBehalfOfId,
    data: { number: decision.number, proposalId: p.id, signMode: signer.signMode },
  });
  return decision;
}

const transitionOpts = (signer: Signer, reason: string) => ({
  reason, actingRole: signer.actingRole, onBehalfOfId: signer.onBehalfOfId, onBehalfOfName: signer.onBehalfOfName,
  auditData: { signMode: signer.signMode, onBehalfOf: signer.onBehalfOfName },
});

/**
 * Approves a recommended đề án into the year's plan: status, approved support, plan link, envelope
 * commitment and the numbered decision, all or nothing. Of racing approvals exactly one wins the
 * status change; the envelope refuses whatever does not fit.
 */
export async function approveProposal(actor: Actor, input: ApproveInput, at = new Date()) {
  const data = parseOrThrow(approveSchema, input);
  const db = await getDb();
  const out = await db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, data.proposalId, PROPOSAL);
    const signer = await resolveSigner(tx, actor, "proposal.decide", p.agencyId, data.delegationId, at);
    const amount = data.approvedSupport ?? p.requestedSupport;
    if (amount <= 0n || amount > p.requestedSupport) {
      throw new ValidationError({ approvedSupport: ["Mức hỗ trợ phê duyệt phải lớn hơn 0 và không vượt mức đề nghị."] });
    }
    const { planId, envelopeId } = await ensurePlanWithEnvelope(tx, p.agencyId, p.year, p.fund);
    const t = await transitionProposal(tx, actor, p.id, "approve", {
      ...transitionOpts(signer, data.reason), data: { approvedSupport: amount, decidedAt: at, planId },
    });
    await commitToEnvelope(tx, envelopeId, amount);
    const decision = await issue(tx, actor, p, "APPROVE", data.reason, signer, t.round, at);
    const mail = await notifyUsers(tx, await applicantUserIds(tx, p.id), notices.decided(p, true, decision.number, data.reason, `/quyet-dinh/${decision.id}`));
    return { decision, mail };
  }, DECISION_TX);
  await deliverQuietly(out.mail);
  return out.decision;
}

export async function rejectProposal(actor: Actor, input: RejectInput, at = new Date()) {
  const data = parseOrThrow(rejectSchema, input);
  const db = await getDb();
  const out = await db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, data.proposalId, PROPOSAL);
    const signer = await resolveSigner(tx, actor, "proposal.decide", p.agencyId, data.delegationId, at);
    const t = await transitionProposal(tx, actor, p.id, "reject", { ...transitionOpts(signer, data.reason), data: { decidedAt: at } });
    const decision = await issue(tx, actor, p, "REJECT", data.reason, signer, t.round, at);
    const mail = await notifyUsers(tx, await applicantUserIds(tx, p.id), notices.decided(p, false, decision.number, data.reason, `/quyet-dinh/${decision.id}`));
    return { decision, mail };
  }, DECISION_TX);
  await deliverQuietly(out.mail);
  return out.decision;
}

/**
 * Returns the dossier for supplement: a new round with the list of what is missing and a deadline
 * (kept per round, so the history of each round stays), a numbered notice, and the applicant told.
 * Intake staff return in their own right; a leader or a delegated signer may too.
 */
export async function returnProposal(actor: Actor, input: ReturnInput, at = new Date()) {
  const data = parseOrThrow(returnSchema, input);
  if (data.deadline.getTime() <= vnDay(at).getTime()) throw new ValidationError({ deadline: ["Hạn bổ sung phải sau ngày hôm nay."] });
  const db = await getDb();
  const out = await db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, data.proposalId, PROPOSAL);
    const capability = can(actor.role, "proposal.intake") && !data.delegationId ? "proposal.intake" : "proposal.decide";
    const signer = await resolveSigner(tx, actor, capability, p.agencyId, data.delegationId, at);
    const t = await transitionProposal(tx, actor, p.id, "return", transitionOpts(signer, data.reason));
    await tx.supplementRequest.create({
      data: { proposalId: p.id, round: t.round, items: data.items, reason: data.reason, deadline: data.deadline, requestedById: actor.id },
    });
    const decision = await issue(tx, actor, p, "RETURN", data.reason, signer, t.round, at);
    const mail = await notifyUsers(tx, await applicantUserIds(tx, p.id),
      notices.returned(p, data.items, data.reason, data.deadline, t.round, `/doanh-nghiep/ho-so/${p.id}`));
    return { decision, mail };
  }, DECISION_TX);
  await deliverQuietly(out.mail);
  return out.decision;
}
