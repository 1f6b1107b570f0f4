import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LEGAL_BASES, SUPPORT_RULES } from "@/lib/rules/support-table";
import { PHU_THO_RULES, RULE_SETS } from "@/lib/rules/rule-set-table";
import type { SupportRuleData } from "@/lib/rules/types";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * Rule sets (national, and Phú Thọ's local set flagged "minh họa") and their support caps as data
 * (lib/rules/support-table.ts, lib/rules/rule-set-table.ts). Legal bases and rule sets are created by code
 * and never overwritten (rule sets are immutable: a change is a new version); cap periods are upserted by
 * (rule set, code, validFrom), validTo left alone on update so a period an admin closed stays closed.
 */
export async function seedSupportRules(db: PrismaClient): Promise<void> {
  const basisIds = new Map<string, string>();
  const bases = [
    ...Object.entries(LEGAL_BASES).map(([code, b]) => ({ code, ...b })),
    ...RULE_SETS.map((s) => ({
      code: s.legalBasis.code,
      title: s.legalBasis.title,
      issuedOn: s.issuedOn,
      effectiveFrom: s.effectiveFrom,
      effectiveTo: s.effectiveTo,
      note: s.note,
    })),
  ];
  for (const b of bases) {
    if (basisIds.has(b.code)) continue;
    const row = await db.legalBasis.upsert({
      where: { code: b.code },
      update: {},
      create: {
        code: b.code,
        title: b.title,
        issuedOn: day(b.issuedOn),
        effectiveFrom: day(b.effectiveFrom),
        effectiveTo: b.effectiveTo ? day(b.effectiveTo) : null,
        note: b.note,
      },
      select: { id: true },
    });
    basisIds.set(b.code, row.id);
  }
  const setIds = new Map<string, string>();
  for (const s of RULE_SETS) {
    const province = s.provinceCode
      ? await db.adminUnit.findUnique({ where: { code: s.provinceCode }, select: { id: true } })
      : null;
    if (s.provinceCode && !province) continue; // the province is not seeded (tests that seed rules alone)
    const existing = await db.ruleSet.findUnique({ where: { code: s.code }, select: { id: true } });
    const row =
      existing ??
      (await db.ruleSet.create({
        data: {
          code: s.code,
          fund: s.fund,
          provinceId: province?.id ?? null,
          instrumentNo: s.instrumentNo,
          instrumentTitle: s.instrumentTitle,
          issuer: s.issuer,
          issuedOn: day(s.issuedOn),
          effectiveFrom: day(s.effectiveFrom),
          effectiveTo: s.effectiveTo ? day(s.effectiveTo) : null,
          advanceBasis: s.advanceBasis,
          limits: s.limits,
          illustrative: s.illustrative,
          source: s.source,
          note: s.note,
        },
        select: { id: true },
      }));
    setIds.set(s.code, row.id);
  }
  const rows: readonly SupportRuleData[] = [...SUPPORT_RULES, ...PHU_THO_RULES];
  for (const r of rows) {
    const legalBasisId = basisIds.get(r.legalBasisCode);
    const ruleSetId = setIds.get(r.ruleSetCode ?? "");
    if (!legalBasisId) throw new Error(`Thiếu căn cứ pháp lý ${r.legalBasisCode}`);
    if (!ruleSetId) continue;
    const data = {
      activityCode: r.activityCode,
      costKind: r.costKind,
      label: r.label,
      maxPercentBp: r.maxPercentBp,
      maxAmount: r.maxAmount,
      priorityMultiplierBp: r.priorityMultiplierBp,
      legalBasisId,
      article: r.article,
      verified: r.verified,
      note: r.note,
      unitNorm: r.unitNorm ?? null,
      unitLabel: r.unitLabel ?? null,
    };
    await db.supportRule.upsert({
      where: { ruleSetId_code_validFrom: { ruleSetId, code: r.code, validFrom: r.validFrom } },
      update: data,
      create: { ruleSetId, code: r.code, validFrom: r.validFrom, validTo: r.validTo, ...data },
    });
  }
}
