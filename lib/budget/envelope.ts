import "server-only";
import { queryPrepared, type Tx } from "@/lib/db";
import type { Fund } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { WorkflowError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { libText } from "@/lib/i18n/lib-token";

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
  throw await envelopeRefusal(tx, envelopeId, amount);
}

/** The error to show when `amount` did not fit the envelope (read after the conditional UPDATE refused). */
export async function envelopeRefusal(tx: Tx, envelopeId: string, amount: bigint): Promise<WorkflowError> {
  const env = await tx.budgetEnvelope.findUnique({
    where: { id: envelopeId },
    select: { amount: true, committed: true },
  });
  if (!env) return new WorkflowError(libText("errors.theBudgetEnvelopeWasNot"));
  return new WorkflowError(
    libText("errors.overEnvelope", {
      needed: formatMoney(amount),
      left: formatMoney(env.amount - env.committed),
      envelope: formatMoney(env.amount),
    }),
  );
}

/** Lowers `committed` when an approved đề án leaves the plan (never below zero). */
export async function releaseFromEnvelope(tx: Tx, envelopeId: string, amount: bigint): Promise<void> {
  await tx.$executeRaw`
    UPDATE "BudgetEnvelope" SET "committed" = GREATEST("committed" - ${amount}, 0), "updatedAt" = now() WHERE "id" = ${envelopeId}`;
}

const FUND_NAME = { KCQG: "khuyến công quốc gia", KCDP: "khuyến công địa phương" } as const satisfies Record<
  Fund,
  string
>;

export function defaultPlanName(year: number, fund: Fund): string {
  return `Kế hoạch ${FUND_NAME[fund]} năm ${year}`;
}

/**
 * The plan of (agency, year, fund), created if missing (INSERT … ON CONFLICT DO NOTHING so concurrent
 * approvals do not collide — no conflict target, because racing inserts may meet on the primary key
 * (the id is derived from the key) before the (agency, year, fund) index), linked to the envelope of the same key. Throws when there is no envelope.
 */
export async function ensurePlanWithEnvelope(
  tx: Tx,
  agencyId: string,
  year: number,
  fund: Fund,
): Promise<{ planId: string; envelopeId: string }> {
  const envelope = await tx.budgetEnvelope.findUnique({
    where: { agencyId_year_fund: { agencyId, year, fund } },
    select: { id: true },
  });
  if (!envelope) {
    throw new WorkflowError(libText("errors.noEnvelopeForFund", { fund, year }));
  }
  const id = `plan_${agencyId}_${year}_${fund}`.slice(0, 60);
  await tx.$executeRaw`
    INSERT INTO "AnnualPlan" ("id", "agencyId", "year", "fund", "name", "status", "envelopeId", "version", "createdAt")
    VALUES (${id}, ${agencyId}, ${year}, ${fund}::"Fund", ${defaultPlanName(year, fund)}, 'DRAFT'::"PlanStatus", ${envelope.id}, 0, now())
    ON CONFLICT DO NOTHING`;
  const plan = await tx.annualPlan.findUniqueOrThrow({
    where: { agencyId_year_fund: { agencyId, year, fund } },
    select: { id: true, envelopeId: true },
  });
  if (!plan.envelopeId) await tx.annualPlan.update({ where: { id: plan.id }, data: { envelopeId: envelope.id } });
  return { planId: plan.id, envelopeId: plan.envelopeId ?? envelope.id };
}

/**
 * Same answer as ensurePlanWithEnvelope in one plain read (no row lock) when the plan already exists and
 * is linked — the common case once a year's first approval has created it; otherwise falls back.
 */
export async function findPlanWithEnvelope(
  tx: Tx,
  agencyId: string,
  year: number,
  fund: Fund,
): Promise<{ planId: string; envelopeId: string }> {
  const rows = await queryPrepared<{ planId: string | null; envelopeId: string | null }>(
    tx,
    Prisma.sql`
      SELECT p."id" AS "planId", p."envelopeId" AS "envelopeId"
      FROM "BudgetEnvelope" e JOIN "AnnualPlan" p ON p."agencyId" = e."agencyId" AND p."year" = e."year" AND p."fund" = e."fund"
      WHERE e."agencyId" = ${agencyId} AND e."year" = ${year}::int AND e."fund" = ${fund}::"Fund"`,
  );
  const r = rows[0];
  if (r?.planId && r.envelopeId) return { planId: r.planId, envelopeId: r.envelopeId };
  return ensurePlanWithEnvelope(tx, agencyId, year, fund);
}
