import type { Tx } from "@/lib/db";
import type { Db } from "@/lib/db";
import type { ActivityData, FundedBefore, SupportRuleData } from "@/lib/rules/types";
import { FUNDED_STATUSES } from "@/lib/proposals/workflow";
import type { Fund } from "@/lib/generated/prisma/enums";
import {
  instrumentsApplied as pureInstruments,
  parseLimits,
  ruleSetFor,
  type InstrumentApplied,
  type RuleSetChoice,
  type RuleSetData,
} from "@/lib/rules/rule-sets";

type Reader = Tx | Db;

// Internal loaders used by the queries and mutations that already authorized their actor: the rule rows
// are public law, the question is only which rows are in force on a date (decided by the pure engine).
export async function loadSupportRules(db: Reader, ruleSetId?: string): Promise<SupportRuleData[]> {
  const rows = await db.supportRule.findMany({
    where: ruleSetId ? { ruleSetId } : undefined,
    orderBy: [{ activityCode: "asc" }, { code: "asc" }, { validFrom: "asc" }],
    select: {
      code: true,
      activityCode: true,
      costKind: true,
      label: true,
      maxPercentBp: true,
      maxAmount: true,
      priorityMultiplierBp: true,
      article: true,
      validFrom: true,
      validTo: true,
      verified: true,
      note: true,
      unitNorm: true,
      unitLabel: true,
      legalBasis: { select: { code: true, title: true } },
      ruleSet: { select: { code: true } },
    },
  });
  return rows.map(({ legalBasis, ruleSet, ...r }) => ({
    ...r,
    legalBasisCode: legalBasis.code,
    legalBasisTitle: shortTitle(legalBasis.title),
    ruleSetCode: ruleSet.code,
  }));
}

/** "Thông tư 28/2018/TT-BTC (sửa đổi bởi …) hướng dẫn …" → "Thông tư 28/2018/TT-BTC", for citations. */
export function shortTitle(title: string): string {
  const m = /^((?:Thông tư liên tịch|Thông tư|Nghị định|Quyết định|Nghị quyết)\s+\S+)/.exec(title);
  return m?.[1] ?? title;
}

export async function loadActivities(db: Reader): Promise<ActivityData[]> {
  const rows = await db.activityCategory.findMany({
    orderBy: [{ contentNo: "asc" }, { code: "asc" }, { validFrom: "asc" }],
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
  });
  return rows.map(({ legalBasis, ...a }) => ({ ...a, legalBasisCode: legalBasis.code }));
}

// ── Rule sets (issue 15) ────────────────────────────────────────────────────────────────────────────

export async function loadRuleSets(db: Reader): Promise<RuleSetData[]> {
  const rows = await db.ruleSet.findMany({ orderBy: [{ effectiveFrom: "asc" }, { version: "asc" }] });
  const provinceIds = [...new Set(rows.map((r) => r.provinceId).filter((x): x is string => x !== null))];
  const names = new Map(
    provinceIds.length
      ? (await db.adminUnit.findMany({ where: { id: { in: provinceIds } }, select: { id: true, name: true } })).map(
          (u) => [u.id, u.name],
        )
      : [],
  );
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    fund: r.fund,
    provinceId: r.provinceId,
    provinceName: r.provinceId ? (names.get(r.provinceId) ?? null) : null,
    instrumentNo: r.instrumentNo,
    instrumentTitle: r.instrumentTitle,
    issuer: r.issuer,
    issuedOn: r.issuedOn,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    advanceBasis: r.advanceBasis,
    limits: parseLimits(r.limits),
    illustrative: r.illustrative,
    source: r.source,
    version: r.version,
  }));
}

/** The rule set of a fund and province in force on a date, with its support-cap rows. */
export async function loadRulesFor(
  db: Reader,
  q: { fund: Fund; provinceId: string | null; date: Date },
): Promise<{ choice: RuleSetChoice | null; rules: SupportRuleData[] }> {
  const choice = ruleSetFor(await loadRuleSets(db), q);
  if (!choice) return { choice: null, rules: [] };
  return { choice, rules: await loadSupportRules(db, choice.set.id) };
}

/** Fairs abroad already supported for the establishment in the year (other live đề án, TT 46/2012 Art. 4). */
export async function loadDossierHistory(
  db: Reader,
  establishmentId: string,
  year: number,
  exceptProposalId: string | null,
) {
  const lines = await db.budgetLine.findMany({
    where: {
      costKind: "FAIR_ABROAD",
      requestedSupport: { gt: 0n },
      proposal: {
        establishmentId,
        year,
        id: { not: exceptProposalId ?? "__none__" },
        status: { notIn: ["DRAFT", "WITHDRAWN", "REJECTED"] },
      },
    },
    select: { quantity: true },
  });
  return { year, fairsAbroadThisYear: lines.reduce((n, l) => n + Math.max(l.quantity, 1), 0) };
}

/**
 * Support the establishment already holds in its other đề án, approved or later, any programme, fund or year (issue
 * 23): per cost kind, the approved support shared out over that đề án's lines by their requested support (the
 * decision approves one amount for the whole đề án). The caps (lib/rules/caps.ts) count what falls in their rule's
 * period of validity. The caller has authorised its actor for the đề án being judged; hits are counted whatever
 * their agency (the establishment's support is one whole).
 */
export async function loadFundedBefore(
  db: Reader,
  establishmentId: string,
  exceptProposalId: string | null,
): Promise<FundedBefore[]> {
  const others = await db.proposal.findMany({
    where: { establishmentId, id: { not: exceptProposalId ?? "__none__" }, status: { in: [...FUNDED_STATUSES] } },
    select: {
      id: true,
      code: true,
      title: true,
      year: true,
      submittedAt: true,
      createdAt: true,
      approvedSupport: true,
      requestedSupport: true,
      budgetLines: { select: { costKind: true, requestedSupport: true } },
    },
    orderBy: [{ year: "desc" }, { id: "asc" }],
    take: 200,
  });
  const out: FundedBefore[] = [];
  for (const o of others) {
    const requested = o.budgetLines.reduce((s, l) => s + l.requestedSupport, 0n);
    const approved = o.approvedSupport ?? o.requestedSupport;
    const byKind = new Map<string, bigint>();
    for (const l of o.budgetLines) byKind.set(l.costKind, (byKind.get(l.costKind) ?? 0n) + l.requestedSupport);
    for (const [costKind, req] of byKind) {
      const amount = requested > 0n ? (req * approved) / requested : 0n;
      if (amount > 0n)
        out.push({
          proposalId: o.id,
          code: o.code,
          title: o.title,
          year: o.year,
          costKind,
          amount,
          on: o.submittedAt ?? o.createdAt,
        });
    }
  }
  return out;
}

/**
 * The instruments a đề án is judged and paid by (rule set of its fund and province on its submission day):
 * for verdicts, contracts and the printed decision's căn cứ (helper i16 uses this).
 */
export async function instrumentsAppliedTo(db: Reader, proposalId: string): Promise<InstrumentApplied[]> {
  const p = await db.proposal.findUnique({
    where: { id: proposalId },
    select: { fund: true, submittedAt: true, createdAt: true, agency: { select: { provinceId: true } } },
  });
  if (!p) return [];
  return pureInstruments(await loadRuleSets(db), {
    fund: p.fund,
    provinceId: p.agency.provinceId,
    date: p.submittedAt ?? p.createdAt,
  });
}
