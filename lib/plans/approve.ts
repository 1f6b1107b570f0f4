import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { ConflictError, NotFoundError, WorkflowError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { formatDate } from "@/lib/dates";
import { writeAudit } from "@/lib/audit/write";
import { agencyScope } from "@/lib/proposals/scope";
import { transitionProposal } from "@/lib/proposals/transition";
import { resolveSigner } from "@/lib/decisions/signer";
import { DECISION_TX } from "@/lib/decisions/mutations";
import { notices } from "@/lib/notifications/templates";
import { deliverQuietly } from "@/lib/notifications/deliver";
import { enqueueMailSafetyNet } from "@/lib/notifications/mail-job";
import { commitToEnvelope } from "@/lib/budget/envelope";
import { PENDING_STATUSES } from "@/lib/plans/totals";
import { approvePlanSchema } from "@/lib/plans/schemas";
import { routes } from "@/lib/routes";
import { libText } from "@/lib/i18n/lib-token";

/**
 * Approving the plan (the province's decision number and date, Chủ tịch UBND tỉnh for the local plan,
 * TT 46/2012 Art. 8.3.b) approves every đề án waiting in it: one envelope commitment for their total,
 * one transition each, all in one transaction — either the whole plan fits the envelope or nothing moves.
 */
export async function approvePlan(actor: Actor, input: Record<string, unknown>, at = new Date()) {
  const d = parseOrThrow(approvePlanSchema, input);
  const db = await getDb();
  const out = await db.$transaction(async (tx) => {
    const plan = await tx.annualPlan.findFirst({
      where: { id: d.planId, agency: agencyScope(actor) },
      select: { id: true, name: true, agencyId: true, year: true, fund: true, version: true, envelopeId: true },
    });
    if (!plan) throw new NotFoundError(libText("errors.thePlanWasNotFound"));
    // Authority follows the fund (issue 15): the national plan is the Minister's; the province only registers.
    if (plan.fund === "KCQG") {
      throw new WorkflowError(libText("errors.kcqgPlanByMinistry"));
    }
    const signer = await resolveSigner(tx, actor, "plan.approve", plan.agencyId, d.delegationId, at);
    const moved = await tx.annualPlan.updateMany({
      where: { id: plan.id, version: plan.version, status: { in: ["DRAFT", "SUBMITTED"] } },
      data: {
        status: "APPROVED",
        decisionNo: d.decisionNo,
        decisionDate: d.decisionDate,
        approvedById: actor.id,
        approvedAt: at,
        version: { increment: 1 },
      },
    });
    if (moved.count !== 1) throw new ConflictError(libText("errors.thePlanIsAlreadyApproved"));
    const items = await tx.proposal.findMany({
      where: { planId: plan.id, status: { in: [...PENDING_STATUSES] } },
      select: { id: true, code: true, title: true, requestedSupport: true },
    });
    if (items.length === 0) throw new WorkflowError(libText("errors.thePlanHasNoProject"));
    const envelopeId =
      plan.envelopeId ??
      (
        await tx.budgetEnvelope.findUnique({
          where: { agencyId_year_fund: { agencyId: plan.agencyId, year: plan.year, fund: plan.fund } },
          select: { id: true },
        })
      )?.id;
    if (!envelopeId) throw new WorkflowError(libText("errors.thisPlanHasNoBudget"));
    await commitToEnvelope(
      tx,
      envelopeId,
      items.reduce((s, p) => s + p.requestedSupport, 0n),
    );
    const reason = `Phê duyệt trong ${plan.name} theo Quyết định số ${d.decisionNo} ngày ${formatDate(d.decisionDate)}.`;
    const mail: string[] = [];
    for (const p of items) {
      await transitionProposal(tx, actor, p.id, "approve", {
        reason,
        actingRole: signer.actingRole,
        onBehalfOfId: signer.onBehalfOfId,
        onBehalfOfName: signer.onBehalfOfName,
        data: { approvedSupport: p.requestedSupport, decidedAt: at },
        notice: (x) =>
          notices.planApproved(x, plan.name, d.decisionNo, d.decisionDate, routes.enterprise.dossier(x.id)),
        mailOut: mail,
      });
    }
    await writeAudit(tx, actor, {
      action: "plan.approve",
      entity: "AnnualPlan",
      entityId: plan.id,
      reason,
      onBehalfOfId: signer.onBehalfOfId,
      data: { decisionNo: d.decisionNo, count: items.length, envelopeId },
    });
    await enqueueMailSafetyNet(tx, mail);
    return { count: items.length, mail };
  }, DECISION_TX);
  await deliverQuietly(out.mail);
  return { count: out.count };
}
