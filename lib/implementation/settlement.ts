import "server-only";
import { getDb } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { parseOrThrow } from "@/lib/validation";
import { ValidationError, WorkflowError } from "@/lib/errors";
import { formatDate, vnDay } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { writeAudit } from "@/lib/audit/write";
import { findProposalInScope } from "@/lib/proposals/scope";
import { transitionProposal } from "@/lib/proposals/transition";
import { ledgerSums, lockProposal } from "@/lib/funding/ledger-sql";
import { nextSequence } from "@/lib/funding/sequence";
import { settleableSupport } from "@/lib/funding/settleable";
import { RuleRefusedError } from "@/lib/funding/errors";
import { followUpSchema, settlementSchema } from "@/lib/implementation/schemas";
import { loadSupportRules } from "@/lib/rules/load";
import { SUPPORT_RULES } from "@/lib/rules/support-table";
import { checkCounterpart } from "@/lib/funding/counterpart-check";
import { notices } from "@/lib/notifications/templates";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

/**
 * Settlement (quyết toán, §4.3 step 11–12) closes the đề án with the money reconciled from the ledger:
 * approved, disbursed (advances + payments), refunded, settled (= disbursed − refunded, never above the
 * settleable support — unspent or ineligible money is refunded first) and the counterpart with evidence.
 * The documented counterpart must cover the share the support rules leave to the enterprise: otherwise the
 * settlement is refused (document more counterpart, or refund to reduce the support), unless a leader
 * records a reasoned exception, kept on the settlement and in the audit log.
 */
export async function settleProposal(
  actor: Actor,
  proposalId: string,
  input: unknown,
): Promise<{ settlementId: string; number: string }> {
  assertCan(actor, "funding.manage");
  const data = parseOrThrow(settlementSchema, input);
  if (data.settledAt.getTime() > vnDay(new Date()).getTime())
    throw new ValidationError({ settledAt: [libText("validation.theSettlementDateCannotBe")] });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, proposalId, {
      id: true,
      agencyId: true,
      agency: { select: { code: true } },
    });
    const locked = await lockProposal(tx, p.id);
    if (locked.status !== "ACCEPTED") throw new WorkflowError(libText("errors.onlyAnAcceptedProjectCan"));
    const last = await tx.acceptance.findFirst({
      where: { proposalId: p.id },
      orderBy: { acceptedAt: "desc" },
      select: { acceptedAt: true },
    });
    if (last && data.settledAt.getTime() < last.acceptedAt.getTime()) {
      throw new ValidationError({
        settledAt: [libText("validation.settledBeforeAcceptance", { date: formatDate(last.acceptedAt) })],
      });
    }
    const approved = locked.approvedSupport ?? 0n;
    const sums = await ledgerSums(tx, p.id);
    const settleable = await settleableSupport(tx, p.id, approved);
    if (sums.netPaid > settleable.amount) {
      throw new RuleRefusedError(
        [
          `Đã chi ${formatMoney(sums.netPaid)}, vượt số được quyết toán ${formatMoney(settleable.amount)}: ghi hoàn trả ${formatMoney(sums.netPaid - settleable.amount)} trước khi quyết toán.`,
        ],
        "Không thể quyết toán",
      );
    }
    const facts = await tx.proposal.findUniqueOrThrow({
      where: { id: p.id },
      select: {
        decidedAt: true,
        submittedAt: true,
        budgetLines: { select: { costKind: true, requestedSupport: true } },
      },
    });
    // The rules API's rows; the code table when none are loaded (as the appraisal's rule check does).
    const loaded = await loadSupportRules(tx);
    const check = checkCounterpart(
      loaded.length ? loaded : SUPPORT_RULES,
      facts.budgetLines,
      facts.decidedAt ?? facts.submittedAt ?? data.settledAt,
      sums.netPaid,
      sums.counterpart,
    );
    const exception = check.short ? data.exceptionReason : null;
    if (check.short && !exception) {
      throw new RuleRefusedError(
        [
          `Vốn đối ứng có chứng từ ${formatMoney(check.documented)}, thấp hơn mức quy định ${formatMoney(check.required)} cho kinh phí hỗ trợ ${formatMoney(sums.netPaid)} (${check.basis.join("; ")}).`,
          `Bổ sung chứng từ vốn đối ứng, hoặc ghi hoàn trả ${formatMoney(sums.netPaid - check.supportAllowed)} để giảm hỗ trợ còn ${formatMoney(check.supportAllowed)}, hoặc lãnh đạo ghi lý do ngoại lệ.`,
        ],
        "Không thể quyết toán",
      );
    }
    if (exception && actor.role !== "LEADER")
      throw new ValidationError({ exceptionReason: [libText("validation.onlyTheLeadershipMaySettle")] });
    const year = data.settledAt.getUTCFullYear();
    const n = await nextSequence(tx, `settlement:${p.agencyId}:${year}`);
    const number = `${String(n).padStart(2, "0")}/${year}/QT-${p.agency.code}`;
    await transitionProposal(tx, actor, p.id, "settle", {
      notice: (d) => notices.settled(d, number, routes.enterprise.implementation(d.id)),
    });
    const row = await tx.settlement.create({
      data: {
        proposalId: p.id,
        number,
        settledAt: data.settledAt,
        approvedSupport: approved,
        disbursed: sums.advances + sums.finalPayments,
        refunded: sums.refunds,
        settledSupport: sums.netPaid,
        counterpart: sums.counterpart,
        note: data.note,
        createdById: actor.id,
        requiredCounterpart: check.required,
        exceptionReason: exception,
        exceptionById: exception ? actor.id : null,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "settlement.record",
      entity: "Settlement",
      entityId: row.id,
      data: {
        proposalId: p.id,
        number,
        approved: approved.toString(),
        settled: sums.netPaid.toString(),
        refunded: sums.refunds.toString(),
        counterpart: sums.counterpart.toString(),
        requiredCounterpart: check.required.toString(),
        exceptionReason: exception,
      },
    });
    return { settlementId: row.id, number };
  });
}

/** Follow-up 1–3 years after settlement: is the machine still used, were the jobs kept. */
export async function recordFollowUp(
  actor: Actor,
  proposalId: string,
  input: unknown,
): Promise<{ followUpId: string }> {
  assertCan(actor, "funding.manage");
  const data = parseOrThrow(followUpSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const p = await findProposalInScope(tx, actor, proposalId, {
      id: true,
      status: true,
      settlement: { select: { settledAt: true } },
    });
    if (p.status !== "SETTLED" || !p.settlement) throw new WorkflowError(libText("errors.thePostSupportCheckApplies"));
    if (data.checkedAt.getTime() < p.settlement.settledAt.getTime())
      throw new ValidationError({ checkedAt: [libText("validation.theCheckDateMustBe")] });
    if (data.checkedAt.getTime() > vnDay(new Date()).getTime())
      throw new ValidationError({ checkedAt: [libText("validation.theCheckDateCannotBe")] });
    const row = await tx.followUp.create({
      data: {
        proposalId: p.id,
        checkedAt: data.checkedAt,
        machineInUse: data.machineInUse,
        jobsKept: data.jobsKept,
        note: data.note,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "followup.record",
      entity: "FollowUp",
      entityId: row.id,
      data: { proposalId: p.id, machineInUse: data.machineInUse, jobsKept: data.jobsKept },
    });
    return { followUpId: row.id };
  });
}
