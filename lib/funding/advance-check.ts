import type { Tx } from "@/lib/db";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { advanceTypeFor } from "@/lib/funding/advance-rule-catalogue";
import { evaluateAdvance, selectAdvanceRule, type AdvanceVerdict } from "@/lib/funding/advance-rules";

export type AdvanceSubject = {
  id: string;
  activityCategory: { code: string; advanceType: string | null };
  contract: { signedAt: Date } | null;
};

/**
 * Loads what the advance rule needs (the rule of the project type in force on the contract's signing
 * date — the contract fixes the advance terms — and the latest progress report) and evaluates it.
 */
export async function checkAdvance(tx: Tx, p: AdvanceSubject, status: ProposalStatus, approvedSupport: bigint, netPaid: bigint, requested: bigint): Promise<AdvanceVerdict> {
  const type = advanceTypeFor(p.activityCategory.code, p.activityCategory.advanceType);
  const rules = await tx.advanceRule.findMany({ where: { advanceType: type ?? "__none__" } });
  const rule = selectAdvanceRule(rules, type, p.contract?.signedAt ?? new Date());
  const latest = await tx.progressReport.findFirst({ where: { proposalId: p.id }, orderBy: { period: "desc" }, select: { period: true, investmentDoneBp: true } });
  return evaluateAdvance(rule, {
    approvedSupport, contractSigned: p.contract !== null, accepted: status === "ACCEPTED",
    latestInvestmentDoneBp: latest?.investmentDoneBp ?? null, latestReportPeriod: latest?.period ?? null, netPaid, requested,
  });
}
