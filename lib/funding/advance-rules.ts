// Pure evaluation of an advance (tạm ứng) against the versioned rule of the project's type
// (TT 36/2013/TT-BCT Art. 13–16): every refusal says why, in Vietnamese, so the officer can act on it.
// Before acceptance no advance may take the net amount paid above 70 % of the approved support
// (TTLT 26/2014/TTLT-BTC-BCT; TT 28/2018/TT-BTC keeps the principle).
import { applyBp, formatMoney, formatPercentBp } from "@/lib/money";
import type { AdvanceRuleData } from "@/lib/rules/advance-rule-catalogue";

export type AdvanceContext = {
  /** Current commitment (approved support after amendments). */
  approvedSupport: bigint;
  contractSigned: boolean;
  accepted: boolean;
  /** From the latest progress report; null when none was filed. */
  latestInvestmentDoneBp: number | null;
  latestReportPeriod: string | null;
  /** Advances + final payments − refunds already posted. */
  netPaid: bigint;
  requested: bigint;
};

export type AdvanceVerdict = {
  ok: boolean;
  /** Highest net amount paid the rule allows now. */
  cap: bigint;
  /** What may still be advanced now (cap − netPaid, never negative). */
  available: bigint;
  reasons: string[];
  rule: Pick<AdvanceRuleData, "code" | "label" | "condition" | "article"> | null;
};

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The rule of this type in force on `onDate` (the latest validFrom wins). */
export function selectAdvanceRule<R extends AdvanceRuleData>(
  rules: readonly R[],
  advanceType: string | null,
  onDate: Date,
): R | null {
  const day = iso(onDate);
  const inForce = rules.filter(
    (r) => r.advanceType === advanceType && iso(r.validFrom) <= day && (!r.validTo || iso(r.validTo) >= day),
  );
  return inForce.sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime())[0] ?? null;
}

function periodLabel(period: string | null): string {
  if (!period) return "";
  const [y, m] = period.split("-");
  return ` (kỳ ${m}/${y})`;
}

export function evaluateAdvance(rule: AdvanceRuleData | null, ctx: AdvanceContext): AdvanceVerdict {
  const reasons: string[] = [];
  if (!rule) {
    return {
      ok: false,
      cap: 0n,
      available: 0n,
      rule: null,
      reasons: [
        "Chưa có quy tắc tạm ứng áp dụng cho loại đề án này tại thời điểm ký hợp đồng; đề nghị quản trị viên cập nhật danh mục quy tắc.",
      ],
    };
  }
  const ruleInfo = { code: rule.code, label: rule.label, condition: rule.condition, article: rule.article };
  if (!ctx.contractSigned) reasons.push("Chưa ký hợp đồng hỗ trợ: chỉ tạm ứng sau khi hợp đồng được ký.");
  if (ctx.requested <= 0n) reasons.push("Số tiền tạm ứng phải lớn hơn 0.");

  let capBp: number;
  if (ctx.accepted) {
    capBp = 10_000; // after base acceptance the remaining support may be advanced (step 10 of §4.3)
  } else {
    capBp = Math.min(rule.firstAdvanceBp, rule.maxBeforeAcceptanceBp);
    if (rule.requiresAcceptance) {
      capBp = 0;
      reasons.push(`${rule.label}: chỉ được cấp sau khi nghiệm thu cơ sở (${rule.condition}).`);
    }
    const need = rule.requiresInvestmentDoneBp;
    if (need !== null) {
      if (ctx.latestInvestmentDoneBp === null) {
        capBp = 0;
        reasons.push(
          `Chưa có báo cáo tiến độ nào: cần báo cáo cho thấy đã thực hiện trên ${formatPercentBp(need)} tổng vốn đầu tư (${rule.condition}).`,
        );
      } else if (ctx.latestInvestmentDoneBp <= need) {
        capBp = 0;
        reasons.push(
          `Báo cáo tiến độ gần nhất${periodLabel(ctx.latestReportPeriod)} ghi nhận mới thực hiện ${formatPercentBp(ctx.latestInvestmentDoneBp)} tổng vốn đầu tư; cần trên ${formatPercentBp(need)} mới được tạm ứng.`,
        );
      }
    }
  }
  const cap = applyBp(ctx.approvedSupport, capBp);
  const available = cap > ctx.netPaid ? cap - ctx.netPaid : 0n;
  if (capBp > 0 && ctx.requested > available) {
    const limitText = ctx.accepted
      ? `kinh phí hỗ trợ được duyệt (${formatMoney(ctx.approvedSupport)})`
      : `${formatPercentBp(capBp)} kinh phí hỗ trợ được duyệt (${formatMoney(cap)}) trước khi nghiệm thu`;
    reasons.push(
      `Số tiền đề nghị ${formatMoney(ctx.requested)} vượt mức còn được tạm ứng ${formatMoney(available)}: tổng đã chi ${formatMoney(ctx.netPaid)}, không được vượt ${limitText}.`,
    );
  }
  return { ok: reasons.length === 0, cap, available, reasons, rule: ruleInfo };
}

export type PaymentCheck = { ok: boolean; reasons: string[]; available: bigint };

/** Final payment (thanh toán): only after acceptance, and never above the support that may be settled. */
export function evaluateFinalPayment(ctx: {
  accepted: boolean;
  settleable: bigint;
  netPaid: bigint;
  requested: bigint;
}): PaymentCheck {
  const reasons: string[] = [];
  const available = ctx.settleable > ctx.netPaid ? ctx.settleable - ctx.netPaid : 0n;
  if (!ctx.accepted) reasons.push("Chỉ thanh toán sau khi đề án được nghiệm thu.");
  if (ctx.requested <= 0n) reasons.push("Số tiền thanh toán phải lớn hơn 0.");
  else if (ctx.requested > available) {
    reasons.push(
      `Số tiền đề nghị ${formatMoney(ctx.requested)} vượt số còn được thanh toán ${formatMoney(available)} (được quyết toán tối đa ${formatMoney(ctx.settleable)}, đã chi ${formatMoney(ctx.netPaid)}).`,
    );
  }
  return { ok: reasons.length === 0, reasons, available };
}

/** Refund of unspent money: never more than what was paid out and not yet refunded. */
export function evaluateRefund(ctx: { netPaid: bigint; requested: bigint }): PaymentCheck {
  const reasons: string[] = [];
  if (ctx.requested <= 0n) reasons.push("Số tiền hoàn trả phải lớn hơn 0.");
  else if (ctx.requested > ctx.netPaid)
    reasons.push(`Số tiền hoàn trả ${formatMoney(ctx.requested)} lớn hơn số đã chi ròng ${formatMoney(ctx.netPaid)}.`);
  return { ok: reasons.length === 0, reasons, available: ctx.netPaid };
}
