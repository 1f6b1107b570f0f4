import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { vnDay } from "@/lib/dates";
import { findProposalInScope } from "@/lib/proposals/scope";
import { transitionProposal } from "@/lib/proposals/transition";
import { findPlanWithEnvelope } from "@/lib/plans/envelope";
import { notices } from "@/lib/notifications/templates";
import { deliverQuietly } from "@/lib/notifications/deliver";
import { applicants, issueDecision } from "@/lib/decisions/issue";
import { resolveSigner, type Signer } from "@/lib/decisions/signer";
import { approveSchema, rejectSchema, returnSchema, type ApproveInput, type RejectInput, type ReturnInput } from "@/lib/decisions/schemas";

// Many approvals may queue on one envelope row; give them time instead of failing at the default 2 s/5 s.
export const DECISION_TX = { maxWait: 60_000, timeout: 60_000 } as const;

// Order inside every decision's transaction (throughput: the agency-wide rows are held only at the end):
// 1. reads and checks that lock nothing (đề án in scope with its workflow state, signer, plan, recipients);
// 2. the conditional status change of this đề án — the race winner is decided here, losers stop;
// 3. one statement: envelope commitment, decision number, decision, audit, notices (lib/decisions/issue.ts);
// then COMMIT, and e-mail delivery after it.
const PROPOSAL = {
  id: true, code: true, title: true, agencyId: true, year: true, fund: true, requestedSupport: true, planId: true,
  status: true, pipeline: true, version: true, round: true, establishmentId: true, createdById: true,
  agency: { select: { code: true } },
} as const;

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
    const { planId, envelopeId } = await findPlanWithEnvelope(tx, p.agencyId, p.year, p.fund);
    const recipients = await applicants(tx, p);
    const t = await transitionProposal(tx, actor, p.id, "approve", {
      ...transitionOpts(signer, data.reason), current: p, data: { approvedSupport: amount, decidedAt: at, planId },
    });
    return issueDecision(tx, actor, {
      proposalId: p.id, agencyCode: p.agency.code, kind: "APPROVE", reason: data.reason, signer, round: t.round, at,
      commit: { envelopeId, amount }, recipients,
      notice: (number, id) => notices.decided(p, true, number, data.reason, `/quyet-dinh/${id}`),
    });
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
    const recipients = await applicants(tx, p);
    const t = await transitionProposal(tx, actor, p.id, "reject", { ...transitionOpts(signer, data.reason), current: p, data: { decidedAt: at } });
    return issueDecision(tx, actor, {
      proposalId: p.id, agencyCode: p.agency.code, kind: "REJECT", reason: data.reason, signer, round: t.round, at, recipients,
      notice: (number, id) => notices.decided(p, false, number, data.reason, `/quyet-dinh/${id}`),
    });
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
    const recipients = await applicants(tx, p);
    const t = await transitionProposal(tx, actor, p.id, "return", { ...transitionOpts(signer, data.reason), current: p });
    await tx.supplementRequest.create({
      data: { proposalId: p.id, round: t.round, items: data.items, reason: data.reason, deadline: data.deadline, requestedById: actor.id },
    });
    return issueDecision(tx, actor, {
      proposalId: p.id, agencyCode: p.agency.code, kind: "RETURN", reason: data.reason, signer, round: t.round, at, recipients,
      notice: () => notices.returned(p, data.items, data.reason, data.deadline, t.round, `/doanh-nghiep/ho-so/${p.id}`),
    });
  }, DECISION_TX);
  await deliverQuietly(out.mail);
  return out.decision;
}
