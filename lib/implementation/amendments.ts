import "server-only";
import { getDb, type Tx } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { parseOrThrow } from "@/lib/validation";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { vnDay } from "@/lib/dates";
import { writeAudit } from "@/lib/audit/write";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findProposalInScope, proposalScope } from "@/lib/proposals/scope";
import { transitionProposal } from "@/lib/proposals/transition";
import { ledgerSums, lockProposal } from "@/lib/funding/ledger-sql";
import { commitToEnvelope, releaseFromEnvelope } from "@/lib/budget/envelope";
import { amendmentDecisionSchema, amendmentRequestSchema } from "@/lib/implementation/schemas";
import { AMENDMENT_LABELS, requiredAuthority } from "@/lib/implementation/amendment-rules";
import { libText } from "@/lib/i18n/lib-token";

const OPEN = ["APPROVED", "CONTRACTED", "IN_PROGRESS"] as const;

/** A typed change request (§4.3 "alt" rows); the authority that must decide it is fixed when filed. */
export async function requestAmendment(
  actor: Actor,
  proposalId: string,
  input: unknown,
): Promise<{ amendmentId: string }> {
  if (!can(actor.role, "funding.manage") && !can(actor.role, "funding.report")) throw new ForbiddenError();
  const data = parseOrThrow(amendmentRequestSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, proposalId, {
      id: true,
      status: true,
      pipeline: true,
      kind: true,
      year: true,
      approvedSupport: true,
      endDate: true,
      location: true,
    });
    if (!(OPEN as readonly string[]).includes(p.status))
      throw new WorkflowError(libText("errors.onlyAnApprovedProjectNot"));
    const details: Record<string, Prisma.InputJsonValue> = {};
    const current = p.approvedSupport ?? 0n;
    if (data.kind === "AMOUNT_INCREASE" || data.kind === "AMOUNT_DECREASE") {
      if (!data.newAmount) throw new ValidationError({ newAmount: [libText("validation.enterTheNewSupportAmount")] });
      if (data.kind === "AMOUNT_INCREASE" ? data.newAmount <= current : data.newAmount >= current) {
        throw new ValidationError({
          newAmount: [
            libText("validation.amountDirection", {
              direction: data.kind === "AMOUNT_INCREASE" ? "up" : "down",
              current: formatMoney(current),
            }),
          ],
        });
      }
      Object.assign(details, { from: current.toString(), to: data.newAmount.toString() });
    } else if (data.kind === "TIME") {
      if (!data.newEndDate) throw new ValidationError({ newEndDate: [libText("validation.chooseTheNewEndDate")] });
      Object.assign(details, {
        from: p.endDate?.toISOString().slice(0, 10) ?? null,
        to: data.newEndDate.toISOString().slice(0, 10),
      });
    } else if (data.kind === "FORCE_MAJEURE") {
      if (data.volumeDonePercent === undefined)
        throw new ValidationError({ volumeDonePercent: [libText("validation.enterTheShareOfThe")] });
      details.volumeDoneBp = Math.round(data.volumeDonePercent * 100);
    } else if (data.kind === "BENEFICIARY" || data.kind === "LOCATION" || data.kind === "CONTENT") {
      if (!data.newText) throw new ValidationError({ newText: [libText("validation.stateWhatChanges")] });
      Object.assign(details, { from: data.kind === "LOCATION" ? p.location : null, to: data.newText });
    }
    const crossesYear = data.kind === "TIME" && !!data.newEndDate && data.newEndDate.getUTCFullYear() > p.year;
    const authority = requiredAuthority(data.kind, p.pipeline, p.kind, { crossesYear });
    const row = await tx.amendment.create({
      data: {
        proposalId: p.id,
        kind: data.kind,
        requiredAuthority: authority,
        details,
        reason: data.reason,
        requestedById: actor.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "amendment.request",
      entity: "Amendment",
      entityId: row.id,
      reason: data.reason,
      data: { proposalId: p.id, kind: data.kind, authority },
    });
    return { amendmentId: row.id };
  });
}

/**
 * Records the decision on a request (the leader signs, or records the number of the higher authority's
 * decision). Of two racing decisions one wins (conditional update on status REQUESTED). An approval
 * applies its effect in the same transaction.
 */
export async function decideAmendment(actor: Actor, amendmentId: string, input: unknown): Promise<void> {
  assertCan(actor, "proposal.decide");
  const data = parseOrThrow(amendmentDecisionSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const a = await tx.amendment.findFirst({
      where: { id: amendmentId, proposal: proposalScope(actor) },
      select: { id: true, proposalId: true, kind: true, details: true, status: true },
    });
    if (!a) throw new NotFoundError();
    const won = await tx.amendment.updateMany({
      where: { id: a.id, status: "REQUESTED" },
      data: {
        status: data.approve ? "APPROVED" : "REJECTED",
        decidedById: actor.id,
        decidedAt: new Date(),
        decisionNo: data.decisionNo,
        decisionReason: data.decisionReason,
      },
    });
    if (won.count !== 1) throw new ConflictError(libText("errors.thisAmendmentRequestHasAlready"));
    if (data.approve)
      await applyAmendment(
        tx,
        actor,
        a.proposalId,
        a.kind,
        a.details as Record<string, unknown>,
        data.decisionNo,
        data.decisionReason,
      );
    await writeAudit(tx, actor, {
      action: data.approve ? "amendment.approve" : "amendment.reject",
      entity: "Amendment",
      entityId: a.id,
      reason: data.decisionReason,
      data: { proposalId: a.proposalId, kind: a.kind, decisionNo: data.decisionNo, label: AMENDMENT_LABELS[a.kind] },
    });
  });
}

async function applyAmendment(
  tx: Tx,
  actor: Actor,
  proposalId: string,
  kind: string,
  details: Record<string, unknown>,
  decisionNo: string,
  reason: string,
): Promise<void> {
  const locked = await lockProposal(tx, proposalId);
  if (!(OPEN as readonly string[]).includes(locked.status))
    throw new WorkflowError(libText("errors.theProjectCanNoLonger"));
  if (kind === "AMOUNT_INCREASE" || kind === "AMOUNT_DECREASE") {
    const to = BigInt(String(details.to));
    const from = locked.approvedSupport ?? 0n;
    const sums = await ledgerSums(tx, proposalId);
    if (to < sums.netPaid)
      throw new WorkflowError(
        libText("errors.amountBelowPaid", { amount: formatMoney(to), paid: formatMoney(sums.netPaid) }),
      );
    await moveEnvelope(tx, proposalId, to - from);
    await tx.proposal.update({ where: { id: proposalId }, data: { approvedSupport: to, version: { increment: 1 } } });
    const contract = await tx.contract.findUnique({ where: { proposalId }, select: { id: true } });
    if (contract) {
      // The commitment moves by the difference, so the ledger's commitment always equals the approved support.
      await tx.ledgerEntry.create({
        data: {
          proposalId,
          kind: "COMMITMENT",
          amount: to - from,
          occurredAt: vnDay(new Date()),
          note: `Điều chỉnh kinh phí theo ${decisionNo}`,
          createdById: actor.id,
        },
      });
      await tx.contract.update({ where: { id: contract.id }, data: { amount: to } });
    }
  } else if (kind === "TIME") {
    await tx.proposal.update({
      where: { id: proposalId },
      data: { endDate: new Date(`${String(details.to)}T00:00:00Z`), version: { increment: 1 } },
    });
  } else if (kind === "LOCATION") {
    await tx.proposal.update({
      where: { id: proposalId },
      data: { location: String(details.to), version: { increment: 1 } },
    });
  } else if (kind === "BENEFICIARY") {
    await tx.contract.updateMany({ where: { proposalId }, data: { partyB: String(details.to) } });
  } else if (kind === "STOP") {
    await transitionProposal(tx, actor, proposalId, "stop", { reason: `${decisionNo}: ${reason}` });
  }
  // FORCE_MAJEURE: the approved volume share caps payment and settlement (lib/funding/settleable.ts).
}

/**
 * The plan's envelope follows the approved support, so the plan never commits more than its allocation
 * (same rule as plan approval, lib/plans/approve.ts). An increase takes the conditional UPDATE of commitToEnvelope — refused with the
 * remaining room when it does not fit, rolling back the whole decision; a decrease frees the money.
 */
async function moveEnvelope(tx: Tx, proposalId: string, delta: bigint): Promise<void> {
  if (delta === 0n) return;
  const p = await tx.proposal.findUnique({
    where: { id: proposalId },
    select: { plan: { select: { envelopeId: true } } },
  });
  const envelopeId = p?.plan?.envelopeId;
  if (!envelopeId) return;
  if (delta > 0n) await commitToEnvelope(tx, envelopeId, delta);
  else await releaseFromEnvelope(tx, envelopeId, -delta);
}
