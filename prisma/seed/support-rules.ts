import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LEGAL_BASES, SUPPORT_RULES } from "@/lib/rules/support-table";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * Support caps as data (lib/rules/support-table.ts). Legal bases are upserted by code without overwriting
 * rows the foundation seed wrote; rule periods by (code, validFrom). validTo is left alone on update so a
 * period an admin closed stays closed. Idempotent.
 */
export async function seedSupportRules(db: PrismaClient): Promise<void> {
  const basisIds = new Map<string, string>();
  for (const [code, b] of Object.entries(LEGAL_BASES)) {
    const row = await db.legalBasis.upsert({
      where: { code },
      update: {},
      create: { code, title: b.title, issuedOn: day(b.issuedOn), effectiveFrom: day(b.effectiveFrom), effectiveTo: b.effectiveTo ? day(b.effectiveTo) : null, note: b.note },
      select: { id: true },
    });
    basisIds.set(code, row.id);
  }
  for (const r of SUPPORT_RULES) {
    const legalBasisId = basisIds.get(r.legalBasisCode);
    if (!legalBasisId) throw new Error(`Thiếu căn cứ pháp lý ${r.legalBasisCode}`);
    const data = {
      activityCode: r.activityCode, costKind: r.costKind, label: r.label, maxPercentBp: r.maxPercentBp, maxAmount: r.maxAmount,
      priorityMultiplierBp: r.priorityMultiplierBp, legalBasisId, article: r.article, verified: r.verified, note: r.note,
    };
    await db.supportRule.upsert({
      where: { code_validFrom: { code: r.code, validFrom: r.validFrom } },
      update: data,
      create: { code: r.code, validFrom: r.validFrom, validTo: r.validTo, ...data },
    });
  }
}
