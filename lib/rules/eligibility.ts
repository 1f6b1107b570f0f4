import { formatDate } from "@/lib/dates";
import { beneficiaryRuleOn, inForce } from "@/lib/rules/in-force";
import {
  BENEFICIARY_RULES,
  industryLabel,
  KIND_LABELS,
  LABOUR_INTENSIVE_WORKFORCE,
  PRIORITY_INDUSTRIES,
  type BeneficiaryRule,
} from "@/lib/rules/industries";
import type { ActivityData, EstablishmentFacts } from "@/lib/rules/types";

export type EligibilityResult = { eligible: boolean; reasons: string[]; problems: string[] };

/**
 * Who may receive khuyến công support on the date: beneficiary kind and area (ND 45/2012 Art. 1.2, as
 * amended by ND 235/2025 from 15/10/2025), industry (Art. 5) and an activity content in force (Art. 4).
 * Cleaner production has no size or location limit (Art. 1.2.b).
 */
export function checkEligibility(
  est: EstablishmentFacts,
  activity: ActivityData | null,
  on: Date,
  rules: readonly BeneficiaryRule[] = BENEFICIARY_RULES,
): EligibilityResult {
  const reasons: string[] = [];
  const problems: string[] = [];
  const basis = beneficiaryRuleOn(rules, on);
  if (!basis)
    return {
      eligible: false,
      reasons,
      problems: [`Không có quy định về đối tượng áp dụng có hiệu lực ngày ${formatDate(on)}.`],
    };

  if (basis.kinds.includes(est.kind)) {
    reasons.push(`${KIND_LABELS[est.kind]} là đối tượng được hỗ trợ theo ${basis.kindsArticle}.`);
  } else {
    problems.push(
      `${KIND_LABELS[est.kind]} chưa là đối tượng áp dụng theo ${basis.kindsArticle} tại ngày ${formatDate(on)}.`,
    );
  }

  const cleaner = activity?.code === "SXSH";
  if (!est.communeId) {
    if (!cleaner)
      problems.push(
        "Chưa khai báo xã/phường nơi cơ sở sản xuất (địa bàn áp dụng, khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP).",
      );
  } else if (est.communeValidTo && est.communeValidTo < on) {
    problems.push(
      `Đơn vị hành chính "${est.communeName}" đã hết hiệu lực từ ${formatDate(est.communeValidTo)}; vui lòng cập nhật xã/phường mới trong thông tin cơ sở.`,
    );
  } else {
    reasons.push(`Cơ sở sản xuất tại ${est.communeName ?? "xã/phường đã khai báo"}, thuộc địa bàn áp dụng.`);
  }

  const industry = est.industryCode;
  if (!industry || !basis.industries.includes(industry)) {
    problems.push(
      `Ngành nghề "${industryLabel(industry)}" không thuộc danh mục được hưởng chính sách theo ${basis.industriesArticle}.`,
    );
  } else if (industry === "KHAI_THAC_KHOANG_SAN" && !est.difficultArea) {
    problems.push(
      `Khai thác, chế biến khoáng sản chỉ được hỗ trợ tại địa bàn có điều kiện kinh tế – xã hội khó khăn (điểm e ${basis.industriesArticle}).`,
    );
  } else {
    reasons.push(`Ngành nghề "${industryLabel(industry)}" thuộc danh mục tại ${basis.industriesArticle}.`);
  }

  if (!activity) {
    problems.push("Chưa chọn nội dung hoạt động khuyến công.");
  } else if (!inForce(activity, on)) {
    problems.push(
      `Nội dung "${activity.name}" (${activity.article}) không còn hiệu lực ngày ${formatDate(on)}; vui lòng chọn lại nội dung theo quy định hiện hành.`,
    );
  } else {
    reasons.push(`Nội dung "${activity.name}" thuộc ${activity.article}.`);
  }
  return { eligible: problems.length === 0, reasons, problems };
}

/** Priority (ND 45 Art. 6; TT 46/2012 Art. 6; ND 235/2025 for women- and ethnic-minority-owned establishments). */
export function priorityReasons(
  est: EstablishmentFacts,
  on: Date,
  rules: readonly BeneficiaryRule[] = BENEFICIARY_RULES,
): string[] {
  const out: string[] = [];
  if (est.ethnicMinorityArea)
    out.push("Địa bàn vùng đồng bào dân tộc thiểu số, miền núi (Điều 6 Nghị định 45/2012/NĐ-CP).");
  if (est.difficultArea) out.push("Địa bàn có điều kiện kinh tế – xã hội khó khăn (Điều 6 Nghị định 45/2012/NĐ-CP).");
  if (est.industryCode && PRIORITY_INDUSTRIES.includes(est.industryCode))
    out.push(`Ngành nghề ưu tiên: ${industryLabel(est.industryCode)} (Điều 6 Thông tư 46/2012/TT-BCT).`);
  if (est.workforce >= LABOUR_INTENSIVE_WORKFORCE)
    out.push(
      `Sử dụng nhiều lao động (${est.workforce} ≥ ${LABOUR_INTENSIVE_WORKFORCE} người, Điều 6 Thông tư 46/2012/TT-BCT).`,
    );
  const nd235 = beneficiaryRuleOn(rules, on)?.legalBasisCode === "ND235-2025";
  if (nd235 && est.womenOwned) out.push("Cơ sở do phụ nữ làm chủ (ưu tiên theo Nghị định 235/2025/NĐ-CP).");
  if (nd235 && est.ethnicMinorityOwned)
    out.push("Cơ sở do người dân tộc thiểu số làm chủ (ưu tiên theo Nghị định 235/2025/NĐ-CP).");
  return out;
}
