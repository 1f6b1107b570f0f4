import type { Tx } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

export { FUNDED_STATUSES } from "@/lib/proposals/workflow";
import { FUNDED_STATUSES } from "@/lib/proposals/workflow";

export type DoubleFundingHit = {
  proposalId: string;
  code: string | null;
  title: string;
  year: number;
  fund: string;
  status: ProposalStatus;
  costKinds: string[];
};

/**
 * Same establishment + same cost item (BudgetLine.costKind) funded in another đề án (any programme, fund
 * or year) that is approved, contracted, in progress, accepted or settled: the commitment of no double
 * funding (domain.md §4.2, §9.4) checked against the data. Called at appraisal and at acceptance; the
 * caller has already authorised the actor for `proposalId`, hits are reported whatever their agency.
 */
export async function findDoubleFunding(db: PrismaClient | Tx, proposalId: string): Promise<DoubleFundingHit[]> {
  const p = await db.proposal.findUnique({
    where: { id: proposalId },
    select: { establishmentId: true, budgetLines: { select: { costKind: true } } },
  });
  if (!p?.establishmentId) return [];
  const kinds = [...new Set(p.budgetLines.map((l) => l.costKind).filter(Boolean))];
  if (kinds.length === 0) return [];
  const others = await db.proposal.findMany({
    where: {
      id: { not: proposalId },
      establishmentId: p.establishmentId,
      status: { in: [...FUNDED_STATUSES] },
      budgetLines: { some: { costKind: { in: kinds } } },
    },
    select: {
      id: true,
      code: true,
      title: true,
      year: true,
      fund: true,
      status: true,
      budgetLines: { where: { costKind: { in: kinds } }, select: { costKind: true } },
    },
    orderBy: { year: "desc" },
  });
  return others.map((o) => ({
    proposalId: o.id,
    code: o.code,
    title: o.title,
    year: o.year,
    fund: o.fund,
    status: o.status,
    costKinds: [...new Set(o.budgetLines.map((l) => l.costKind))],
  }));
}
