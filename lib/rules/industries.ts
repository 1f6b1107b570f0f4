import type { EstablishmentKind } from "@/lib/generated/prisma/enums";

// Eligible industries (ngành, nghề được hưởng chính sách khuyến công): ND 45/2012 Art. 5 (original), plus
// the industries added by ND 235/2025 from 15/10/2025. Codes are ours; labels follow the decree.
export const INDUSTRIES = [
  {
    code: "CHE_BIEN_NLTS",
    label: "Chế biến nông – lâm – thủy sản, chế biến thực phẩm",
    clause: "điểm a",
    from: "ND45-2012",
  },
  {
    code: "HANG_TIEU_DUNG",
    label: "Sản xuất hàng tiêu dùng, hàng xuất khẩu, hàng thay thế hàng nhập khẩu (dệt may, da giày…)",
    clause: "điểm b",
    from: "ND45-2012",
  },
  {
    code: "HOA_CHAT_VLXD",
    label: "Hóa chất phục vụ nông nghiệp, nông thôn; vật liệu xây dựng (trừ lò gạch nung thủ công)",
    clause: "điểm c",
    from: "ND45-2012",
  },
  {
    code: "CO_KHI_DIEN_TU",
    label: "Cơ khí, điện, điện tử – tin học; linh kiện, công nghiệp hỗ trợ",
    clause: "điểm d",
    from: "ND45-2012",
  },
  {
    code: "THU_CONG_MY_NGHE",
    label: "Hàng thủ công mỹ nghệ, tiểu thủ công nghiệp",
    clause: "điểm đ",
    from: "ND45-2012",
  },
  {
    code: "KHAI_THAC_KHOANG_SAN",
    label: "Khai thác, chế biến khoáng sản (chỉ tại địa bàn khó khăn)",
    clause: "điểm e",
    from: "ND45-2012",
  },
  {
    code: "SXSH_MOI_TRUONG",
    label: "Sản xuất sạch hơn; xử lý ô nhiễm môi trường tại CCN, cơ sở CNNT",
    clause: "điểm g",
    from: "ND45-2012",
  },
  {
    code: "CONG_NGHE_CAO",
    label: "Công nghiệp công nghệ cao, công nghiệp sạch",
    clause: "bổ sung",
    from: "ND235-2025",
  },
  {
    code: "NANG_LUONG_XANH",
    label: "Tiết kiệm năng lượng, năng lượng thân thiện môi trường, công nghiệp môi trường",
    clause: "bổ sung",
    from: "ND235-2025",
  },
] as const;

export type IndustryCode = (typeof INDUSTRIES)[number]["code"];

export function industryLabel(code: string | null | undefined): string {
  return INDUSTRIES.find((i) => i.code === code)?.label ?? "Chưa xác định";
}

export const KIND_LABELS = {
  DN: "Doanh nghiệp nhỏ và vừa",
  HTX: "Hợp tác xã",
  THT: "Tổ hợp tác",
  HKD: "Hộ kinh doanh",
  LHHTX: "Liên hiệp hợp tác xã",
  NGHE_NHAN: "Nghệ nhân (nhân dân, ưu tú)",
} as const satisfies Record<EstablishmentKind, string>;

// English labels for the pages only; the Vietnamese labels above stay the reference (rule explanations,
// the import template, documents).
export const KIND_LABELS_EN = {
  DN: "Small or medium-sized enterprise",
  HTX: "Cooperative",
  THT: "Cooperative group",
  HKD: "Household business",
  LHHTX: "Union of cooperatives",
  NGHE_NHAN: "Artisan (People's or Meritorious Artisan)",
} as const satisfies Record<EstablishmentKind, string>;

export const INDUSTRY_LABELS_EN = {
  CHE_BIEN_NLTS: "Processing of agricultural, forestry and fishery products; food processing",
  HANG_TIEU_DUNG: "Consumer goods, export goods and import substitutes (textiles and garments, leather and footwear…)",
  HOA_CHAT_VLXD: "Chemicals for agriculture and rural areas; building materials (except hand-made fired-brick kilns)",
  CO_KHI_DIEN_TU: "Mechanical, electrical, electronics and IT engineering; components, supporting industries",
  THU_CONG_MY_NGHE: "Handicrafts and cottage industries",
  KHAI_THAC_KHOANG_SAN: "Mining and processing of minerals (in disadvantaged areas only)",
  SXSH_MOI_TRUONG: "Cleaner production; pollution treatment in industrial clusters and rural industrial establishments",
  CONG_NGHE_CAO: "High-tech and clean industries",
  NANG_LUONG_XANH: "Energy saving, environmentally friendly energy, environmental industry",
} as const satisfies Record<IndustryCode, string>;

/** Beneficiary and industry lists per legal basis, each with its validity dates (ND 235 transition 15/10/2025). */
export type BeneficiaryRule = {
  legalBasisCode: string;
  title: string;
  kindsArticle: string;
  industriesArticle: string;
  validFrom: Date;
  validTo: Date | null;
  kinds: readonly EstablishmentKind[];
  industries: readonly string[];
};

const ND45_INDUSTRIES = INDUSTRIES.filter((i) => i.from === "ND45-2012").map((i) => i.code);

export const BENEFICIARY_RULES: readonly BeneficiaryRule[] = [
  {
    legalBasisCode: "ND45-2012",
    title: "Nghị định 45/2012/NĐ-CP",
    kindsArticle: "khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP",
    industriesArticle: "Điều 5 Nghị định 45/2012/NĐ-CP",
    validFrom: new Date("2012-07-05T00:00:00Z"),
    validTo: new Date("2025-10-14T00:00:00Z"),
    kinds: ["DN", "HTX", "THT", "HKD"],
    industries: ND45_INDUSTRIES,
  },
  {
    legalBasisCode: "ND235-2025",
    title: "Nghị định 235/2025/NĐ-CP",
    kindsArticle: "khoản 2 Điều 1 Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP",
    industriesArticle: "Điều 5 Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP",
    validFrom: new Date("2025-10-15T00:00:00Z"),
    validTo: null,
    kinds: ["DN", "HTX", "THT", "HKD", "LHHTX", "NGHE_NHAN"],
    industries: INDUSTRIES.map((i) => i.code),
  },
];

/** Priority industries (ND 45 Art. 6; TT 46/2012 Art. 6): they rank first when funds are allocated. */
export const PRIORITY_INDUSTRIES: readonly string[] = ["CHE_BIEN_NLTS", "CO_KHI_DIEN_TU", "SXSH_MOI_TRUONG"];
/** Labour-intensive threshold (TT 46/2012 Art. 6): at least 50 workers. */
export const LABOUR_INTENSIVE_WORKFORCE = 50;

const KEYWORDS: Array<[RegExp, IndustryCode]> = [
  [/khoang san|khai thac/, "KHAI_THAC_KHOANG_SAN"],
  [/san xuat sach|xu ly o nhiem|moi truong/, "SXSH_MOI_TRUONG"],
  [/co khi|dien tu|linh kien|ho tro|nong cu/, "CO_KHI_DIEN_TU"],
  [/my nghe|thu cong|may tre|gom|mo[ck]|go /, "THU_CONG_MY_NGHE"],
  [/vat lieu|hoa chat|phan bon/, "HOA_CHAT_VLXD"],
  [/che bien|thuc pham|nong san|luong thuc|bun|my gao|che |tra /, "CHE_BIEN_NLTS"],
  [/det|may mac|da giay|bao bi|tieu dung/, "HANG_TIEU_DUNG"],
];

/** Best guess of the industry code from a free-text industry ("Chế biến gỗ, đồ gỗ mỹ nghệ" → THU_CONG_MY_NGHE). */
export function guessIndustryCode(searchText: string): IndustryCode | null {
  const t = ` ${searchText} `;
  return KEYWORDS.find(([re]) => re.test(t))?.[1] ?? null;
}
