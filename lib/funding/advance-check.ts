import type { Tx } from "@/lib/db";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { advanceTypeFor } from "@/lib/rules/advance-rule-catalogue";
import { evaluateAdvance, selectAdvanceRule, type AdvanceVerdict } from "@/lib/funding/advance-rules";
import { loadRuleSets } from "@/lib/rules/load";
import { ruleSetFor } from "@/lib/rules/rule-sets";

export type AdvanceSubject = {
  id: string;
  activityCategory: { code: string; advanceType: string | null };
  contract: { signedAt: Date } | null;
};

/**
 * Loads what the advance rule needs and evaluates it. The rule is that of the đề án's fund (issue 15): the
 * national rules (TT 36/2013/TT-BCT, AdvanceRule without a rule set) for KCQG; for KCĐP the province's own
 * procedure carried by its local rule set in force on the contract's signing date (the contract fixes the
 * advance terms), the national rules only where the province has none. The verdict cites the rule applied.
 */
export async function checkAdvance(
  tx: Tx,
  p: AdvanceSubject,
  status: ProposalStatus,
  approvedSupport: bigint,
  netPaid: bigint,
  requested: bigint,
): Promise<AdvanceVerdict> {
  const type = advanceTypeFor(p.activityCategory.code, p.activityCategory.advanceType);
  const on = p.contract?.signedAt ?? new Date();
  const scope = await tx.proposal.findUnique({
    where: { id: p.id },
    select: { fund: true, agency: { select: { provinceId: true } } },
  });
  const choice = scope
    ? ruleSetFor(await loadRuleSets(tx), { fund: scope.fund, provinceId: scope.agency.provinceId, date: on })
    : null;
  const localSetId = choice && choice.set.provinceId !== null ? choice.set.id : null;
  const rules = await tx.advanceRule.findMany({ where: { advanceType: type ?? "__none__", ruleSetId: localSetId } });
  let rule = selectAdvanceRule(rules, type, on);
  if (!rule && localSetId) {
    rule = selectAdvanceRule(
      await tx.advanceRule.findMany({ where: { advanceType: type ?? "__none__", ruleSetId: null } }),
      type,
      on,
    );
  }
  const latest = await tx.progressReport.findFirst({
    where: { proposalId: p.id },
    orderBy: { period: "desc" },
    select: { period: true, investmentDoneBp: true },
  });
  return evaluateAdvance(rule, {
    approvedSupport,
    contractSigned: p.contract !== null,
    accepted: status === "ACCEPTED",
    latestInvestmentDoneBp: latest?.investmentDoneBp ?? null,
    latestReportPeriod: latest?.period ?? null,
    netPaid,
    requested,
  });
}
