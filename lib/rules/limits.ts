import { formatDate } from "@/lib/dates";
import { citation } from "@/lib/rules/explain";
import { instrumentCitation, type RuleSetChoice } from "@/lib/rules/rule-sets";
import { rulesInForce } from "@/lib/rules/in-force";
import type { EstablishmentFacts, LineInput, SupportRuleData } from "@/lib/rules/types";

/** What the engine must know about the establishment's other đề án (loaded by the caller). */
export type DossierHistory = {
  /** Fairs abroad already supported (submitted or approved đề án, not withdrawn/rejected) in the same year. */
  fairsAbroadThisYear: number;
  year: number;
};

export const FAIR_ABROAD = "FAIR_ABROAD";
export const FOUNDING = "FOUNDING";

/**
 * Limits of the rule set that are not caps: at most N fairs abroad per establishment per year (TT 46/2012
 * Art. 4), and founding support only in a difficult area (ND 45/2012 Art. 4 k.2; TT 28/2018 Art. 8). Each
 * refusal names the rule and the instrument of the set that applied.
 */
export function limitProblems(
  choice: RuleSetChoice | null,
  rules: readonly SupportRuleData[],
  est: EstablishmentFacts,
  lines: readonly LineInput[],
  on: Date,
  history: DossierHistory | null,
): string[] {
  if (!choice) return [];
  const out: string[] = [];
  const inForce = rulesInForce(rules, on);
  const { limits } = choice.set;
  const setCite = instrumentCitation(choice.set);

  const fairs = lines
    .filter((l) => l.costKind === FAIR_ABROAD && l.requestedSupport > 0n)
    .reduce((n, l) => n + Math.max(l.quantity ?? 1, 1), 0);
  if (limits.fairsAbroadPerYear !== null && fairs > 0) {
    const before = history?.fairsAbroadThisYear ?? 0;
    if (before + fairs > limits.fairsAbroadPerYear) {
      out.push(
        `Quy định "mỗi cơ sở được hỗ trợ tham gia hội chợ, triển lãm ở nước ngoài tối đa ${limits.fairsAbroadPerYear} lần/năm" (Điều 4 Thông tư 46/2012/TT-BCT; áp dụng theo ${setCite}): ` +
          `cơ sở đã được hỗ trợ ${before} lần năm ${history?.year ?? on.getUTCFullYear()}, hồ sơ này đề nghị thêm ${fairs} lần.`,
      );
    }
  }

  if (
    limits.foundingDifficultAreaOnly &&
    !est.difficultArea &&
    lines.some((l) => l.costKind === FOUNDING && l.requestedSupport > 0n)
  ) {
    const rule = inForce.find((r) => r.costKind === FOUNDING);
    const where = est.communeName ? `"${est.communeName}"` : "xã/phường của cơ sở";
    out.push(
      `Quy định "hỗ trợ thành lập doanh nghiệp sản xuất công nghiệp nông thôn chỉ áp dụng tại địa bàn có điều kiện kinh tế – xã hội khó khăn" ` +
        `(${rule ? citation(rule) : setCite}): ${where} không thuộc danh mục địa bàn khó khăn tại ngày ${formatDate(on)}.`,
    );
  }
  return out;
}
