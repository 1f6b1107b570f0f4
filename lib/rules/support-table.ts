import type { SupportRuleData } from "@/lib/rules/types";

// The support caps (mức hỗ trợ) as data, seeded into SupportRule and editable by an admin who adds a
// new validity period. Sources: domain.md §5.2. TTLT 26/2014/TTLT-BTC-BCT Art. 6 (old regime, full text
// seen) and TT 28/2018/TT-BTC Art. 8 (only k.2 and k.4 seen). Where TT 28/2018 was not retrieved, the old
// value is carried forward and marked verified = false, so the screen says it must be checked.

export const LEGAL_BASES = {
  "TTLT26-2014": {
    title: "Thông tư liên tịch 26/2014/TTLT-BTC-BCT",
    issuedOn: "2014-02-18",
    effectiveFrom: "2014-04-08",
    effectiveTo: "2018-05-11",
    note: "Hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công (chế độ cũ); được thay thế bởi TT 28/2018/TT-BTC.",
  },
  "TT28-2018": {
    title: "Thông tư 28/2018/TT-BTC",
    issuedOn: "2018-03-28",
    effectiveFrom: "2018-05-12",
    effectiveTo: null,
    note: "Sửa đổi bởi TT 64/2024/TT-BTC. Ký ngày 28/03/2018, có hiệu lực sau 45 ngày kể từ ngày ký: 12/05/2018.",
  },
  "TTLT221-2012": {
    title: "Thông tư liên tịch 221/2012/TTLT-BTC-BCT",
    issuedOn: "2012-12-24",
    effectiveFrom: "2013-02-07",
    effectiveTo: null,
    note: "Kinh phí thực hiện Chiến lược sản xuất sạch hơn trong công nghiệp (domain.md §5.2 [S24]); ngày ban hành, hiệu lực chưa đối chiếu văn bản gốc.",
  },
  "ND235-2025": {
    title: "Nghị định 235/2025/NĐ-CP",
    issuedOn: "2025-08-27",
    effectiveFrom: "2025-10-15",
    effectiveTo: null,
    note: "Sửa đổi, bổ sung một số điều của Nghị định 45/2012/NĐ-CP về khuyến công.",
  },
} as const;

export type LegalBasisCode = keyof typeof LEGAL_BASES;

/** Codes of the national rule sets (lib/rules/rule-set-table.ts). */
export const OLD_NATIONAL_SET = "QG-TTLT26-2014";
export const NATIONAL_SET = "QG-TT28-2018";

const OLD_FROM = "2014-04-08";
// TT 28/2018/TT-BTC was signed 28/03/2018 and took effect 45 days later: 12/05/2018 (one date everywhere).
const OLD_TO = "2018-05-11";
const NEW_FROM = "2018-05-12";
const TRIEU = 1_000_000n;
const CARRIED =
  "Chưa tìm được mức tại TT 28/2018/TT-BTC; tạm dùng mức của TTLT 26/2014 — cần đối chiếu trước khi áp dụng.";

type Row = {
  code: string;
  activity: string;
  label: string;
  pct: number | null;
  trieu: number | null;
  old?: { pct: number | null; trieu: number | null };
  article?: string;
  verified?: boolean;
  note?: string;
  onlyNew?: boolean;
  basis?: LegalBasisCode;
  from?: string;
  norm?: { trieu: number; unit: string };
  oldVerified?: boolean;
};

// One line per cost kind: the current value (TT 28/2018) and, where it existed, the old one (TTLT 26/2014).
const ROWS: Row[] = [
  {
    code: "MACHINERY",
    activity: "UNG_DUNG_MAY_MOC",
    label: "Máy móc thiết bị tiên tiến, chuyển giao công nghệ",
    pct: 5000,
    trieu: 300,
    old: { pct: 5000, trieu: 200 },
    article: "Điều 8 khoản 4",
    verified: true,
    note: "Mức tối đa tính cho mỗi cơ sở.",
  },
  {
    code: "TECH_LINE",
    activity: "UNG_DUNG_MAY_MOC",
    label: "Dây chuyền công nghệ",
    pct: 5000,
    trieu: 450,
    article: "Điều 8 khoản 4",
    verified: true,
    onlyNew: true,
    note: "Bằng 1,5 lần mức hỗ trợ máy móc thiết bị (300 triệu đồng).",
  },
  {
    code: "DEMO_MODEL_NEW_TECH",
    activity: "MO_HINH_TRINH_DIEN",
    label: "Mô hình trình diễn công nghệ mới, sản phẩm mới",
    pct: 3000,
    trieu: 1000,
    old: { pct: 3000, trieu: 500 },
    article: "Điều 8 khoản 2",
    verified: true,
    note: "Gồm xây dựng, máy móc, tài liệu quy trình; mức tối đa cho mỗi mô hình.",
  },
  {
    code: "DEMO_MODEL_EXISTING",
    activity: "MO_HINH_TRINH_DIEN",
    label: "Mô hình trình diễn tại cơ sở đang sản xuất hiệu quả (tài liệu, tuyên truyền)",
    pct: null,
    trieu: 100,
    old: { pct: null, trieu: 100 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "FOUNDING",
    activity: "KHOI_SU_DN",
    label: "Hỗ trợ thành lập doanh nghiệp sản xuất CNNT tại địa bàn khó khăn",
    pct: null,
    trieu: 10,
    old: { pct: null, trieu: 10 },
    article: "Điều 8",
    verified: true,
    note: "Chỉ áp dụng tại địa bàn có điều kiện kinh tế – xã hội khó khăn.",
  },
  {
    code: "BRAND",
    activity: "THUONG_HIEU",
    label: "Xây dựng, đăng ký thương hiệu",
    pct: 5000,
    trieu: 35,
    old: { pct: 5000, trieu: 35 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "CONSULTING",
    activity: "TU_VAN",
    label: "Tư vấn dự án đầu tư, marketing, quản lý sản xuất – tài chính – kế toán – nhân lực, mẫu mã bao bì",
    pct: 5000,
    trieu: 35,
    old: { pct: 5000, trieu: 35 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "CLEANER_PRODUCTION_AUDIT",
    activity: "SXSH",
    label: "Tư vấn đánh giá sản xuất sạch hơn",
    pct: 5000,
    trieu: 50,
    verified: false,
    onlyNew: true,
    note: "Mức theo TTLT 221/2012/TTLT-BTC-BCT (chiến lược SXSH); chưa đối chiếu TT 28/2018/TT-BTC.",
  },
  {
    code: "FAIR_DOMESTIC",
    activity: "SAN_PHAM_HOI_CHO",
    label: "Tham gia hội chợ, triển lãm trong nước (thuê gian hàng)",
    pct: 8000,
    trieu: null,
    old: { pct: 8000, trieu: null },
    verified: false,
    note: CARRIED,
  },
  {
    code: "FAIR_ABROAD",
    activity: "SAN_PHAM_HOI_CHO",
    label: "Tham gia hội chợ, triển lãm ở nước ngoài (chi phí được liệt kê)",
    pct: 10000,
    trieu: null,
    old: { pct: 10000, trieu: null },
    verified: false,
    note: `Mỗi cơ sở tối đa 2 lần/năm (TT 46/2012 Điều 4). ${CARRIED}`,
  },
  {
    code: "FAIR_ORGANISE",
    activity: "SAN_PHAM_HOI_CHO",
    label: "Tổ chức hội chợ hàng CNNT, thủ công mỹ nghệ trong nước",
    pct: 10000,
    trieu: null,
    old: { pct: 10000, trieu: null },
    verified: false,
    note: CARRIED,
  },
  {
    code: "SELECTION_REGIONAL",
    activity: "SAN_PHAM_HOI_CHO",
    label: "Tổ chức bình chọn sản phẩm CNNT tiêu biểu cấp khu vực (mỗi lần)",
    pct: null,
    trieu: 100,
    old: { pct: null, trieu: 100 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "SELECTION_NATIONAL",
    activity: "SAN_PHAM_HOI_CHO",
    label: "Tổ chức bình chọn sản phẩm CNNT tiêu biểu cấp quốc gia (mỗi lần)",
    pct: null,
    trieu: 200,
    old: { pct: null, trieu: 200 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "REWARD_REGIONAL",
    activity: "SAN_PHAM_HOI_CHO",
    label: "Thưởng sản phẩm CNNT tiêu biểu cấp khu vực (mỗi sản phẩm)",
    pct: null,
    trieu: 5,
    old: { pct: null, trieu: 5 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "REWARD_NATIONAL",
    activity: "SAN_PHAM_HOI_CHO",
    label: "Thưởng sản phẩm CNNT tiêu biểu cấp quốc gia (mỗi sản phẩm)",
    pct: null,
    trieu: 10,
    old: { pct: null, trieu: 10 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "ASSOCIATION_REGIONAL",
    activity: "LIEN_KET_CCN",
    label: "Thành lập hiệp hội ngành nghề cấp vùng",
    pct: 3000,
    trieu: 70,
    old: { pct: 3000, trieu: 70 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "ASSOCIATION_NATIONAL",
    activity: "LIEN_KET_CCN",
    label: "Thành lập hiệp hội ngành nghề cấp quốc gia",
    pct: 3000,
    trieu: 100,
    old: { pct: 3000, trieu: 100 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "LINKAGE_CLUSTER",
    activity: "LIEN_KET_CCN",
    label: "Thành lập cụm liên kết doanh nghiệp công nghiệp",
    pct: 5000,
    trieu: 150,
    old: { pct: 5000, trieu: 150 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "RELOCATION_INTEREST",
    activity: "LIEN_KET_CCN",
    label: "Lãi vay di dời cơ sở gây ô nhiễm (2 năm đầu, tính trên tiền lãi)",
    pct: 5000,
    trieu: 500,
    old: { pct: 5000, trieu: 500 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "POLLUTION_ESTABLISHMENT",
    activity: "LIEN_KET_CCN",
    label: "Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm tại cơ sở CNNT",
    pct: 3000,
    trieu: 300,
    old: { pct: 3000, trieu: 300 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "POLLUTION_CLUSTER",
    activity: "LIEN_KET_CCN",
    label: "Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm tại cụm công nghiệp",
    pct: 3000,
    trieu: 1500,
    old: { pct: 3000, trieu: 1500 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "CLUSTER_PLANNING",
    activity: "LIEN_KET_CCN",
    label: "Lập quy hoạch chi tiết cụm công nghiệp",
    pct: 5000,
    trieu: 500,
    old: { pct: 5000, trieu: 500 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "CLUSTER_INFRASTRUCTURE",
    activity: "LIEN_KET_CCN",
    label: "Đầu tư hạ tầng kỹ thuật cụm công nghiệp",
    pct: 5000,
    trieu: 3000,
    old: { pct: 5000, trieu: 3000 },
    verified: false,
    note: CARRIED,
  },
  {
    code: "TRAINING",
    activity: "DAO_TAO_NGHE",
    label: "Đào tạo nghề, truyền nghề (theo định mức chi cho mỗi học viên)",
    pct: null,
    trieu: null,
    old: { pct: null, trieu: null },
    verified: false,
    norm: { trieu: 3, unit: "học viên" },
    note: "Định mức chi đào tạo cho mỗi học viên một khóa (TT 152/2016/TT-BTC); mức 3 triệu đồng/học viên là minh họa, cán bộ đối chiếu định mức của tỉnh khi thẩm định.",
  },
  // Contents 2, 6, 8, 9 of ND 45/2012 Art. 4 (domain.md §1.2): the costs are paid by the approved estimate
  // (100 %), study tours abroad by the listed costs incl. air ticket (TTLT 26/2014 Art. 6, carried forward).
  {
    code: "MGMT_TRAINING",
    oldVerified: false,
    activity: "NANG_CAO_NANG_LUC",
    label: "Tập huấn, hội thảo, diễn đàn nâng cao năng lực quản lý, mở rộng thị trường",
    pct: 10000,
    trieu: null,
    old: { pct: 10000, trieu: null },
    verified: false,
    note: CARRIED,
  },
  {
    code: "STUDY_TOUR_DOMESTIC",
    oldVerified: false,
    activity: "NANG_CAO_NANG_LUC",
    label: "Tham quan, khảo sát học tập kinh nghiệm trong nước",
    pct: 10000,
    trieu: null,
    old: { pct: 10000, trieu: null },
    verified: false,
    note: CARRIED,
  },
  {
    code: "STUDY_TOUR_ABROAD",
    activity: "NANG_CAO_NANG_LUC",
    label: "Tham quan, khảo sát học tập ở nước ngoài (chi phí được liệt kê, vé máy bay)",
    pct: 10000,
    trieu: null,
    old: { pct: 10000, trieu: null },
    verified: false,
    note: CARRIED,
  },
  {
    code: "INFO_MEDIA",
    oldVerified: false,
    activity: "THONG_TIN",
    label: "Chương trình truyền hình, phát thanh, ấn phẩm, tờ rơi, trang thông tin điện tử, cơ sở dữ liệu",
    pct: 10000,
    trieu: null,
    old: { pct: 10000, trieu: null },
    verified: false,
    note: `Theo dự toán, kết quả lựa chọn nhà thầu được duyệt. ${CARRIED}`,
  },
  {
    code: "INTL_COOPERATION",
    oldVerified: false,
    activity: "HOP_TAC_QUOC_TE",
    label: "Hội thảo, trao đổi kinh nghiệm, học tập khảo sát ở nước ngoài về khuyến công",
    pct: 10000,
    trieu: null,
    old: { pct: 10000, trieu: null },
    verified: false,
    note: CARRIED,
  },
  {
    code: "CAPACITY_TRAINING",
    oldVerified: false,
    activity: "NANG_LUC_QUAN_LY",
    label: "Đào tạo, tập huấn cán bộ khuyến công, cộng tác viên khuyến công",
    pct: 10000,
    trieu: null,
    old: { pct: 10000, trieu: null },
    verified: false,
    note: CARRIED,
  },
  {
    code: "CAPACITY_OPERATIONS",
    oldVerified: false,
    activity: "NANG_LUC_QUAN_LY",
    label: "Xây dựng chương trình, kế hoạch; kiểm tra, giám sát, hướng dẫn; cơ sở dữ liệu, trang thiết bị",
    pct: 10000,
    trieu: null,
    old: { pct: 10000, trieu: null },
    verified: false,
    note: CARRIED,
  },
  {
    code: "ARTISAN",
    activity: "NGHE_NHAN",
    label: "Hỗ trợ nghệ nhân bảo tồn, truyền nghề thủ công",
    pct: null,
    trieu: null,
    verified: false,
    onlyNew: true,
    basis: "ND235-2025",
    from: "2025-10-15",
    article: "Điều 4 (sửa đổi)",
    note: "Nội dung mới của ND 235/2025; mức hỗ trợ chờ văn bản hướng dẫn.",
  },
];

/** The old-regime cleaner-production assessment rule (2014–2018): TTLT 221/2012/TTLT-BTC-BCT, 50 % ≤ 50 triệu. */
const CLEANER_OLD = {
  code: "CLEANER_PRODUCTION_AUDIT",
  pct: 5000,
  trieu: 50,
  article: "Thông tư liên tịch 221/2012/TTLT-BTC-BCT (mức hỗ trợ tư vấn đánh giá SXSH), áp dụng cùng",
} as const;

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const amount = (trieu: number | null) => (trieu === null ? null : BigInt(trieu) * TRIEU);

/** Every row of the table: current (TT 28/2018) and historic (TTLT 26/2014) periods. */
export const SUPPORT_RULES: readonly SupportRuleData[] = ROWS.flatMap((r): SupportRuleData[] => {
  const basis = r.basis ?? "TT28-2018";
  const current: SupportRuleData = {
    code: r.code,
    activityCode: r.activity,
    costKind: r.code,
    label: r.label,
    maxPercentBp: r.pct,
    maxAmount: amount(r.trieu),
    priorityMultiplierBp: null,
    legalBasisCode: basis,
    legalBasisTitle: LEGAL_BASES[basis].title,
    article: r.article ?? "Điều 8",
    validFrom: d(r.from ?? NEW_FROM),
    validTo: null,
    verified: r.verified ?? false,
    note: r.note ?? null,
    ruleSetCode: NATIONAL_SET,
    unitNorm: r.norm ? amount(r.norm.trieu) : null,
    unitLabel: r.norm?.unit ?? null,
  };
  if (r.code === CLEANER_OLD.code) {
    const old: SupportRuleData = {
      ...current,
      maxPercentBp: CLEANER_OLD.pct,
      maxAmount: amount(CLEANER_OLD.trieu),
      priorityMultiplierBp: null,
      legalBasisCode: "TTLT26-2014",
      legalBasisTitle: LEGAL_BASES["TTLT26-2014"].title,
      article: CLEANER_OLD.article,
      validFrom: d(OLD_FROM),
      validTo: d(OLD_TO),
      verified: true,
      note: "Chế độ cũ 2014–2018 (domain.md §5.2 [S24]).",
      ruleSetCode: OLD_NATIONAL_SET,
    };
    return [old, current];
  }
  if (r.onlyNew || !r.old) return [current];
  const old: SupportRuleData = {
    ...current,
    maxPercentBp: r.old.pct,
    maxAmount: amount(r.old.trieu),
    // TTLT 26/2014 Art. 6: priority areas and industries may receive up to 1.5× the levels above.
    priorityMultiplierBp: 15000,
    legalBasisCode: "TTLT26-2014",
    legalBasisTitle: LEGAL_BASES["TTLT26-2014"].title,
    article: "Điều 6",
    validFrom: d(OLD_FROM),
    validTo: d(OLD_TO),
    verified: r.code !== "TRAINING" && r.oldVerified !== false,
    note:
      r.code === "TRAINING"
        ? current.note
        : r.oldVerified === false
          ? "Chưa tìm được mức riêng tại TTLT 26/2014; theo dự toán được duyệt."
          : null,
    ruleSetCode: OLD_NATIONAL_SET,
  };
  return [old, current];
});

/** The Vietnamese name of a cost kind ("MACHINERY" → "Máy móc thiết bị tiên tiến, chuyển giao công nghệ"): never show the code. */
export function costKindLabel(costKind: string): string {
  if (costKind === "OTHER") return "Khoản do cơ sở tự chi trả";
  return ROWS.find((r) => r.code === costKind)?.label ?? "Loại chi phí khác";
}
