import type { EstablishmentKind } from "@/lib/generated/prisma/enums";

// Plain data the rule engine reads: rows from SupportRule/ActivityCategory (or the seed table) and the
// facts of one establishment and one draft. The engine does no I/O, so every verdict is reproducible.

export type SupportRuleData = {
  code: string;
  activityCode: string;
  costKind: string;
  label: string;
  maxPercentBp: number | null;
  maxAmount: bigint | null;
  priorityMultiplierBp: number | null;
  legalBasisCode: string;
  legalBasisTitle: string;
  article: string;
  validFrom: Date;
  validTo: Date | null;
  verified: boolean;
  note: string | null;
  /** The rule set (instrument, fund, scope) the row belongs to. */
  ruleSetCode?: string;
  /** A norm per unit (per trainee, TT 152/2016/TT-BTC): the cap is norm × quantity of the line. */
  unitNorm?: bigint | null;
  unitLabel?: string | null;
};

/**
 * Support the same establishment already holds for a cost kind in another đề án (approved or later): counted
 * against the cap of the rule that judged this one when it fell in that rule's period of validity (issue 23).
 */
export type FundedBefore = {
  proposalId: string;
  code: string | null;
  title: string;
  year: number;
  costKind: string;
  /** The share of the approved support attributed to this cost kind (its lines' requested support, pro rata). */
  amount: bigint;
  /** The day that đề án was judged (submitted). */
  on: Date;
};

export type ActivityData = {
  id: string;
  code: string;
  contentNo: number;
  name: string;
  legalBasisCode: string;
  article: string;
  validFrom: Date;
  validTo: Date | null;
};

export type EstablishmentFacts = {
  kind: EstablishmentKind;
  industryCode: string | null;
  communeId: string | null;
  communeName: string | null;
  communeValidTo: Date | null;
  difficultArea: boolean;
  ethnicMinorityArea: boolean;
  womenOwned: boolean;
  ethnicMinorityOwned: boolean;
  workforce: number;
};

export type LineInput = {
  item: string;
  costKind: string;
  total: bigint;
  requestedSupport: bigint;
  /** Number of units (trainees, fairs…) where a per-unit norm applies. */
  quantity?: number;
};

export type LineVerdict = {
  index: number;
  costKind: string;
  /** null when no rule row is in force for this cost kind on the date. */
  ruleCode: string | null;
  maxSupport: bigint;
  requested: bigint;
  overBy: bigint;
  ok: boolean;
  verified: boolean;
  explanation: string;
};

export type Verdict = {
  judgedOn: Date;
  eligible: boolean;
  /** Why (not) eligible, each sentence citing its article. */
  reasons: string[];
  priority: { applies: boolean; reasons: string[] };
  lines: LineVerdict[];
  totalCost: bigint;
  totalRequested: bigint;
  totalMaxSupport: bigint;
  /** Blocking problems, in Vietnamese; empty means the dossier may be submitted. */
  problems: string[];
  /** Support the establishment already holds for the same cost items (issue 23), in Vietnamese; not blocking by itself. */
  priorSupport?: string[];
  /** The rule set that judged it, with its instrument cited (null when the caller gave none). */
  ruleSet: { code: string; citation: string; illustrative: boolean } | null;
};
