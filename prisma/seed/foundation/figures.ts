// The published figures, verbatim from the five source articles. Money in triệu đồng
// here (converted to integer VND when seeded). `raw` keeps the article's own words.
// Each source as a reader can cite it: publication, title or first words, date — only what the article
// itself gives (000, 001 and 003 carry no publication or date; 003 names no province).
export const SRC = {
  S000: "Bài viết về khuyến công tỉnh Vĩnh Phúc giai đoạn 2021–2025, mở đầu «Để thúc đẩy công nghiệp nông thôn phát triển, tỉnh Vĩnh Phúc đã cân đối nguồn ngân sách địa phương…» (không ghi nơi đăng, ngày đăng)",
  S001: "Bài viết về Trung tâm Phát triển Công Thương Vĩnh Phúc, mở đầu «Vĩnh Phúc hiện có trên 20.000 cơ sở hoạt động trong các lĩnh vực công nghiệp và tiểu thủ công nghiệp…» (không ghi nơi đăng, ngày đăng)",
  S002: "congnghieptieudung.vn, «Vĩnh Phúc: Khó khăn là động lực để từng bước mang lại hiệu quả thiết thực trong công tác khuyến công», 30/08/2021",
  S003: "Bài viết về chương trình khuyến công giai đoạn 2016–2020 của một tỉnh (bài không nêu tên tỉnh), mở đầu «Theo Sở Công Thương, thông qua chương trình khuyến công…» (không ghi nơi đăng, ngày đăng)",
  S004: "sct.bacgiang.gov.vn (Sở Công Thương Bắc Giang), bài về 10 năm khuyến công 2012–2022, mở đầu «Thông qua các hoạt động khuyến công như hỗ trợ: Đào tạo nghề, truyền nghề…» (không ghi ngày đăng)",
  S020: "vinhphuctv.vn, «Khuyến công tiếp sức cho công nghiệp nông thôn phát triển»",
} as const;

export type FigureSeed = {
  ref: string;
  indicator: string;
  value: number;
  money?: boolean;
  atLeast?: boolean;
  approximate?: boolean;
  raw: string;
  source: string;
  activity?: string;
  year?: number;
  district?: string;
  note?: string;
};

/** T1–T5: Vĩnh Phúc 2021–2025 targets. */
export const VP_TARGETS_2021_2025: FigureSeed[] = [
  {
    ref: "T1",
    indicator: "KP_KC_DP",
    value: 38_000,
    money: true,
    atLeast: true,
    raw: "trên 38 tỷ đồng",
    source: SRC.S000,
  },
  { ref: "T2", indicator: "LD_DAO_TAO", value: 350, raw: "350 lao động", source: SRC.S000 },
  {
    ref: "T3",
    indicator: "CS_MO_HINH_TD",
    value: 160,
    raw: "mô hình trình diễn kỹ thuật cho 160 cơ sở",
    source: SRC.S000,
  },
  { ref: "T4", indicator: "CS_SXSH", value: 8, raw: "8 cơ sở", source: SRC.S000 },
  {
    ref: "T5",
    indicator: "CS_TH_TU_VAN",
    value: 60,
    raw: "…cho 60 cơ sở CNNT",
    source: SRC.S000,
    note: "Nguồn liệt kê nhiều nội dung rồi ghi «cho 60 cơ sở»: con số 60 có thể chỉ áp dụng cho nội dung cuối của danh sách.",
  },
];

/** R1–R35: Vĩnh Phúc 2014–2020 results (R2…R35 itemise R1 except 1.883 triệu not itemised). */
export const VP_RESULTS_2014_2020: FigureSeed[] = [
  { ref: "R1", indicator: "KP_KC_DP", value: 27_872, money: true, raw: "27,872 tỷ đồng", source: SRC.S002 },
  {
    ref: "R2",
    indicator: "KP_THEO_NOI_DUNG",
    value: 1_850,
    money: true,
    activity: "DAO_TAO_NGHE",
    raw: "hàng nghìn lao động…1,85 tỷ",
    source: SRC.S002,
  },
  { ref: "R3", indicator: "KHOA_QUAN_LY", value: 4, raw: "04 khóa bồi dưỡng", source: SRC.S002 },
  { ref: "R4", indicator: "HV_QUAN_LY", value: 655, raw: "655 học viên", source: SRC.S002 },
  {
    ref: "R5",
    indicator: "KP_THEO_NOI_DUNG",
    value: 445,
    money: true,
    activity: "NANG_CAO_NANG_LUC",
    raw: "445 triệu đồng (khóa bồi dưỡng)",
    source: SRC.S002,
  },
  {
    ref: "R6",
    indicator: "HOI_NGHI_SXSH",
    value: 4,
    raw: "04 hội nghị tuyên truyền về sản xuất sạch hơn",
    source: SRC.S002,
  },
  { ref: "R7", indicator: "NGUOI_HN_SXSH", value: 400, raw: "cho 400 cán bộ quản lý và lao động", source: SRC.S002 },
  {
    ref: "R8",
    indicator: "KP_THEO_NOI_DUNG",
    value: 360,
    money: true,
    activity: "SXSH",
    raw: "360 triệu đồng (hội nghị SXSH)",
    source: SRC.S002,
  },
  { ref: "R9", indicator: "DOAN_KHAO_SAT", value: 5, raw: "05 đoàn", source: SRC.S002 },
  { ref: "R10", indicator: "NGUOI_KHAO_SAT", value: 71, raw: "71 người", source: SRC.S002 },
  {
    ref: "R11",
    indicator: "KP_THEO_NOI_DUNG",
    value: 500,
    money: true,
    activity: "NANG_CAO_NANG_LUC",
    raw: "500 triệu đồng (tham quan, khảo sát)",
    source: SRC.S002,
  },
  { ref: "R12", indicator: "MO_HINH_TD", value: 3, raw: "03 đề án mô hình trình diễn", source: SRC.S002 },
  { ref: "R13", indicator: "DA_MAY_MOC", value: 199, raw: "199 đề án hỗ trợ mua sắm máy móc", source: SRC.S002 },
  { ref: "R14", indicator: "DA_SXSH", value: 3, raw: "03 đề án SXSH", source: SRC.S002 },
  {
    ref: "R15",
    indicator: "VON_DOI_UNG",
    value: 243_000,
    money: true,
    approximate: true,
    raw: "khoảng 243 tỷ đồng",
    source: SRC.S002,
    note: "Vốn đầu tư của cơ sở, doanh nghiệp cho các đề án mô hình trình diễn, máy móc, sản xuất sạch hơn; số xấp xỉ (khoảng).",
  },
  {
    ref: "R16",
    indicator: "KP_THEO_NOI_DUNG",
    value: 16_895,
    money: true,
    raw: "16,895 tỷ (mô hình trình diễn, máy móc, SXSH)",
    source: SRC.S002,
    note: "Gộp R12–R14, không tách theo nội dung.",
  },
  { ref: "R17", indicator: "CS_THUONG_HIEU", value: 40, raw: "40 đơn vị", source: SRC.S002 },
  {
    ref: "R18",
    indicator: "KP_THEO_NOI_DUNG",
    value: 440,
    money: true,
    activity: "THUONG_HIEU",
    raw: "440 triệu đồng",
    source: SRC.S002,
  },
  { ref: "R19", indicator: "LAN_BINH_CHON", value: 3, raw: "03 lần", source: SRC.S002 },
  { ref: "R20", indicator: "CS_BINH_CHON", value: 44, raw: "44 cơ sở/DN", source: SRC.S002 },
  {
    ref: "R21",
    indicator: "KP_THEO_NOI_DUNG",
    value: 300,
    money: true,
    activity: "SAN_PHAM_HOI_CHO",
    raw: "300 triệu đồng (bình chọn)",
    source: SRC.S002,
  },
  { ref: "R22", indicator: "AN_PHAM", value: 24, raw: "24 cơ sở", source: SRC.S002 },
  {
    ref: "R23",
    indicator: "KP_THEO_NOI_DUNG",
    value: 250,
    money: true,
    activity: "THONG_TIN",
    raw: "250 triệu đồng (tờ rơi, catalog)",
    source: SRC.S002,
  },
  { ref: "R24", indicator: "PHONG_TB", value: 2, raw: "02 cơ sở/DN", source: SRC.S002 },
  {
    ref: "R25",
    indicator: "KP_THEO_NOI_DUNG",
    value: 150,
    money: true,
    activity: "SAN_PHAM_HOI_CHO",
    raw: "150 triệu đồng (phòng trưng bày)",
    source: SRC.S002,
  },
  { ref: "R26", indicator: "CS_HOI_CHO", value: 30, raw: "30 cơ sở", source: SRC.S002 },
  {
    ref: "R27",
    indicator: "KP_THEO_NOI_DUNG",
    value: 551,
    money: true,
    activity: "SAN_PHAM_HOI_CHO",
    raw: "551 triệu đồng (hội chợ)",
    source: SRC.S002,
  },
  { ref: "R28", indicator: "CS_TU_VAN", value: 20, raw: "20 cơ sở", source: SRC.S002 },
  {
    ref: "R29",
    indicator: "KP_THEO_NOI_DUNG",
    value: 600,
    money: true,
    activity: "TU_VAN",
    raw: "600 triệu đồng",
    source: SRC.S002,
  },
  { ref: "R30", indicator: "TIN_BAI", value: 495, raw: "495 tin, bài", source: SRC.S002 },
  { ref: "R31", indicator: "PHONG_SU", value: 16, raw: "16 phóng sự", source: SRC.S002 },
  { ref: "R32", indicator: "HOI_NGHI_TAP_HUAN", value: 7, raw: "07 hội nghị tập huấn khuyến công", source: SRC.S002 },
  { ref: "R33", indicator: "HV_TAP_HUAN", value: 891, raw: "891 học viên", source: SRC.S002 },
  {
    ref: "R34",
    indicator: "KP_THEO_NOI_DUNG",
    value: 628,
    money: true,
    activity: "NANG_LUC_QUAN_LY",
    raw: "628 triệu đồng (hội nghị tập huấn)",
    source: SRC.S002,
  },
  {
    ref: "R35",
    indicator: "KP_THEO_NOI_DUNG",
    value: 3_020,
    money: true,
    activity: "NANG_LUC_QUAN_LY",
    raw: "3,020 tỷ đồng (mạng lưới cộng tác viên)",
    source: SRC.S002,
  },
];

/** R41–R51: 2016–2020, a province the article does not name: never attached to a province, never summed with one. */
export const UNNAMED_RESULTS_2016_2020: FigureSeed[] = [
  { ref: "R41", indicator: "LOP_QUAN_LY", value: 28, raw: "28 lớp", source: SRC.S003 },
  { ref: "R42", indicator: "HV_QUAN_LY", value: 740, raw: "740 học viên", source: SRC.S003 },
  { ref: "R43", indicator: "HOI_THAO", value: 11, raw: "11 hội thảo, tập huấn theo chuyên đề", source: SRC.S003 },
  { ref: "R44", indicator: "DAI_BIEU", value: 935, raw: "935 đại biểu tham dự", source: SRC.S003 },
  { ref: "R45", indicator: "MO_HINH", value: 5, raw: "05 mô hình trình diễn kỹ thuật", source: SRC.S003 },
  { ref: "R46", indicator: "CS_MAY_MOC", value: 109, raw: "109 cơ sở", source: SRC.S003 },
  { ref: "R47", indicator: "CS_SP_TB_TINH", value: 75, raw: "75 cơ sở (đến 06/2020)", source: SRC.S003 },
  { ref: "R48", indicator: "SP_TB_TINH", value: 79, raw: "79 sản phẩm (đến 06/2020)", source: SRC.S003 },
  { ref: "R49", indicator: "SP_TB_KV", value: 18, raw: "18 sản phẩm (đến 06/2020)", source: SRC.S003 },
  { ref: "R50", indicator: "SP_TB_QG", value: 6, raw: "06 sản phẩm (đến 06/2020)", source: SRC.S003 },
  { ref: "R51", indicator: "VON_DOI_UNG", value: 95_000, money: true, raw: "95 tỷ đồng", source: SRC.S003 },
];

/** R52–R60: Bắc Giang 2012–2022 beneficiaries (R52 = sum of districts = 142; R53 = 142/269 is derived). */
export const BG_RESULTS_2012_2022: FigureSeed[] = [
  { ref: "R54", indicator: "CS_THU_HUONG", value: 269, raw: "269 cơ sở", source: SRC.S004 },
  {
    ref: "R55",
    indicator: "CS_THU_HUONG_KK",
    value: 20,
    district: "24-SON-DONG",
    raw: "Sơn Động 20 cơ sở",
    source: SRC.S004,
  },
  {
    ref: "R56",
    indicator: "CS_THU_HUONG_KK",
    value: 20,
    district: "24-LUC-NAM",
    raw: "Lục Nam 20 cơ sở",
    source: SRC.S004,
  },
  {
    ref: "R57",
    indicator: "CS_THU_HUONG_KK",
    value: 46,
    district: "24-LUC-NGAN",
    raw: "Lục Ngạn 46 cơ sở",
    source: SRC.S004,
  },
  {
    ref: "R58",
    indicator: "CS_THU_HUONG_KK",
    value: 25,
    district: "24-YEN-THE",
    raw: "Yên Thế 25 cơ sở",
    source: SRC.S004,
  },
  {
    ref: "R59",
    indicator: "CS_THU_HUONG_KK",
    value: 31,
    district: "24-HIEP-HOA",
    raw: "Hiệp Hòa 31 cơ sở",
    source: SRC.S004,
  },
  { ref: "R60", indicator: "TY_LE_KP_KK", value: 2_630, raw: "26,3%", source: SRC.S004 },
];

/** R38: Vĩnh Phúc 2023 batch 1 (fund not stated). */
export const VP_2023_BATCH1: FigureSeed = {
  ref: "R38",
  indicator: "KP_PHE_DUYET",
  value: 2_000,
  money: true,
  atLeast: true,
  year: 2023,
  raw: "trên 02 tỷ đồng (đợt 1) năm 2023",
  source: SRC.S001,
  note: "Nguồn kinh phí không nêu.",
};

/** R36–R37: Vĩnh Phúc 2022, 04 đề án KCQG approved, 2.170 triệu in total (the only fact; the split is not given). */
export const VP_2022_KCQG: FigureSeed = {
  ref: "R37",
  indicator: "KP_PHE_DUYET",
  value: 2_170,
  money: true,
  year: 2022,
  raw: "04 đề án với tổng kinh phí 2.170 tr đồng (Khuyến công quốc gia 2022)",
  source: SRC.S001,
  note: "Tổng của 04 đề án; bài không tách từng đề án.",
};
export const VP_2022_KCQG_COUNT: FigureSeed = {
  ref: "R36",
  indicator: "DA_KCQG_PHE_DUYET",
  value: 4,
  year: 2022,
  raw: "04 đề án",
  source: SRC.S001,
};
