// Static vocabularies for the generated national picture. Each accented word has its search form
// (lib/text.ts toSearchText) next to it so that searchText is built in SQL without an unaccent extension.

/** 34 provinces after the 2025 reform; Phú Thọ (25) and Bắc Ninh (27) come from the foundation seed. */
export const PROVINCES: Array<[code: string, name: string, weight: number]> = [
  ["01", "thành phố Hà Nội", 3.2],
  ["79", "thành phố Hồ Chí Minh", 2.4],
  ["38", "tỉnh Thanh Hóa", 2.2],
  ["40", "tỉnh Nghệ An", 2.0],
  ["25", "tỉnh Phú Thọ", 1.8],
  ["27", "tỉnh Bắc Ninh", 1.7],
  ["33", "tỉnh Hưng Yên", 1.5],
  ["37", "tỉnh Ninh Bình", 1.5],
  ["31", "thành phố Hải Phòng", 1.4],
  ["91", "tỉnh An Giang", 1.3],
  ["86", "tỉnh Vĩnh Long", 1.2],
  ["82", "tỉnh Đồng Tháp", 1.2],
  ["52", "tỉnh Gia Lai", 1.1],
  ["66", "tỉnh Đắk Lắk", 1.1],
  ["75", "tỉnh Đồng Nai", 1.1],
  ["19", "tỉnh Thái Nguyên", 1.0],
  ["22", "tỉnh Quảng Ninh", 1.0],
  ["42", "tỉnh Hà Tĩnh", 1.0],
  ["44", "tỉnh Quảng Trị", 0.9],
  ["51", "tỉnh Quảng Ngãi", 0.9],
  ["56", "tỉnh Khánh Hòa", 0.9],
  ["68", "tỉnh Lâm Đồng", 0.9],
  ["80", "tỉnh Tây Ninh", 0.9],
  ["92", "thành phố Cần Thơ", 0.8],
  ["96", "tỉnh Cà Mau", 0.8],
  ["48", "thành phố Đà Nẵng", 0.8],
  ["46", "thành phố Huế", 0.7],
  ["14", "tỉnh Sơn La", 0.7],
  ["10", "tỉnh Lào Cai", 0.7],
  ["08", "tỉnh Tuyên Quang", 0.7],
  ["20", "tỉnh Lạng Sơn", 0.6],
  ["04", "tỉnh Cao Bằng", 0.5],
  ["11", "tỉnh Điện Biên", 0.5],
  ["12", "tỉnh Lai Châu", 0.4],
];

export const SYLLABLES: Array<[string, string]> = [
  ["An", "an"],
  ["Bình", "binh"],
  ["Hòa", "hoa"],
  ["Phú", "phu"],
  ["Tân", "tan"],
  ["Thành", "thanh"],
  ["Đông", "dong"],
  ["Tây", "tay"],
  ["Nam", "nam"],
  ["Bắc", "bac"],
  ["Yên", "yen"],
  ["Lạc", "lac"],
  ["Mỹ", "my"],
  ["Phước", "phuoc"],
  ["Long", "long"],
  ["Thuận", "thuan"],
  ["Hưng", "hung"],
  ["Vĩnh", "vinh"],
  ["Quang", "quang"],
  ["Minh", "minh"],
  ["Đức", "duc"],
  ["Sơn", "son"],
  ["Hà", "ha"],
  ["Lâm", "lam"],
  ["Trung", "trung"],
  ["Hải", "hai"],
  ["Ninh", "ninh"],
  ["Gia", "gia"],
  ["Kim", "kim"],
  ["Thịnh", "thinh"],
  ["Xuân", "xuan"],
  ["Cường", "cuong"],
];

export const INDUSTRIES: Array<[string, string]> = [
  ["mộc dân dụng", "moc dan dung"],
  ["mây tre đan", "may tre dan"],
  ["gốm sứ", "gom su"],
  ["dệt may", "det may"],
  ["cơ khí nhỏ", "co khi nho"],
  ["chế biến nông sản", "che bien nong san"],
  ["chế biến chè", "che bien che"],
  ["đồ gỗ mỹ nghệ", "do go my nghe"],
  ["thêu ren", "theu ren"],
  ["rèn dao kéo", "ren dao keo"],
  ["sơn mài", "son mai"],
  ["chế biến thủy sản", "che bien thuy san"],
  ["bánh kẹo truyền thống", "banh keo truyen thong"],
  ["nước mắm", "nuoc mam"],
  ["gạch không nung", "gach khong nung"],
  ["chế biến gỗ", "che bien go"],
];

export const SURNAMES: Array<[string, string]> = [
  ["Nguyễn", "nguyen"],
  ["Trần", "tran"],
  ["Lê", "le"],
  ["Phạm", "pham"],
  ["Hoàng", "hoang"],
  ["Vũ", "vu"],
  ["Đặng", "dang"],
  ["Bùi", "bui"],
  ["Đỗ", "do"],
  ["Ngô", "ngo"],
  ["Dương", "duong"],
  ["Lý", "ly"],
];

/** kind, weight, name prefix, search form. */
export const KINDS: Array<[string, number, string, string]> = [
  ["HKD", 55, "Hộ kinh doanh", "ho kinh doanh"],
  ["DN", 25, "Công ty TNHH", "cong ty tnhh"],
  ["HTX", 10, "Hợp tác xã", "hop tac xa"],
  ["THT", 5, "Tổ hợp tác", "to hop tac"],
  ["NGHE_NHAN", 4, "Cơ sở nghệ nhân", "co so nghe nhan"],
  ["LHHTX", 1, "Liên hiệp hợp tác xã", "lien hiep hop tac xa"],
];

/** Activity code, weight, cost kind of its main line, title before the industry word (and its search form). */
export const ACTIVITIES: Array<[string, number, string, string, string]> = [
  [
    "UNG_DUNG_MAY_MOC",
    34,
    "MACHINERY",
    "Ứng dụng máy móc thiết bị tiên tiến trong sản xuất",
    "ung dung may moc thiet bi tien tien trong san xuat",
  ],
  ["DAO_TAO_NGHE", 14, "TRAINING", "Đào tạo nghề, truyền nghề", "dao tao nghe, truyen nghe"],
  [
    "MO_HINH_TRINH_DIEN",
    10,
    "DEMO_MODEL_NEW_TECH",
    "Xây dựng mô hình trình diễn kỹ thuật sản xuất",
    "xay dung mo hinh trinh dien ky thuat san xuat",
  ],
  [
    "SAN_PHAM_HOI_CHO",
    9,
    "FAIR_PARTICIPATION",
    "Hỗ trợ tham gia hội chợ, triển lãm sản phẩm",
    "ho tro tham gia hoi cho, trien lam san pham",
  ],
  ["THUONG_HIEU", 7, "BRAND", "Xây dựng, đăng ký thương hiệu sản phẩm", "xay dung, dang ky thuong hieu san pham"],
  ["TU_VAN", 6, "CONSULTING", "Tư vấn quản lý sản xuất cho cơ sở", "tu van quan ly san xuat cho co so"],
  ["SXSH", 4, "SXSH_ASSESSMENT", "Tư vấn đánh giá sản xuất sạch hơn ngành", "tu van danh gia san xuat sach hon nganh"],
  [
    "THONG_TIN",
    5,
    "INFORMATION",
    "Tuyên truyền hoạt động khuyến công ngành",
    "tuyen truyen hoat dong khuyen cong nganh",
  ],
  ["NANG_CAO_NANG_LUC", 4, "TRAINING", "Nâng cao năng lực quản lý cơ sở", "nang cao nang luc quan ly co so"],
  ["KHOI_SU_DN", 2, "FOUNDING", "Hỗ trợ khởi sự doanh nghiệp ngành", "ho tro khoi su doanh nghiep nganh"],
  [
    "LIEN_KET_CCN",
    2,
    "CCN_INFRASTRUCTURE",
    "Hỗ trợ liên kết, cụm công nghiệp ngành",
    "ho tro lien ket, cum cong nghiep nganh",
  ],
  ["HOP_TAC_QUOC_TE", 1, "OTHER", "Hợp tác quốc tế về khuyến công ngành", "hop tac quoc te ve khuyen cong nganh"],
  [
    "NANG_LUC_QUAN_LY",
    2,
    "TRAINING",
    "Nâng cao năng lực hệ thống khuyến công ngành",
    "nang cao nang luc he thong khuyen cong nganh",
  ],
];

/** The workflow paths a đề án walks (lib/proposals/workflow.ts), for the generated histories. */
export const PATHS: Record<"LOCAL" | "NATIONAL", Array<[action: string, to: string]>> = {
  LOCAL: [
    ["submit", "SUBMITTED"],
    ["startAppraisal", "UNDER_APPRAISAL"],
    ["closeScoring", "SCORED"],
    ["recommend", "RECOMMENDED"],
    ["approve", "APPROVED"],
    ["signContract", "CONTRACTED"],
    ["startWork", "IN_PROGRESS"],
    ["accept", "ACCEPTED"],
    ["settle", "SETTLED"],
  ],
  NATIONAL: [
    ["submit", "SUBMITTED"],
    ["startAppraisal", "UNDER_APPRAISAL"],
    ["closeScoring", "SCORED"],
    ["baseAppraise", "BASE_APPRAISED"],
    ["sendToMinistry", "MINISTRY_APPRAISAL"],
    ["approve", "APPROVED"],
    ["signContract", "CONTRACTED"],
    ["startWork", "IN_PROGRESS"],
    ["accept", "ACCEPTED"],
    ["settle", "SETTLED"],
  ],
};

/** Rows (pipeline, final status, step, action, from, to) of every history the generator writes. */
export function eventTemplates(): Array<[string, string, number, string, string | null, string]> {
  const out: Array<[string, string, number, string, string | null, string]> = [];
  for (const pipeline of ["LOCAL", "NATIONAL"] as const) {
    const path = PATHS[pipeline];
    const add = (status: string, steps: Array<[string, string]>) => {
      let from: string | null = "DRAFT";
      steps.forEach(([action, to], i) => {
        out.push([pipeline, status, i + 1, action, from, to]);
        from = to;
      });
    };
    path.forEach((_, i) => add(path[i]![1], path.slice(0, i + 1)));
    add("RETURNED", [path[0]!, ["return", "RETURNED"]]);
    add("WITHDRAWN", [path[0]!, ["withdraw", "WITHDRAWN"]]);
    add("REJECTED", [...path.slice(0, 3), ["reject", "REJECTED"]]);
    const inProgress = path.findIndex(([, to]) => to === "IN_PROGRESS");
    add("STOPPED", [...path.slice(0, inProgress + 1), ["stop", "STOPPED"]]);
  }
  return out;
}
