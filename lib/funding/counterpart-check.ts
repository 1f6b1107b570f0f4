import type { SupportRuleData } from "@/lib/rules/types";
import { ruleForCostKind } from "@/lib/rules/in-force";

// Settlement against the enterprise's own share (issue 12 item 5). Where the rules cap support at a share
// of the cost (e.g. machinery ≤ 50 %, TT 28/2018/TT-BTC as amended; domain §5.2), support S of a line needs a
// counterpart of at least S × (100 % − share) / share, proved with evidence at acceptance and settlement
// (TT 36/2013/TT-BCT; settlement form 8b lists KC and other-source spending, domain §5.3). Pure: no I/O.

export type LineForCheck = { costKind: string; requestedSupport: bigint };

export type CounterpartCheck = {
  /** Counterpart the rules require for the support being settled. */
  required: bigint;
  /** Counterpart documented in the ledger (COUNTERPART postings with evidence). */
  documented: bigint;
  /** Largest support the documented counterpart allows under the same shares. */
  supportAllowed: bigint;
  short: boolean;
  /** The share and rule applied, for the message (e.g. "50 % — Điều 5 Thông tư 28/2018/TT-BTC"). */
  basis: string[];
};

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/**
 * Required counterpart for `settled` support: each line's support scaled to the settled amount, times
 * (10 000 − cap) / cap for lines whose rule caps a share; lines without a share cap require none.
 */
export function checkCounterpart(
  rules: readonly SupportRuleData[],
  lines: readonly LineForCheck[],
  on: Date,
  settled: bigint,
  documented: bigint,
): CounterpartCheck {
  const planned = lines.reduce((s, l) => s + l.requestedSupport, 0n);
  let required = 0n;
  const basis: string[] = [];
  for (const l of lines) {
    const rule = ruleForCostKind(rules, l.costKind, on);
    const bp = rule?.maxPercentBp ?? null;
    if (!rule || bp === null || bp <= 0 || bp >= 10_000 || planned === 0n || l.requestedSupport === 0n) continue;
    const support = (l.requestedSupport * settled) / planned;
    required += ceilDiv(support * BigInt(10_000 - bp), BigInt(bp));
    basis.push(`${rule.label}: hỗ trợ tối đa ${bp / 100}% chi phí — ${rule.article} ${rule.legalBasisTitle}`);
  }
  // Reduce proportionally: the support the documented counterpart can carry under the same shares.
  const supportAllowed =
    required === 0n ? settled : documented >= required ? settled : (settled * documented) / required;
  return { required, documented, supportAllowed, short: documented < required, basis: [...new Set(basis)] };
}
