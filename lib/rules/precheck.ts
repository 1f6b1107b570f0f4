import { checkEligibility, priorityReasons } from "@/lib/rules/eligibility";
import { beneficiaryRuleOn } from "@/lib/rules/in-force";
import { BENEFICIARY_RULES, type BeneficiaryRule } from "@/lib/rules/industries";
import type { ActivityData, EstablishmentFacts } from "@/lib/rules/types";

export type ActivityPrecheck = {
  activityId: string;
  code: string;
  contentNo: number;
  name: string;
  /** The instrument and article the activity content comes from (e.g. "Điều 4 Nghị định 45/2012/NĐ-CP"). */
  article: string;
  eligible: boolean;
  /** Why it qualifies, each naming its rule and instrument. */
  reasons: string[];
  /** Why it does not (yet), each naming its rule and instrument. */
  problems: string[];
};

export type Precheck = {
  /** The instrument on beneficiaries in force on the date (e.g. "Nghị định 235/2025/NĐ-CP"); null if none. */
  basis: string | null;
  activities: ActivityPrecheck[];
  eligibleCount: number;
  priority: string[];
};

/**
 * Eligibility before effort (issue 13.5): for each activity content in force, whether this establishment
 * qualifies on the date and why — the same engine (lib/rules/eligibility.ts: ND 45/2012 Art. 1.2, 4 and 5
 * as amended by ND 235/2025) that checks the submitted dossier, so the pre-check and the verdict agree.
 * Pure.
 */
export function precheckActivities(
  est: EstablishmentFacts,
  activities: readonly ActivityData[],
  on: Date,
  rules: readonly BeneficiaryRule[] = BENEFICIARY_RULES,
): Precheck {
  const rows = activities
    .map((a): ActivityPrecheck => {
      const r = checkEligibility(est, a, on, rules);
      return {
        activityId: a.id,
        code: a.code,
        contentNo: a.contentNo,
        name: a.name,
        article: a.article,
        eligible: r.eligible,
        reasons: r.reasons,
        problems: r.problems,
      };
    })
    .sort((a, b) => a.contentNo - b.contentNo);
  return {
    basis: beneficiaryRuleOn(rules, on)?.title ?? null,
    activities: rows,
    eligibleCount: rows.filter((r) => r.eligible).length,
    priority: priorityReasons(est, on, rules),
  };
}
