import type { PrismaClient } from "@/lib/generated/prisma/client";

// Indicator catalogue (domain.md §6.2, units as the sources write them). Where the articles count establishments for a target and đề án
// for a result, they are different indicators, never mixed.
type IndicatorSeed = {
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  isMoney?: boolean;
  cumulative?: boolean;
  scale?: number;
  note?: string;
};

export const INDICATORS: IndicatorSeed[] = [
  {
    code: "KP_KC_DP",
    name: "Kinh phí khuyến công địa phương",
    nameEn: "Local extension funds",
    unit: "đồng",
    isMoney: true,
  },
  {
    code: "KP_KC_QG",
    name: "Kinh phí khuyến công quốc gia",
    nameEn: "National extension funds",
    unit: "đồng",
    isMoney: true,
  },
  {
    code: "KP_THEO_NOI_DUNG",
    name: "Kinh phí theo nội dung hoạt động",
    nameEn: "Funds by activity",
    unit: "đồng",
    isMoney: true,
    note: "Phân bổ tổng kinh phí theo nội dung; phần không nêu trong nguồn là 'chưa phân bổ'.",
  },
  { code: "KP_PHE_DUYET", name: "Kinh phí được phê duyệt", nameEn: "Funds approved", unit: "đồng", isMoney: true },
  {
    code: "DA_KCQG_PHE_DUYET",
    name: "Đề án khuyến công quốc gia được phê duyệt",
    nameEn: "National extension projects approved",
    unit: "đề án",
  },
  {
    code: "VON_DOI_UNG",
    name: "Vốn đối ứng huy động",
    nameEn: "Counterpart funds mobilised",
    unit: "đồng",
    isMoney: true,
  },
  { code: "LD_DAO_TAO", name: "Lao động được đào tạo nghề, truyền nghề", nameEn: "Workers trained", unit: "người" },
  {
    code: "KHOA_QUAN_LY",
    name: "Khóa bồi dưỡng quản trị, khởi sự doanh nghiệp",
    nameEn: "Management / start-up courses",
    unit: "khóa",
  },
  {
    code: "HV_QUAN_LY",
    name: "Học viên đào tạo nâng cao năng lực quản lý, khởi sự DN",
    nameEn: "Management trainees",
    unit: "học viên",
  },
  {
    code: "HOI_THAO",
    name: "Hội thảo, tập huấn theo chuyên đề",
    nameEn: "Thematic workshops and trainings",
    unit: "cuộc",
  },
  {
    code: "DAI_BIEU",
    name: "Đại biểu tham dự hội thảo, tập huấn theo chuyên đề",
    nameEn: "Workshop attendees",
    unit: "đại biểu",
  },
  // Two different kinds of conference in the 2014–2020 Vĩnh Phúc report: never added together.
  {
    code: "HOI_NGHI_SXSH",
    name: "Hội nghị tuyên truyền về sản xuất sạch hơn",
    nameEn: "Cleaner-production awareness conferences",
    unit: "hội nghị",
  },
  {
    code: "NGUOI_HN_SXSH",
    name: "Người dự hội nghị tuyên truyền sản xuất sạch hơn",
    nameEn: "Cleaner-production conference attendees",
    unit: "người",
  },
  {
    code: "HOI_NGHI_TAP_HUAN",
    name: "Hội nghị tập huấn khuyến công",
    nameEn: "Extension training conferences",
    unit: "hội nghị",
  },
  {
    code: "HV_TAP_HUAN",
    name: "Học viên hội nghị tập huấn khuyến công",
    nameEn: "Extension training conference trainees",
    unit: "học viên",
  },
  {
    code: "CS_MO_HINH_TD",
    name: "Cơ sở CNNT được hỗ trợ mô hình trình diễn kỹ thuật",
    nameEn: "Establishments with demonstration models",
    unit: "cơ sở",
  },
  {
    code: "MO_HINH_TD",
    name: "Đề án mô hình trình diễn kỹ thuật",
    nameEn: "Demonstration-model projects",
    unit: "đề án",
  },
  // "05 mô hình trình diễn kỹ thuật" counts models, not đề án: its own indicator, its own unit.
  {
    code: "MO_HINH",
    name: "Mô hình trình diễn kỹ thuật được hỗ trợ",
    nameEn: "Demonstration models supported",
    unit: "mô hình",
  },
  {
    code: "CS_MAY_MOC",
    name: "Cơ sở được hỗ trợ ứng dụng máy móc thiết bị tiên tiến",
    nameEn: "Establishments supported with machinery",
    unit: "cơ sở",
  },
  { code: "DA_MAY_MOC", name: "Đề án hỗ trợ ứng dụng máy móc thiết bị", nameEn: "Machinery projects", unit: "đề án" },
  {
    code: "CS_SXSH",
    name: "Cơ sở được hỗ trợ tư vấn đánh giá, áp dụng sản xuất sạch hơn",
    nameEn: "Establishments supported with cleaner production",
    unit: "cơ sở",
  },
  { code: "DA_SXSH", name: "Đề án sản xuất sạch hơn", nameEn: "Cleaner-production projects", unit: "đề án" },
  {
    code: "CS_TH_TU_VAN",
    name: "Cơ sở được hỗ trợ thương hiệu, mẫu mã, bao bì, marketing, tư vấn quản lý (chỉ tiêu gộp)",
    nameEn: "Establishments supported with brands, packaging, marketing, management consulting (combined)",
    unit: "cơ sở",
    note: "Nguồn gộp một danh sách nội dung cho 60 cơ sở; con số có thể chỉ áp dụng cho nội dung cuối của danh sách.",
  },
  {
    code: "CS_THUONG_HIEU",
    name: "Cơ sở được hỗ trợ xây dựng thương hiệu, mẫu mã, bao bì",
    nameEn: "Establishments supported with brands and packaging",
    unit: "cơ sở",
  },
  {
    code: "CS_TU_VAN",
    name: "Cơ sở được tư vấn marketing, quản lý sản xuất - tài chính - kế toán - nhân lực",
    nameEn: "Establishments given management consulting",
    unit: "cơ sở",
  },
  {
    code: "CS_HOI_CHO",
    name: "Lượt cơ sở tham gia hội chợ, triển lãm",
    nameEn: "Fair participations",
    unit: "lượt cơ sở",
  },
  { code: "PHONG_TB", name: "Phòng trưng bày được hỗ trợ", nameEn: "Showrooms supported", unit: "cơ sở" },
  { code: "DOAN_KHAO_SAT", name: "Đoàn tham quan, khảo sát", nameEn: "Study tours", unit: "đoàn" },
  {
    code: "NGUOI_KHAO_SAT",
    name: "Người tham gia tham quan, khảo sát",
    nameEn: "Study-tour participants",
    unit: "người",
  },
  {
    code: "AN_PHAM",
    name: "Cơ sở được hỗ trợ in tờ rơi, catalog",
    nameEn: "Establishments with leaflets/catalogues",
    unit: "cơ sở",
  },
  { code: "TIN_BAI", name: "Tin, bài tuyên truyền", nameEn: "News items", unit: "tin, bài" },
  { code: "PHONG_SU", name: "Phóng sự truyền hình", nameEn: "TV reports", unit: "phóng sự" },
  {
    code: "LAN_BINH_CHON",
    name: "Lần tổ chức bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh",
    nameEn: "Provincial selection rounds",
    unit: "lần",
  },
  {
    code: "CS_BINH_CHON",
    name: "Cơ sở tham gia bình chọn sản phẩm CNNT tiêu biểu",
    nameEn: "Establishments in selection rounds",
    unit: "cơ sở",
  },
  {
    code: "SP_TB_TINH",
    name: "Sản phẩm CNNT tiêu biểu cấp tỉnh",
    nameEn: "Provincial typical products",
    unit: "sản phẩm",
    cumulative: false,
  },
  {
    code: "SP_TB_KV",
    name: "Sản phẩm CNNT tiêu biểu cấp khu vực",
    nameEn: "Regional typical products",
    unit: "sản phẩm",
    cumulative: false,
  },
  {
    code: "SP_TB_QG",
    name: "Sản phẩm CNNT tiêu biểu cấp quốc gia",
    nameEn: "National typical products",
    unit: "sản phẩm",
    cumulative: false,
  },
  {
    code: "CS_SP_TB_TINH",
    name: "Cơ sở có sản phẩm được chứng nhận CNNT tiêu biểu cấp tỉnh",
    nameEn: "Establishments with provincial typical products",
    unit: "cơ sở",
    cumulative: false,
  },
  { code: "CS_THU_HUONG", name: "Cơ sở CNNT thụ hưởng", nameEn: "Beneficiary establishments", unit: "cơ sở" },
  {
    code: "CS_THU_HUONG_KK",
    name: "Cơ sở CNNT thụ hưởng ở địa bàn khó khăn, đặc biệt khó khăn",
    nameEn: "Beneficiaries in difficult areas",
    unit: "cơ sở",
  },
  {
    code: "TY_LE_KP_KK",
    name: "Tỷ lệ kinh phí khuyến công chi cho địa bàn khó khăn",
    nameEn: "Share of funds spent in difficult areas",
    unit: "%",
    scale: 100,
    cumulative: false,
  },
  {
    code: "LOP_QUAN_LY",
    name: "Lớp đào tạo quản lý, khởi sự doanh nghiệp",
    nameEn: "Management / start-up classes",
    unit: "lớp",
  },
];

export async function seedIndicators(db: PrismaClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  let position = 0;
  for (const i of INDICATORS) {
    const data = {
      name: i.name,
      nameEn: i.nameEn,
      unit: i.unit,
      isMoney: i.isMoney ?? false,
      cumulative: i.cumulative ?? true,
      valueScale: i.scale ?? 1,
      note: i.note ?? null,
      position: position++,
    };
    const row = await db.indicator.upsert({ where: { code: i.code }, create: { code: i.code, ...data }, update: data });
    ids.set(i.code, row.id);
  }
  return ids;
}
