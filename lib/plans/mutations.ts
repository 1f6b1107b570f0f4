import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, ForbiddenError, NotFoundError, WorkflowError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { writeAudit } from "@/lib/audit/write";
import { formatMoney } from "@/lib/money";
import { agencyScope, proposalScope } from "@/lib/proposals/scope";
import { defaultPlanName } from "@/lib/budget/envelope";
import { PENDING_STATUSES } from "@/lib/plans/totals";
import {
  addToPlanSchema,
  batchSchema,
  createPlanSchema,
  envelopeSchema,
  removeFromPlanSchema,
} from "@/lib/plans/schemas";
import { libText } from "@/lib/i18n/lib-token";

function ownAgency(actor: Actor): string {
  if (!actor.agencyId) throw new ForbiddenError();
  return actor.agencyId;
}

/**
 * Sets the year's envelope (hạn mức) from the budget allocation. One statement: insert, or raise/lower
 * the amount only if it stays at or above what is already committed.
 */
export async function setEnvelope(actor: Actor, input: Record<string, unknown>) {
  assertCan(actor, "plan.compose");
  const d = parseOrThrow(envelopeSchema, input);
  const agencyId = ownAgency(actor);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const id = `env_${agencyId}_${d.year}_${d.fund}`.slice(0, 60);
    const rows = await tx.$queryRaw<Array<{ id: string }>>`
      INSERT INTO "BudgetEnvelope" ("id", "agencyId", "year", "fund", "amount", "committed", "source", "createdAt", "updatedAt")
      VALUES (${id}, ${agencyId}, ${d.year}, ${d.fund}::"Fund", ${d.amount}, 0, ${d.source}, now(), now())
      ON CONFLICT ("agencyId", "year", "fund") DO UPDATE SET "amount" = EXCLUDED."amount", "source" = COALESCE(EXCLUDED."source", "BudgetEnvelope"."source"), "updatedAt" = now()
      WHERE "BudgetEnvelope"."committed" <= EXCLUDED."amount"
      RETURNING "id"`;
    if (!rows[0]) throw new WorkflowError(libText("errors.envelopeBelowCommitted", { amount: formatMoney(d.amount) }));
    await tx.annualPlan.updateMany({
      where: { agencyId, year: d.year, fund: d.fund, envelopeId: null },
      data: { envelopeId: rows[0].id },
    });
    await writeAudit(tx, actor, {
      action: "envelope.set",
      entity: "BudgetEnvelope",
      entityId: rows[0].id,
      data: { amount: d.amount.toString(), year: d.year, fund: d.fund },
    });
  });
}

export async function createPlan(actor: Actor, input: Record<string, unknown>) {
  assertCan(actor, "plan.compose");
  const d = parseOrThrow(createPlanSchema, input);
  const agencyId = ownAgency(actor);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const envelope = await tx.budgetEnvelope.findUnique({
        where: { agencyId_year_fund: { agencyId, year: d.year, fund: d.fund } },
        select: { id: true },
      });
      const plan = await tx.annualPlan.create({
        data: {
          agencyId,
          year: d.year,
          fund: d.fund,
          name: d.name ?? defaultPlanName(d.year, d.fund),
          envelopeId: envelope?.id ?? null,
        },
        select: { id: true },
      });
      await tx.planBatch.create({ data: { planId: plan.id, number: 1, name: "Đợt 1" } });
      await writeAudit(tx, actor, {
        action: "plan.create",
        entity: "AnnualPlan",
        entityId: plan.id,
        data: { year: d.year, fund: d.fund },
      });
      return plan;
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
      throw new ConflictError(libText("errors.thereIsAlreadyAPlan"));
    throw e;
  }
}

async function planInScope(actor: Actor, planId: string) {
  const db = await getDb();
  const plan = await db.annualPlan.findFirst({
    where: { id: planId, agency: agencyScope(actor) },
    select: { id: true, agencyId: true, year: true, fund: true, status: true },
  });
  if (!plan) throw new NotFoundError(libText("errors.thePlanWasNotFound"));
  return plan;
}

export async function addBatch(actor: Actor, input: Record<string, unknown>) {
  assertCan(actor, "plan.compose");
  const d = parseOrThrow(batchSchema, input);
  const plan = await planInScope(actor, d.planId);
  const db = await getDb();
  try {
    await db.$transaction(async (tx) => {
      const last = await tx.planBatch.aggregate({ where: { planId: plan.id }, _max: { number: true } });
      const batch = await tx.planBatch.create({
        data: { planId: plan.id, number: (last._max.number ?? 0) + 1, name: d.name },
      });
      await writeAudit(tx, actor, {
        action: "plan.addBatch",
        entity: "AnnualPlan",
        entityId: plan.id,
        data: { batch: batch.name },
      });
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
      throw new ConflictError(libText("errors.someoneElseHasJustAdded"));
    throw e;
  }
}

/** Puts recommended đề án of the same agency, year and fund into the plan (and a batch). */
export async function addToPlan(actor: Actor, input: Record<string, unknown>) {
  assertCan(actor, "plan.compose");
  const d = parseOrThrow(addToPlanSchema, input);
  const plan = await planInScope(actor, d.planId);
  if (plan.status === "APPROVED") throw new WorkflowError(libText("errors.thePlanIsApprovedA"));
  const db = await getDb();
  await db.$transaction(async (tx) => {
    if (
      d.batchId &&
      !(await tx.planBatch.findFirst({ where: { id: d.batchId, planId: plan.id }, select: { id: true } }))
    )
      throw new NotFoundError(libText("errors.theRoundWasNotFound"));
    const n = await tx.proposal.updateMany({
      where: {
        AND: [
          proposalScope(actor),
          {
            id: { in: d.proposalIds },
            agencyId: plan.agencyId,
            year: plan.year,
            fund: plan.fund,
            status: { in: [...PENDING_STATUSES] },
          },
        ],
      },
      data: { planId: plan.id, batchId: d.batchId },
    });
    if (n.count !== new Set(d.proposalIds).size) {
      throw new WorkflowError(libText("errors.planAddOnlyProposed"));
    }
    await writeAudit(tx, actor, {
      action: "plan.addProposals",
      entity: "AnnualPlan",
      entityId: plan.id,
      data: { proposalIds: d.proposalIds, batchId: d.batchId },
    });
  });
}

export async function removeFromPlan(actor: Actor, input: Record<string, unknown>) {
  assertCan(actor, "plan.compose");
  const d = parseOrThrow(removeFromPlanSchema, input);
  const plan = await planInScope(actor, d.planId);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const n = await tx.proposal.updateMany({
      where: { id: d.proposalId, planId: plan.id, status: { in: [...PENDING_STATUSES] } },
      data: { planId: null, batchId: null },
    });
    if (n.count !== 1) throw new WorkflowError(libText("errors.onlyProjectsNotYetApproved"));
    await writeAudit(tx, actor, {
      action: "plan.removeProposal",
      entity: "AnnualPlan",
      entityId: plan.id,
      data: { proposalId: d.proposalId },
    });
  });
}
