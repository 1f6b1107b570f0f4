import { applyBp, formatMoney, formatPercentBp } from "@/lib/money";
import { formatDate } from "@/lib/dates";
import { ruleForCostKind } from "@/lib/rules/in-force";
import { capPhrase, citation, UNVERIFIED_NOTE } from "@/lib/rules/explain";
import type { FundedBefore, LineInput, LineVerdict, SupportRuleData } from "@/lib/rules/types";

/** A cost the establishment pays itself: never supported, always allowed. */
export const SELF_FUNDED = "OTHER";
/** Priority may raise a cap by at most 1.5× (TTLT 26/2014 Art. 6); data above that is ignored. */
export const MAX_PRIORITY_MULTIPLIER_BP = 15000;

export type CapOptions = {
  on: Date;
  priority: boolean;
  /** The establishment's support already approved for the same cost kinds in other đề án (issue 23). */
  fundedBefore?: readonly FundedBefore[];
};

/** Support already approved for this cost kind while `rule` was in force: it uses up the same cap. */
function priorUse(
  rule: SupportRuleData,
  funded: readonly FundedBefore[] | undefined,
): { amount: bigint; from: FundedBefore[] } {
  const from = (funded ?? []).filter(
    (f) => f.costKind === rule.costKind && f.on >= rule.validFrom && (rule.validTo === null || f.on <= rule.validTo),
  );
  return { amount: from.reduce((s, f) => s + f.amount, 0n), from };
}

function effectiveAmountCap(rule: SupportRuleData, priority: boolean): bigint | null {
  if (rule.maxAmount === null) return null;
  if (!priority || rule.priorityMultiplierBp === null) return rule.maxAmount;
  const bp = Math.min(Math.max(rule.priorityMultiplierBp, 10000), MAX_PRIORITY_MULTIPLIER_BP);
  return applyBp(rule.maxAmount, bp);
}

/**
 * Maximum support for each budget line. A cap "per establishment" or "per model" is shared by all lines of
 * the same cost kind, in their order; the percentage applies to each line's own cost. Requests above the
 * maximum are reported with the amount over and the article, never lowered silently.
 */
export function evaluateLines(
  rules: readonly SupportRuleData[],
  lines: readonly LineInput[],
  opts: CapOptions,
): LineVerdict[] {
  const usedByKind = new Map<string, bigint>();
  return lines.map((line, index) => {
    const requested = line.requestedSupport;
    if (line.costKind === SELF_FUNDED) {
      const overBy = requested > 0n ? requested : 0n;
      return {
        index,
        costKind: line.costKind,
        ruleCode: null,
        maxSupport: 0n,
        requested,
        overBy,
        ok: overBy === 0n,
        verified: true,
        explanation:
          overBy > 0n
            ? "Khoản do cơ sở tự chi trả không được đề nghị hỗ trợ."
            : "Khoản do cơ sở tự chi trả (vốn đối ứng).",
      };
    }
    const rule = ruleForCostKind(rules, line.costKind, opts.on);
    if (!rule) {
      return {
        index,
        costKind: line.costKind,
        ruleCode: null,
        maxSupport: 0n,
        requested,
        overBy: requested,
        ok: requested === 0n,
        verified: true,
        explanation: `Không có quy định mức hỗ trợ cho loại chi phí này có hiệu lực ngày ${formatDate(opts.on)}.`,
      };
    }
    const amountCap = effectiveAmountCap(rule, opts.priority);
    let percentCap = rule.maxPercentBp === null ? line.total : applyBp(line.total, rule.maxPercentBp);
    // A per-unit norm (per trainee, TT 152/2016/TT-BTC) caps this line at norm × number of units.
    const normCap = rule.unitNorm ? rule.unitNorm * BigInt(Math.max(line.quantity ?? 1, 0)) : null;
    if (normCap !== null && normCap < percentCap) percentCap = normCap;
    // The cap is shared by the lines of this cost kind and by the support the establishment already holds for it
    // under the same rule (seeded once, at the kind's first line).
    const prior = amountCap === null ? { amount: 0n, from: [] } : priorUse(rule, opts.fundedBefore);
    if (!usedByKind.has(rule.costKind)) usedByKind.set(rule.costKind, prior.amount);
    const used = usedByKind.get(rule.costKind) ?? 0n;
    const remaining = amountCap === null ? null : amountCap > used ? amountCap - used : 0n;
    let max = percentCap < line.total ? percentCap : line.total;
    if (remaining !== null && remaining < max) max = remaining;
    if (max < 0n) max = 0n;
    const granted = requested < max ? requested : max;
    usedByKind.set(rule.costKind, used + (granted > 0n ? granted : 0n));
    const overBy = requested > max ? requested - max : 0n;
    return {
      index,
      costKind: line.costKind,
      ruleCode: rule.code,
      maxSupport: max,
      requested,
      overBy,
      ok: overBy === 0n && requested >= 0n,
      verified: rule.verified,
      explanation:
        explainLine(rule, line, {
          max,
          percentCap,
          amountCap,
          used: used - prior.amount,
          overBy,
          priority: opts.priority,
        }) + priorSentence(prior.from, prior.amount),
    };
  });
}

type Numbers = {
  max: bigint;
  percentCap: bigint;
  amountCap: bigint | null;
  used: bigint;
  overBy: bigint;
  priority: boolean;
};

function explainLine(rule: SupportRuleData, line: LineInput, n: Numbers): string {
  const s: string[] = [];
  if (rule.unitNorm) {
    s.push(
      `Tối đa ${formatMoney(n.max)}: định mức ${formatMoney(rule.unitNorm)}/${rule.unitLabel ?? "đơn vị"} × ${line.quantity ?? 1} ${rule.unitLabel ?? "đơn vị"} = ${formatMoney(rule.unitNorm * BigInt(line.quantity ?? 1))}.`,
    );
  } else if (rule.maxPercentBp === null && n.amountCap === null) {
    s.push(`${rule.label}: không có mức trần cố định, tối đa bằng chi phí của khoản (${formatMoney(line.total)}).`);
  } else {
    s.push(`Tối đa ${formatMoney(n.max)}: ${rule.label.toLowerCase()} được hỗ trợ ${capPhrase(rule, n.amountCap)}.`);
    if (rule.maxPercentBp !== null) {
      s.push(`${formatPercentBp(rule.maxPercentBp)} × ${formatMoney(line.total)} = ${formatMoney(n.percentCap)}.`);
    }
    if (n.amountCap !== null && n.used > 0n) {
      s.push(`Các khoản cùng loại phía trên đã dùng ${formatMoney(n.used)} của mức ${formatMoney(n.amountCap)}.`);
    }
    if (n.priority && rule.priorityMultiplierBp !== null && rule.maxAmount !== null && n.amountCap !== rule.maxAmount) {
      s.push(
        `Đã áp dụng hệ số ưu tiên ${formatPercentBp(rule.priorityMultiplierBp)} mức ${formatMoney(rule.maxAmount)}.`,
      );
    }
  }
  s.push(`Căn cứ: ${citation(rule)}.`);
  if (rule.note) s.push(rule.note);
  if (n.overBy > 0n)
    s.push(`Mức đề nghị ${formatMoney(line.requestedSupport)} vượt ${formatMoney(n.overBy)}; vui lòng điều chỉnh.`);
  if (!rule.verified) s.push(UNVERIFIED_NOTE);
  return s.join(" ");
}

/** "Cơ sở đã được hỗ trợ …": the earlier support that shares this cap, naming the đề án. */
function priorSentence(from: readonly FundedBefore[], amount: bigint): string {
  if (amount <= 0n || from.length === 0) return "";
  const which = from.map((f) => `${f.code ?? f.title} (năm ${f.year})`).join(", ");
  return ` Cơ sở đã được hỗ trợ ${formatMoney(amount)} cho cùng loại chi phí trong thời gian quy định này có hiệu lực (đề án ${which}); mức tối đa tính cả khoản đã hỗ trợ.`;
}
