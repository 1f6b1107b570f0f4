import type { Tx } from "@/lib/db";
import type { Fund } from "@/lib/generated/prisma/enums";
import { WorkflowError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";

/**
 * Commits `amount` against the envelope, or refuses. The condition sits in the UPDATE itself, so
 * however many approvals race, the envelope is never over-committed (row lock + re-check of the WHERE).
 */
export async function commitToEnvelope(tx: Tx, envelopeId: string, amount: bigint): Promise<void> {
  if (amount <= 0n) return;
  const n = await tx.$executeRaw`
    UPDATE "BudgetEnvelope" SET "committed" = "committed" + ${amount}, "updatedAt" = now()
    WHERE "id" = ${envelopeId} AND "committed" + ${amount} <= "amount"`;
  if (n === 1) return;
  const env = await tx.budgetEnvelope.findUnique({ where: { id: envelopeId }, select: { amount: true, committed: true } });
  if (!env) throw new WorkflowError("Không tìm thấy hạn mức kinh phí.");
  throw new WorkflowError(
    `Vượt hạn mức kinh phí: cần ${formatMoney(amount)}, còn lại ${formatMoney(env.amount - env.committed)} (hạn mức ${formatMoney(env.amount)}).`,
  );
}

/** Lowers `committed` when an approved đề án leaves the plan (never below zero). */
export async function releaseFromEnvelope(tx: Tx, envelopeId: string, amount: bigint): Promise<void> {
  await tx.$executeRaw`
    UPDATE "BudgetEnvelope" SET "committed" = GREATEST("committed" - ${amount}, 0), "updatedAt" = now() WHERE "id" = ${envelopeId}`;
}

const FUND_NAME = { KCQG: "khuyến công quốc gia", KCDP: "khuyến công địa phương" } as const satisfies Record<Fund, string>;

export function defaultPlanName(year: number, fund: Fund): string {
  return `Kế hoạch ${FUND_NAME[fund]} năm ${year}`;
}

/**
 * The plan of (agency, year, fund), created if missing (INSERT … ON CONFLICT DO NOTHING so concurrent
 * approvals do not collide), linked to the envelope of the same key. Throws when there is no envelope.
 */
export async function ensurePlanWithEnvelope(tx: Tx, agencyId: string, year: number, fund: Fund): Promise<{ planId: string; envelopeId: string }> {
  const envelope = await tx.budgetEnvelope.findUnique({ where: { agencyId_year_fund: { agencyId, year, fund } }, select: { id: true } });
  if (!envelope) {
    throw new WorkflowError(`Chưa có hạn mức kinh phí ${FUND_NAME[fund]} năm ${year}. Nhập hạn mức ở trang Kế hoạch năm trước khi phê duyệt.`);
  }
  const id = `plan_${agencyId}_${year}_${fund}`.slice(0, 60);
  await tx.$executeRaw`
    INSERT INTO "AnnualPlan" ("id", "agencyId", "year", "fund", "name", "status", "envelopeId", "version", "createdAt")
    VALUES (${id}, ${agencyId}, ${year}, ${fund}::"Fund", ${defaultPlanName(year, fund)}, 'DRAFT'::"PlanStatus", ${envelope.id}, 0, now())
    ON CONFLICT ("agencyId", "year", "fund") DO NOTHING`;
  const plan = await tx.annualPlan.findUniqueOrThrow({ where: { agencyId_year_fund: { agencyId, year, fund } }, select: { id: true, envelopeId: true } });
  if (!plan.envelopeId) await tx.annualPlan.update({ where: { id: plan.id }, data: { envelopeId: envelope.id } });
  return { planId: plan.id, envelopeId: plan.envelopeId ?? envelope.id };
}
