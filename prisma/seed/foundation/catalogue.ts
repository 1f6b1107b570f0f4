import type { PrismaClient } from "@/lib/generated/prisma/client";

// Legal bases (domain.md §1.1) and the activity contents of ND 45/2012 Art. 4, re-stated by ND 235/2025
// from 15/10/2025 (exact new numbering not retrieved: the contents keep their old numbers here).
export const LEGAL_BASES = [
  {
    code: "ND45-2012",
    title: "Nghị định 45/2012/NĐ-CP về khuyến công",
    issuedOn: "2012-05-21",
    effectiveFrom: "2012-07-05",
    effectiveTo: "2025-10-14",
  },
  {
    code: "ND235-2025",
    title: "Nghị định 235/2025/NĐ-CP sửa đổi, bổ sung Nghị định 45/2012/NĐ-CP",
    issuedOn: "2025-08-27",
    effectiveFrom: "2025-10-15",
    effectiveTo: null,
  },
  {
    code: "TT36-2013",
    title: "Thông tư 36/2013/TT-BCT (sửa đổi bởi TT 17/2018/TT-BCT) về kế hoạch, kinh phí khuyến công quốc gia",
    issuedOn: "2013-12-27",
    effectiveFrom: "2014-02-10",
    effectiveTo: null,
  },
  {
    code: "TTLT26-2014",
    title: "Thông tư liên tịch 26/2014/TTLT-BTC-BCT về kinh phí khuyến công",
    issuedOn: "2014-02-18",
    effectiveFrom: "2014-04-08",
    effectiveTo: "2018-05-11",
  },
  {
    code: "TT28-2018",
    title:
      "Thông tư 28/2018/TT-BTC (sửa đổi bởi TT 64/2024/TT-BTC) hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công",
    issuedOn: "2018-03-28",
    effectiveFrom: "2018-05-12",
    effectiveTo: null,
  },
] as const;

type Activity = {
  code: string;
  contentNo: number;
  name: string;
  nameEn: string;
  advanceType: string;
  nd235Only?: boolean;
};

export const ACTIVITIES: Activity[] = [
  {
    code: "DAO_TAO_NGHE",
    contentNo: 1,
    name: "Đào tạo nghề, truyền nghề",
    nameEn: "Vocational training and craft transfer",
    advanceType: "TRAINING",
  },
  {
    code: "NANG_CAO_NANG_LUC",
    contentNo: 2,
    name: "Nâng cao năng lực quản lý, mở rộng thị trường",
    nameEn: "Management capacity and market expansion",
    advanceType: "CONSULTING",
  },
  {
    code: "KHOI_SU_DN",
    contentNo: 2,
    name: "Hỗ trợ khởi sự, thành lập doanh nghiệp",
    nameEn: "Support to found an enterprise",
    advanceType: "FOUNDING",
  },
  { code: "SXSH", contentNo: 2, name: "Sản xuất sạch hơn", nameEn: "Cleaner production", advanceType: "CONSULTING" },
  {
    code: "MO_HINH_TRINH_DIEN",
    contentNo: 3,
    name: "Mô hình trình diễn kỹ thuật",
    nameEn: "Technical demonstration model",
    advanceType: "INVESTMENT",
  },
  {
    code: "UNG_DUNG_MAY_MOC",
    contentNo: 3,
    name: "Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ",
    nameEn: "Advanced machinery and technology transfer",
    advanceType: "INVESTMENT",
  },
  {
    code: "SAN_PHAM_HOI_CHO",
    contentNo: 4,
    name: "Sản phẩm CNNT tiêu biểu, hội chợ, triển lãm, phòng trưng bày",
    nameEn: "Typical products, fairs, exhibitions, showrooms",
    advanceType: "EVENT",
  },
  {
    code: "THUONG_HIEU",
    contentNo: 4,
    name: "Xây dựng, đăng ký thương hiệu",
    nameEn: "Brand building and registration",
    advanceType: "CONSULTING",
  },
  {
    code: "TU_VAN",
    contentNo: 5,
    name: "Tư vấn, trợ giúp cơ sở CNNT",
    nameEn: "Consulting for rural industrial establishments",
    advanceType: "CONSULTING",
  },
  {
    code: "THONG_TIN",
    contentNo: 6,
    name: "Cung cấp thông tin, tuyên truyền",
    nameEn: "Information and communication",
    advanceType: "EVENT",
  },
  {
    code: "LIEN_KET_CCN",
    contentNo: 7,
    name: "Liên doanh liên kết, cụm công nghiệp, di dời cơ sở gây ô nhiễm",
    nameEn: "Linkages, industrial clusters, relocation",
    advanceType: "INFRASTRUCTURE",
  },
  {
    code: "HOP_TAC_QUOC_TE",
    contentNo: 8,
    name: "Hợp tác quốc tế về khuyến công",
    nameEn: "International cooperation",
    advanceType: "CONSULTING",
  },
  {
    code: "NANG_LUC_QUAN_LY",
    contentNo: 9,
    name: "Nâng cao năng lực quản lý và tổ chức thực hiện khuyến công",
    nameEn: "Capacity of the extension system",
    advanceType: "CONSULTING",
  },
  {
    code: "NGHE_NHAN",
    contentNo: 4,
    name: "Hỗ trợ nghệ nhân bảo tồn, phát triển nghề thủ công",
    nameEn: "Support for artisans preserving crafts",
    advanceType: "CONSULTING",
    nd235Only: true,
  },
];

export async function seedCatalogue(db: PrismaClient): Promise<Map<string, string>> {
  const bases = new Map<string, string>();
  for (const b of LEGAL_BASES) {
    const data = {
      title: b.title,
      issuedOn: new Date(b.issuedOn),
      effectiveFrom: new Date(b.effectiveFrom),
      effectiveTo: b.effectiveTo ? new Date(b.effectiveTo) : null,
    };
    const row = await db.legalBasis.upsert({
      where: { code: b.code },
      create: { code: b.code, ...data },
      update: data,
    });
    bases.set(b.code, row.id);
  }
  // Activity code → id of the version valid today (ND235); the ND45 versions keep history.
  const activities = new Map<string, string>();
  const versions = [
    {
      basis: "ND45-2012",
      from: new Date("2012-07-05"),
      to: new Date("2025-10-14"),
      article: "Điều 4 Nghị định 45/2012/NĐ-CP",
    },
    {
      basis: "ND235-2025",
      from: new Date("2025-10-15"),
      to: null,
      article: "Điều 4 Nghị định 45/2012/NĐ-CP, sửa đổi bởi Nghị định 235/2025/NĐ-CP",
    },
  ];
  for (const a of ACTIVITIES) {
    for (const v of versions) {
      if (a.nd235Only && v.basis === "ND45-2012") continue;
      const data = {
        contentNo: a.contentNo,
        name: a.name,
        nameEn: a.nameEn,
        legalBasisId: bases.get(v.basis) as string,
        article: v.article,
        validTo: v.to,
        advanceType: a.advanceType,
      };
      const row = await db.activityCategory.upsert({
        where: { code_validFrom: { code: a.code, validFrom: v.from } },
        create: { code: a.code, validFrom: v.from, ...data },
        update: data,
      });
      if (v.basis === "ND45-2012") activities.set(`${a.code}@ND45`, row.id);
      else activities.set(a.code, row.id);
    }
  }
  return activities;
}
