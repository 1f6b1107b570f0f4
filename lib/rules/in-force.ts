import type { ActivityData, SupportRuleData } from "@/lib/rules/types";
import type { BeneficiaryRule } from "@/lib/rules/industries";

type Dated = { validFrom: Date; validTo: Date | null };

/** Calendar-day comparison: a rule valid to 14/10 still applies on 14/10, the new one from 15/10. */
export function inForce(row: Dated, on: Date): boolean {
  const day = Date.UTC(on.getUTCFullYear(), on.getUTCMonth(), on.getUTCDate());
  return row.validFrom.getTime() <= day && (row.validTo === null || day <= row.validTo.getTime());
}

/** The row of each rule code in force on the date (the latest start wins if periods overlap). */
export function rulesInForce(rows: readonly SupportRuleData[], on: Date): SupportRuleData[] {
  const best = new Map<string, SupportRuleData>();
  for (const row of rows) {
    if (!inForce(row, on)) continue;
    const prev = best.get(row.code);
    if (!prev || prev.validFrom < row.validFrom) best.set(row.code, row);
  }
  return [...best.values()];
}

export function ruleForCostKind(rows: readonly SupportRuleData[], costKind: string, on: Date): SupportRuleData | null {
  return rulesInForce(rows, on).find((r) => r.costKind === costKind) ?? null;
}

/** Cost kinds an activity may claim on the date, in table order. */
export function costKindsFor(rows: readonly SupportRuleData[], activityCode: string, on: Date): SupportRuleData[] {
  return rulesInForce(rows, on).filter((r) => r.activityCode === activityCode);
}

export function beneficiaryRuleOn(rules: readonly BeneficiaryRule[], on: Date): BeneficiaryRule | null {
  return rules.find((r) => inForce(r, on)) ?? null;
}

export function activitiesInForce(rows: readonly ActivityData[], on: Date): ActivityData[] {
  return rows
    .filter((r) => inForce(r, on))
    .sort((a, b) => a.contentNo - b.contentNo || a.name.localeCompare(b.name, "vi"));
}
