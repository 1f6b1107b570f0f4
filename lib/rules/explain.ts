import { formatDate } from "@/lib/dates";
import { formatMoney, formatPercentBp } from "@/lib/money";
import type { SupportRuleData } from "@/lib/rules/types";

/** "Điều 8 khoản 4 Thông tư 28/2018/TT-BTC (áp dụng từ 12/05/2018)" */
export function citation(rule: Pick<SupportRuleData, "article" | "legalBasisTitle" | "validFrom" | "validTo">): string {
  const period = rule.validTo
    ? `áp dụng từ ${formatDate(rule.validFrom)} đến ${formatDate(rule.validTo)}`
    : `áp dụng từ ${formatDate(rule.validFrom)}`;
  return `${rule.article} ${rule.legalBasisTitle} (${period})`;
}

export function capPhrase(rule: SupportRuleData, amountCap: bigint | null): string {
  const parts: string[] = [];
  if (rule.maxPercentBp !== null) parts.push(`không quá ${formatPercentBp(rule.maxPercentBp)} chi phí`);
  if (amountCap !== null) parts.push(`không quá ${formatMoney(amountCap)}`);
  return parts.join(" và ");
}

export const UNVERIFIED_NOTE = "Mức này chưa được đối chiếu với văn bản hiện hành; cán bộ sẽ kiểm tra khi thẩm định.";
