import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Fund } from "@/lib/generated/prisma/enums";
import { findProposalInScope } from "@/lib/proposals/scope";

export type EnvelopeSummary = {
  year: number;
  fund: Fund;
  /** null when no envelope (hạn mức) is set for the đề án's agency, year and fund: an approval would be refused. */
  envelope: { amount: string; committed: string; remaining: string } | null;
  /** What this đề án asks for (integer VND as a decimal string, for the client-side check). */
  requested: string;
};

/**
 * The budget envelope an approval of this đề án commits against (same key as lib/decisions/mutations.ts:
 * the đề án's agency, plan year and fund), read so the decider sees it before deciding (issue 13.3).
 * Amounts are integer VND as decimal strings (plain data for client components). The decision itself
 * re-checks in its one statement (lib/decisions/issue.ts); this read only informs.
 */
export async function getEnvelopeSummary(actor: Actor, proposalId: string): Promise<EnvelopeSummary> {
  assertCan(actor, "proposal.viewAgency");
  const db = await getDb();
  const p = await findProposalInScope(db, actor, proposalId, {
    agencyId: true,
    year: true,
    fund: true,
    requestedSupport: true,
  });
  const env = await db.budgetEnvelope.findUnique({
    where: { agencyId_year_fund: { agencyId: p.agencyId, year: p.year, fund: p.fund } },
    select: { amount: true, committed: true },
  });
  return {
    year: p.year,
    fund: p.fund,
    requested: p.requestedSupport.toString(),
    envelope: env
      ? {
          amount: env.amount.toString(),
          committed: env.committed.toString(),
          remaining: (env.amount - env.committed).toString(),
        }
      : null,
  };
}
