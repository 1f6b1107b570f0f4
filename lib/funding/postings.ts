import "server-only";
import { getDb } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { parseOrThrow } from "@/lib/validation";
import { ValidationError, WorkflowError } from "@/lib/errors";
import { formatDate, vnDay } from "@/lib/dates";
import { writeAudit } from "@/lib/audit/write";
import { findProposalInScope } from "@/lib/proposals/scope";
import { STATUS_INFO } from "@/lib/proposals/workflow";
import { ledgerSums, lockProposal } from "@/lib/funding/ledger-sql";
import { evaluateFinalPayment, evaluateRefund } from "@/lib/funding/advance-rules";
import { checkAdvance } from "@/lib/funding/advance-check";
import { postingSchema, LEDGER_KIND_LABELS, type PostingKind } from "@/lib/funding/schemas";
import { settleableSupport } from "@/lib/funding/settleable";
import { RuleRefusedError } from "@/lib/funding/errors";
import { EVIDENCE_TYPES, storeUploads, type Upload } from "@/lib/uploads/evidence";
import { notifyApplicant } from "@/lib/notifications/applicant";
import { notices } from "@/lib/notifications/templates";
import { formatMoney } from "@/lib/money";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

const POSTABLE: Record<PostingKind, readonly ProposalStatus[]> = {
  ADVANCE: ["CONTRACTED", "IN_PROGRESS", "ACCEPTED"],
  FINAL_PAYMENT: ["ACCEPTED"],
  REFUND: ["CONTRACTED", "IN_PROGRESS", "ACCEPTED", "STOPPED"],
  COUNTERPART: ["CONTRACTED", "IN_PROGRESS", "ACCEPTED"],
};

/**
 * Posts one ledger line. The đề án row is locked first (SELECT … FOR UPDATE), so the sums the rule is
 * checked against include every line committed before; concurrent postings queue behind the lock and
 * the total can never pass the allowed amount.
 */
export async function postLedgerEntry(
  actor: Actor,
  proposalId: string,
  input: unknown,
  evidence: readonly Upload[] = [],
): Promise<{ entryId: string }> {
  assertCan(actor, "funding.manage");
  const data = parseOrThrow(postingSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, proposalId, {
      id: true,
      activityCategory: { select: { code: true, advanceType: true } },
      contract: { select: { signedAt: true } },
    });
    const locked = await lockProposal(tx, p.id);
    if (!POSTABLE[data.kind].includes(locked.status)) {
      throw new WorkflowError(
        libText("errors.cannotPostInStatus", {
          kind: libText(`workflow.ledger.${data.kind}`),
          status: libText(`workflow.status.${locked.status}`),
        }),
      );
    }
    if (!p.contract) throw new WorkflowError(libText("errors.theSupportContractIsNot"));
    if (data.occurredAt.getTime() < p.contract.signedAt.getTime()) {
      throw new ValidationError({
        occurredAt: [libText("validation.postedBeforeContract", { date: formatDate(p.contract.signedAt) })],
      });
    }
    if (data.occurredAt.getTime() > vnDay(new Date()).getTime())
      throw new ValidationError({ occurredAt: [libText("validation.thePostingDateCannotBe")] });

    const sums = await ledgerSums(tx, p.id);
    const approved = locked.approvedSupport ?? 0n;
    let ruleCode: string | null = null;
    if (data.kind === "ADVANCE") {
      const verdict = await checkAdvance(tx, p, locked.status, approved, sums.netPaid, data.amount);
      if (!verdict.ok) throw new RuleRefusedError(verdict.reasons, "Không thể tạm ứng");
      ruleCode = verdict.rule?.code ?? null;
    } else if (data.kind === "FINAL_PAYMENT") {
      const settleable = await settleableSupport(tx, p.id, approved);
      const check = evaluateFinalPayment({
        accepted: true,
        settleable: settleable.amount,
        netPaid: sums.netPaid,
        requested: data.amount,
      });
      if (!check.ok) throw new RuleRefusedError(check.reasons, "Không thể thanh toán");
    } else if (data.kind === "REFUND") {
      const check = evaluateRefund({ netPaid: sums.netPaid, requested: data.amount });
      if (!check.ok) throw new RuleRefusedError(check.reasons, "Không thể ghi hoàn trả");
    }

    let evidenceDocumentId = data.evidenceDocumentId;
    if (evidence.length > 0)
      [evidenceDocumentId = null] = await storeUploads(
        tx,
        actor,
        p.id,
        "EVIDENCE",
        evidence,
        EVIDENCE_TYPES,
        "evidence",
      );
    if (data.kind === "COUNTERPART" && !evidenceDocumentId) {
      throw new ValidationError({
        evidence: [libText("validation.counterpartFundsNeedAVoucher")],
      });
    }
    if (evidenceDocumentId && data.evidenceDocumentId) {
      const doc = await tx.document.findFirst({
        where: { id: evidenceDocumentId, proposalId: p.id },
        select: { id: true },
      });
      if (!doc) throw new ValidationError({ evidence: [libText("validation.theVoucherDoesNotBelong")] });
    }
    const entry = await tx.ledgerEntry.create({
      data: {
        proposalId: p.id,
        kind: data.kind,
        amount: data.amount,
        occurredAt: data.occurredAt,
        note: data.note,
        ruleCode,
        evidenceDocumentId,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: `ledger.${data.kind.toLowerCase()}`,
      entity: "LedgerEntry",
      entityId: entry.id,
      data: { proposalId: p.id, amount: data.amount.toString(), ruleCode },
    });
    if (data.kind === "ADVANCE")
      await notifyApplicant(tx, p.id, (d) =>
        notices.advancePaid(d, formatMoney(data.amount), data.occurredAt, routes.enterprise.implementation(d.id)),
      );
    return { entryId: entry.id };
  });
}
