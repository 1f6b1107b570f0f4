import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { loadRuleSets, loadSupportRules } from "@/lib/rules/load";
import { toRuleDto, type SupportRuleDto } from "@/lib/rules/dto";
import { instrumentCitation, ruleSetFor } from "@/lib/rules/rule-sets";
import { vnDay } from "@/lib/dates";

export type LegalBasisOption = { code: string; title: string };

export type RuleSetRow = {
  code: string;
  fund: "KCQG" | "KCDP";
  scope: string;
  instrumentNo: string;
  instrumentTitle: string;
  issuer: string;
  issuedOn: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  advanceBasis: string;
  illustrative: boolean;
  version: number;
  source: string | null;
  citation: string;
  appliesToday: boolean;
  editable: boolean;
};

/**
 * Every rule set (which instrument rules which fund, where, when — and which one applies today), every
 * period of every cap with its set, the legal bases an admin may cite, and the sets this admin maintains
 * (their own province's; national sets are read-only).
 */
export async function listRulesForAdmin(
  actor: Actor,
  now = new Date(),
): Promise<{ rules: SupportRuleDto[]; bases: LegalBasisOption[]; sets: RuleSetRow[] }> {
  assertCan(actor, "rules.manage");
  const db = await getDb();
  const rules = await loadSupportRules(db);
  const all = await loadRuleSets(db);
  const today = vnDay(now);
  const current = new Set([
    ruleSetFor(all, { fund: "KCQG", provinceId: actor.provinceId, date: today })?.set.code,
    ruleSetFor(all, { fund: "KCDP", provinceId: actor.provinceId, date: today })?.set.code,
  ]);
  const bases = await db.legalBasis.findMany({
    orderBy: { effectiveFrom: "desc" },
    select: { code: true, title: true },
  });
  const sets = all
    .filter((s) => s.provinceId === null || s.provinceId === actor.provinceId)
    .map((s) => ({
      code: s.code,
      fund: s.fund,
      scope: s.provinceName ?? "Toàn quốc",
      instrumentNo: s.instrumentNo,
      instrumentTitle: s.instrumentTitle,
      issuer: s.issuer,
      issuedOn: s.issuedOn.toISOString(),
      effectiveFrom: s.effectiveFrom.toISOString(),
      effectiveTo: s.effectiveTo?.toISOString() ?? null,
      advanceBasis: s.advanceBasis,
      illustrative: s.illustrative,
      version: s.version,
      source: s.source,
      citation: instrumentCitation(s),
      appliesToday: current.has(s.code),
      editable: s.provinceId !== null && s.provinceId === actor.provinceId,
    }));
  const visible = new Set(sets.map((s) => s.code));
  return { rules: rules.filter((r) => visible.has(r.ruleSetCode ?? "")).map(toRuleDto), bases, sets };
}
