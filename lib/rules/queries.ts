import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { loadSupportRules } from "@/lib/rules/load";
import { toRuleDto, type SupportRuleDto } from "@/lib/rules/dto";

export type LegalBasisOption = { code: string; title: string };

/** Every period of every cap, and the legal bases an admin may cite. */
export async function listRulesForAdmin(actor: Actor): Promise<{ rules: SupportRuleDto[]; bases: LegalBasisOption[] }> {
  assertCan(actor, "rules.manage");
  const db = await getDb();
  const rules = await loadSupportRules(db);
  const bases = await db.legalBasis.findMany({ orderBy: { effectiveFrom: "desc" }, select: { code: true, title: true } });
  return { rules: rules.map(toRuleDto), bases };
}
