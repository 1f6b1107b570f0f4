// Advance rules by project type (codes as ActivityCategory.advanceType), as data (TT 36/2013/TT-BCT
// Art. 13–16; domain.md §4.5). Seeded into
// AdvanceRule rows by prisma/seed/advance-rules.ts; a later regime is a new row with a later validFrom.
export const ADVANCE_LEGAL_BASIS = {
  code: "TT36-2013",
  title:
    "Thông tư 36/2013/TT-BCT quy định về xây dựng kế hoạch, tổ chức thực hiện và quản lý kinh phí khuyến công quốc gia",
  issuedOn: "2013-12-27",
  effectiveFrom: "2014-02-10",
} as const;

export type AdvanceType = "INFRASTRUCTURE" | "TRAINING" | "CONSULTING" | "EVENT" | "INVESTMENT" | "FOUNDING";

export type AdvanceRuleData = {
  code: string;
  advanceType: string;
  label: string;
  firstAdvanceBp: number;
  maxBeforeAcceptanceBp: number;
  condition: string;
  requiresInvestmentDoneBp: number | null;
  requiresAcceptance: boolean;
  article: string;
  validFrom: Date;
  validTo: Date | null;
};

const FROM = new Date(`${ADVANCE_LEGAL_BASIS.effectiveFrom}T00:00:00Z`);
const ART = "Điều 13–16 Thông tư 36/2013/TT-BCT";

export const ADVANCE_RULES: readonly AdvanceRuleData[] = [
  {
    code: "TU-HA-TANG-CCN",
    advanceType: "INFRASTRUCTURE",
    label: "Hạ tầng cụm công nghiệp, hệ thống xử lý ô nhiễm tại CCN",
    firstAdvanceBp: 3000,
    maxBeforeAcceptanceBp: 7000,
    condition: "Tạm ứng 30 % khi đã thực hiện trên 50 % hạng mục được hỗ trợ.",
    requiresInvestmentDoneBp: 5000,
    requiresAcceptance: false,
    article: ART,
    validFrom: FROM,
    validTo: null,
  },
  {
    code: "TU-DAO-TAO-NGHE",
    advanceType: "TRAINING",
    label: "Đào tạo nghề, truyền nghề",
    firstAdvanceBp: 7000,
    maxBeforeAcceptanceBp: 7000,
    condition: "Tạm ứng 70 % sau khi ký hợp đồng và có kế hoạch đào tạo (Mẫu 11).",
    requiresInvestmentDoneBp: null,
    requiresAcceptance: false,
    article: ART,
    validFrom: FROM,
    validTo: null,
  },
  {
    code: "TU-TU-VAN-DAO-TAO",
    advanceType: "CONSULTING",
    label: "Tư vấn, đào tạo, hội thảo, tham quan, thương hiệu, hiệp hội, liên kết, đánh giá SXSH",
    firstAdvanceBp: 7000,
    maxBeforeAcceptanceBp: 7000,
    condition: "Tạm ứng 70 % sau khi ký hợp đồng và có kế hoạch thực hiện.",
    requiresInvestmentDoneBp: null,
    requiresAcceptance: false,
    article: ART,
    validFrom: FROM,
    validTo: null,
  },
  {
    code: "TU-HOI-CHO",
    advanceType: "EVENT",
    label: "Hội chợ, truyền hình, phát thanh, website, tờ rơi, quy hoạch chi tiết CCN",
    firstAdvanceBp: 7000,
    maxBeforeAcceptanceBp: 7000,
    condition: "Tạm ứng 70 % sau khi ký hợp đồng.",
    requiresInvestmentDoneBp: null,
    requiresAcceptance: false,
    article: ART,
    validFrom: FROM,
    validTo: null,
  },
  {
    code: "TU-MAY-MOC-MO-HINH",
    advanceType: "INVESTMENT",
    label:
      "Mô hình trình diễn; máy móc thiết bị tiên tiến, chuyển giao công nghệ; hệ thống xử lý ô nhiễm tại cơ sở CNNT",
    firstAdvanceBp: 7000,
    maxBeforeAcceptanceBp: 7000,
    condition: "Tạm ứng 70 % khi báo cáo tiến độ cho thấy đã thực hiện trên 70 % tổng vốn đầu tư.",
    requiresInvestmentDoneBp: 7000,
    requiresAcceptance: false,
    article: ART,
    validFrom: FROM,
    validTo: null,
  },
  {
    code: "TU-KHOI-SU-DN",
    advanceType: "FOUNDING",
    label: "Hỗ trợ thành lập doanh nghiệp sản xuất công nghiệp nông thôn",
    firstAdvanceBp: 10000,
    maxBeforeAcceptanceBp: 7000,
    condition: "Cấp 100 % sau nghiệm thu cơ sở và có giấy chứng nhận đăng ký doanh nghiệp.",
    requiresInvestmentDoneBp: null,
    requiresAcceptance: true,
    article: ART,
    validFrom: FROM,
    validTo: null,
  },
];

/** Used when the activity category carries no advanceType (ActivityCategory.code → advance type). */
export const ADVANCE_TYPE_BY_ACTIVITY: Readonly<Record<string, AdvanceType>> = {
  DAO_TAO_NGHE: "TRAINING",
  NANG_CAO_NANG_LUC: "CONSULTING",
  MO_HINH_TRINH_DIEN: "INVESTMENT",
  UNG_DUNG_MAY_MOC: "INVESTMENT",
  SXSH: "CONSULTING",
  SAN_PHAM_HOI_CHO: "EVENT",
  THUONG_HIEU: "CONSULTING",
  TU_VAN: "CONSULTING",
  THONG_TIN: "EVENT",
  LIEN_KET_CCN: "INFRASTRUCTURE",
  HOP_TAC_QUOC_TE: "CONSULTING",
  NANG_LUC_QUAN_LY: "CONSULTING",
  KHOI_SU_DN: "FOUNDING",
  NGHE_NHAN: "CONSULTING",
};

const KNOWN = new Set<string>(ADVANCE_RULES.map((r) => r.advanceType));

export function advanceTypeFor(activityCode: string, advanceType: string | null | undefined): string | null {
  if (advanceType && KNOWN.has(advanceType)) return advanceType;
  return ADVANCE_TYPE_BY_ACTIVITY[activityCode] ?? advanceType ?? null;
}
