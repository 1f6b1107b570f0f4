import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ADVANCE_LEGAL_BASIS, ADVANCE_RULES } from "@/lib/funding/advance-rule-catalogue";

/** Advance rules by project type (TT 36/2013/TT-BCT Art. 13–16), versioned by validFrom; idempotent. */
export async function seedAdvanceRules(db: PrismaClient): Promise<void> {
  const b = ADVANCE_LEGAL_BASIS;
  // The foundation seeds this legal basis; create it only when run alone (tests), never overwrite it.
  const basis = await db.legalBasis.upsert({
    where: { code: b.code },
    create: { code: b.code, title: b.title, issuedOn: new Date(b.issuedOn), effectiveFrom: new Date(b.effectiveFrom) },
    update: {},
  });
  for (const r of ADVANCE_RULES) {
    const data = {
      advanceType: r.advanceType, label: r.label, firstAdvanceBp: r.firstAdvanceBp, maxBeforeAcceptanceBp: r.maxBeforeAcceptanceBp,
      condition: r.condition, requiresInvestmentDoneBp: r.requiresInvestmentDoneBp, requiresAcceptance: r.requiresAcceptance,
      legalBasisId: basis.id, article: r.article, validTo: r.validTo,
    };
    await db.advanceRule.upsert({ where: { code_validFrom: { code: r.code, validFrom: r.validFrom } }, create: { code: r.code, validFrom: r.validFrom, ...data }, update: data });
  }
}
