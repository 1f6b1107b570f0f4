import { fromActivityDto, fromRuleDto } from "@/lib/rules/dto";
import { evaluateApplication } from "@/lib/rules/evaluate";
import { checkEligibility } from "@/lib/rules/eligibility";
import { parseMoney } from "@/lib/money";
import type { Verdict } from "@/lib/rules/types";
import type { FormContext } from "@/lib/applications/dto";
import { NEEDS_QUOTATION } from "@/lib/applications/quotation";
import type { DraftData } from "@/lib/applications/schemas";

// The rule engine, run in the browser on the same rule rows the server will use at submission.

export function moneyOf(text: string): bigint | null {
  if (!text.trim()) return null;
  const p = parseMoney(text);
  return p.ok ? p.vnd : null;
}

export function lineTotal(quantity: string, unitPrice: string): bigint | null {
  const q = /^\d{1,6}$/.test(quantity.trim()) ? BigInt(quantity.trim()) : null;
  const price = moneyOf(unitPrice);
  return q !== null && price !== null ? q * price : null;
}

export type DraftVerdict = Verdict & { quotationMissing: boolean; establishmentProblems: string[] };

export function evaluateDraft(ctx: FormContext, draft: DraftData, hasQuotation: boolean): DraftVerdict {
  const activity = ctx.activities.find((a) => a.id === draft.activityCategoryId);
  const e = ctx.establishment;
  const establishment = { ...e, communeValidTo: e.communeValidTo ? new Date(e.communeValidTo) : null };
  const verdict = evaluateApplication({
    rules: ctx.rules.map(fromRuleDto),
    establishment,
    activity: activity ? fromActivityDto(activity) : null,
    on: new Date(ctx.today),
    attestCounterpart: draft.attestCounterpart,
    attestNoDoubleFunding: draft.attestNoDoubleFunding,
    lines: draft.lines.map((l) => ({
      item: l.item,
      costKind: l.costKind,
      total: lineTotal(l.quantity, l.unitPrice) ?? 0n,
      requestedSupport: moneyOf(l.requestedSupport) ?? 0n,
      quantity: Number(l.quantity) || 1,
    })),
    ruleSet: ctx.ruleSet
      ? {
          ...ctx.ruleSet,
          set: {
            ...ctx.ruleSet.set,
            issuedOn: new Date(ctx.ruleSet.set.issuedOn),
            effectiveFrom: new Date(ctx.ruleSet.set.effectiveFrom),
            effectiveTo: ctx.ruleSet.set.effectiveTo ? new Date(ctx.ruleSet.set.effectiveTo) : null,
          },
        }
      : null,
    history: { year: new Date(ctx.today).getUTCFullYear(), fairsAbroadThisYear: ctx.fairsAbroadThisYear },
  });
  const quotationMissing =
    !hasQuotation &&
    draft.lines.some((l) => NEEDS_QUOTATION.includes(l.costKind) && (moneyOf(l.requestedSupport) ?? 0n) > 0n);
  // Problems of the establishment itself (kind, area, industry), whatever activity is chosen.
  const establishmentProblems = checkEligibility(establishment, null, new Date(ctx.today)).problems.filter(
    (p) => !p.startsWith("Chưa chọn nội dung"),
  );
  return { ...verdict, quotationMissing, establishmentProblems };
}
