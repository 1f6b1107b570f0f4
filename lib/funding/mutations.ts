import "server-only";
import { getDb } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { parseOrThrow } from "@/lib/validation";
import { ValidationError, WorkflowError } from "@/lib/errors";
import { vnDay, formatDate } from "@/lib/dates";
import { writeAudit } from "@/lib/audit/write";
import { findProposalInScope } from "@/lib/proposals/scope";
import { transitionProposal } from "@/lib/proposals/transition";
import { lockProposal } from "@/lib/funding/ledger-sql";
import { nextSequence } from "@/lib/funding/sequence";
import { signContractSchema } from "@/lib/funding/schemas";
import { notices } from "@/lib/notifications/templates";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

/**
 * Signs the support contract of an approved đề án: numbered contract, the commitment line of the ledger
 * (approved support) and the APPROVED → CONTRACTED transition, all in one transaction (§4.3 step 6).
 */
export async function signContract(
  actor: Actor,
  proposalId: string,
  input: unknown,
): Promise<{ contractId: string; number: string }> {
  assertCan(actor, "funding.manage");
  const data = parseOrThrow(signContractSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, proposalId, {
      id: true,
      agencyId: true,
      decidedAt: true,
      implementingUnit: true,
      agency: { select: { name: true, code: true } },
      establishment: { select: { name: true } },
    });
    const locked = await lockProposal(tx, p.id);
    if (!locked.approvedSupport || locked.approvedSupport <= 0n)
      throw new WorkflowError(libText("errors.theProjectHasNoApproved"));
    if (p.decidedAt && data.signedAt.getTime() < vnDay(p.decidedAt).getTime()) {
      throw new ValidationError({
        signedAt: [libText("validation.signedBeforeApproval", { date: formatDate(p.decidedAt) })],
      });
    }
    if (data.signedAt.getTime() > vnDay(new Date()).getTime())
      throw new ValidationError({ signedAt: [libText("validation.theSigningDateCannotBe")] });
    const year = data.signedAt.getUTCFullYear();
    const n = await nextSequence(tx, `contract:${p.agencyId}:${year}`);
    const number = `${String(n).padStart(2, "0")}/${year}/HĐHT-${p.agency.code}`;
    await transitionProposal(tx, actor, p.id, "signContract", {
      notice: (d) => notices.contractReady(d, number, routes.enterprise.implementation(d.id)),
    });
    const partyB = data.partyB ?? p.establishment?.name ?? p.implementingUnit ?? "Đơn vị thụ hưởng";
    const contract = await tx.contract.create({
      data: {
        proposalId: p.id,
        number,
        signedAt: data.signedAt,
        amount: locked.approvedSupport,
        partyA: data.partyA ?? p.agency.name,
        partyB,
        copies: data.copies,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await tx.ledgerEntry.create({
      data: {
        proposalId: p.id,
        kind: "COMMITMENT",
        amount: locked.approvedSupport,
        occurredAt: data.signedAt,
        note: `Hợp đồng hỗ trợ số ${number}`,
        createdById: actor.id,
      },
    });
    await writeAudit(tx, actor, {
      action: "contract.sign",
      entity: "Contract",
      entityId: contract.id,
      data: { proposalId: p.id, number, amount: locked.approvedSupport.toString() },
    });
    return { contractId: contract.id, number };
  });
}

/** CONTRACTED → IN_PROGRESS (implementation has begun). */
export async function startWork(actor: Actor, proposalId: string): Promise<void> {
  assertCan(actor, "funding.manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await findProposalInScope(tx, actor, proposalId, { id: true });
    await transitionProposal(tx, actor, proposalId, "startWork");
  });
}
