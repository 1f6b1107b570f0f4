import type { Tx } from "@/lib/db";
import type { SupportRuleData } from "@/lib/rules/types";
import { evaluateApplication } from "@/lib/rules/evaluate";
import { SUPPORT_RULES } from "@/lib/rules/support-table";
import { loadDossierHistory, loadFundedBefore, loadRulesFor } from "@/lib/rules/load";
import { costKindLabel } from "@/lib/rules/support-table";
import { formatMoney } from "@/lib/money";

// The rule engine's verdict (eligibility, caps per budget line, priority) shown beside the council's
// scores. The engine (lib/rules) is pure; this loads its inputs for one đề án. Rule rows come from the
// SupportRule table when the province has loaded them, otherwise from the engine's built-in table.
export type RuleVerdictDto = {
  judgedOn: string;
  eligible: boolean;
  reasons: string[];
  priority: string[];
  problems: string[];
  lines: Array<{ item: string; requested: string; maxSupport: string; ok: boolean; explanation: string }>;
  totalRequested: string;
  totalMaxSupport: string;
  /** The same in VND (integer string), for the decision's check. */
  totalMaxSupportVnd: string;
  /** Support the establishment already holds for the same cost items, with the đề án to open (issue 23). */
  priorSupport: Array<{
    proposalId: string;
    code: string | null;
    title: string;
    year: number;
    costKind: string;
    amount: string;
    sentence: string;
  }>;
  /** The rule set that judged it, citing its instrument (issue 15). */
  ruleSet: string | null;
};

export async function loadAllRules(tx: Tx): Promise<readonly SupportRuleData[]> {
  const rows = await tx.supportRule.findMany({ include: { legalBasis: { select: { code: true, title: true } } } });
  if (rows.length === 0) return SUPPORT_RULES;
  return rows.map((r) => ({
    code: r.code,
    activityCode: r.activityCode,
    costKind: r.costKind,
    label: r.label,
    maxPercentBp: r.maxPercentBp,
    maxAmount: r.maxAmount,
    priorityMultiplierBp: r.priorityMultiplierBp,
    legalBasisCode: r.legalBasis.code,
    legalBasisTitle: r.legalBasis.title,
    article: r.article,
    validFrom: r.validFrom,
    validTo: r.validTo,
    verified: r.verified,
    note: r.note,
  }));
}

export async function ruleVerdictFor(tx: Tx, proposalId: string): Promise<RuleVerdictDto | null> {
  const p = await tx.proposal.findUnique({
    where: { id: proposalId },
    select: {
      submittedAt: true,
      createdAt: true,
      attestCounterpart: true,
      attestNoDoubleFunding: true,
      fund: true,
      year: true,
      establishmentId: true,
      agency: { select: { provinceId: true } },
      budgetLines: {
        orderBy: { position: "asc" },
        select: { item: true, costKind: true, total: true, requestedSupport: true, quantity: true },
      },
      activityCategory: {
        select: {
          id: true,
          code: true,
          contentNo: true,
          name: true,
          article: true,
          validFrom: true,
          validTo: true,
          legalBasis: { select: { code: true } },
        },
      },
      establishment: {
        select: {
          kind: true,
          industryCode: true,
          communeId: true,
          womenOwned: true,
          ethnicMinorityOwned: true,
          workforce: true,
          commune: { select: { name: true, validTo: true, difficultArea: true, ethnicMinority: true } },
        },
      },
    },
  });
  if (!p || !p.establishment) return null; // group projects without a named beneficiary: staff judge by hand
  const e = p.establishment;
  const a = p.activityCategory;
  const on = p.submittedAt ?? p.createdAt;
  const scoped = await loadRulesFor(tx, { fund: p.fund, provinceId: p.agency.provinceId, date: on });
  const history = p.establishmentId ? await loadDossierHistory(tx, p.establishmentId, p.year, proposalId) : null;
  const fundedBefore = p.establishmentId ? await loadFundedBefore(tx, p.establishmentId, proposalId) : [];
  const kinds = new Set(p.budgetLines.map((l) => l.costKind));
  const v = evaluateApplication({
    rules: scoped.choice ? scoped.rules : await loadAllRules(tx),
    ruleSet: scoped.choice,
    history,
    fundedBefore,
    establishment: {
      kind: e.kind,
      industryCode: e.industryCode,
      communeId: e.communeId,
      communeName: e.commune?.name ?? null,
      communeValidTo: e.commune?.validTo ?? null,
      difficultArea: e.commune?.difficultArea ?? false,
      ethnicMinorityArea: e.commune?.ethnicMinority ?? false,
      womenOwned: e.womenOwned,
      ethnicMinorityOwned: e.ethnicMinorityOwned,
      workforce: e.workforce,
    },
    activity: {
      id: a.id,
      code: a.code,
      contentNo: a.contentNo,
      name: a.name,
      legalBasisCode: a.legalBasis.code,
      article: a.article,
      validFrom: a.validFrom,
      validTo: a.validTo,
    },
    lines: p.budgetLines,
    attestCounterpart: p.attestCounterpart,
    attestNoDoubleFunding: p.attestNoDoubleFunding,
    on,
  });
  return {
    judgedOn: v.judgedOn.toISOString(),
    eligible: v.eligible,
    reasons: v.reasons,
    priority: v.priority.reasons,
    problems: v.problems,
    lines: v.lines.map((l, i) => ({
      item: p.budgetLines[i]?.item ?? `Khoản ${i + 1}`,
      requested: formatMoney(l.requested),
      maxSupport: formatMoney(l.maxSupport),
      ok: l.ok,
      explanation: l.explanation,
    })),
    totalRequested: formatMoney(v.totalRequested),
    totalMaxSupport: formatMoney(v.totalMaxSupport),
    totalMaxSupportVnd: v.totalMaxSupport.toString(),
    ruleSet: v.ruleSet?.citation ?? null,
    priorSupport: fundedBefore
      .filter((f) => kinds.has(f.costKind))
      .map((f) => ({
        proposalId: f.proposalId,
        code: f.code,
        title: f.title,
        year: f.year,
        costKind: costKindLabel(f.costKind),
        amount: formatMoney(f.amount),
        sentence: `${costKindLabel(f.costKind)}: đã được hỗ trợ ${formatMoney(f.amount)} (năm ${f.year}).`,
      })),
  };
}
