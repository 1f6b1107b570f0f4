import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ADVANCE_LEGAL_BASIS, ADVANCE_RULES, type AdvanceRuleData } from "@/lib/rules/advance-rule-catalogue";
import { PHU_THO_ADVANCE_RULES, PHU_THO_SET } from "@/lib/rules/rule-set-table";

/**
 * Advance rules by project type, versioned by validFrom; idempotent. National rules (TT 36/2013/TT-BCT
 * Art. 13–16) have no rule set; a province's own procedure belongs to its local rule set (Phú Thọ: minh họa).
 */
export async function seedAdvanceRules(db: PrismaClient): Promise<void> {
  const b = ADVANCE_LEGAL_BASIS;
  // The foundation seeds this legal basis; create it only when run alone (tests), never overwrite it.
  const basis = await db.legalBasis.upsert({
    where: { code: b.code },
    create: { code: b.code, title: b.title, issuedOn: new Date(b.issuedOn), effectiveFrom: new Date(b.effectiveFrom) },
    update: {},
  });
  const local = await db.ruleSet.findUnique({
    where: { code: PHU_THO_SET },
    select: { id: true, supportRules: { take: 1, select: { legalBasisId: true } } },
  });
  const write = async (r: AdvanceRuleData, ruleSetId: string | null, legalBasisId: string) => {
    const data = {
      advanceType: r.advanceType,
      label: r.label,
      firstAdvanceBp: r.firstAdvanceBp,
      maxBeforeAcceptanceBp: r.maxBeforeAcceptanceBp,
      condition: r.condition,
      requiresInvestmentDoneBp: r.requiresInvestmentDoneBp,
      requiresAcceptance: r.requiresAcceptance,
      legalBasisId,
      article: r.article,
      validTo: r.validTo,
      ruleSetId,
    };
    await db.advanceRule.upsert({
      where: { code_validFrom: { code: r.code, validFrom: r.validFrom } },
      create: { code: r.code, validFrom: r.validFrom, ...data },
      update: data,
    });
  };
  for (const r of ADVANCE_RULES) await write(r, null, basis.id);
  const localBasis = local?.supportRules[0]?.legalBasisId;
  if (local && localBasis) for (const r of PHU_THO_ADVANCE_RULES) await write(r, local.id, localBasis);
}
