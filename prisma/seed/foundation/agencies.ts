import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AgencyKind } from "@/lib/generated/prisma/enums";

// Agency identifiers follow the TT 10/2016/TT-BTTTT shape used in dossier codes; the numbers here are
// illustrative, not the official codes. Centre names are those in the articles (SEED-001, SEED-004).
type AgencySeed = {
  code: string;
  name: string;
  nameEn: string;
  kind: AgencyKind;
  province?: string;
  parent?: string;
  validTo?: string;
};

// What the agency's documents print about it (issue 16: the contract's Bên A). All of it is invented for the
// demo and flagged: every printout marks these values "minh họa". Real values are set per agency.
type AgencyDetails = {
  representativeName: string;
  representativeTitle: string;
  address: string;
  taxCode: string;
  treasuryAccount: string;
  treasuryName: string;
};
export const AGENCY_DETAILS: Record<string, AgencyDetails> = {
  "000.00.00.G12": {
    representativeName: "Nguyễn Minh Họa",
    representativeTitle: "Vụ trưởng (minh họa)",
    address: "Địa chỉ minh họa, Hà Nội",
    taxCode: "1000001",
    treasuryAccount: "9523.1.1000001",
    treasuryName: "Kho bạc Nhà nước (minh họa)",
  },
  "000.00.20.H45": {
    representativeName: "Đỗ Thị Lan",
    representativeTitle: "Giám đốc",
    address: "Địa chỉ minh họa, phường Việt Trì, tỉnh Phú Thọ",
    taxCode: "1045020",
    treasuryAccount: "9523.1.1045020",
    treasuryName: "Kho bạc Nhà nước khu vực tỉnh Phú Thọ (minh họa)",
  },
  "000.20.30.H45": {
    representativeName: "Trần Minh Họa",
    representativeTitle: "Giám đốc",
    address: "Địa chỉ minh họa, phường Việt Trì, tỉnh Phú Thọ",
    taxCode: "1045030",
    treasuryAccount: "9523.1.1045030",
    treasuryName: "Kho bạc Nhà nước khu vực tỉnh Phú Thọ (minh họa)",
  },
  "000.00.20.H04": {
    representativeName: "Lê Minh Họa",
    representativeTitle: "Giám đốc",
    address: "Địa chỉ minh họa, tỉnh Bắc Ninh",
    taxCode: "1004020",
    treasuryAccount: "9523.1.1004020",
    treasuryName: "Kho bạc Nhà nước khu vực tỉnh Bắc Ninh (minh họa)",
  },
};

export const AGENCIES: AgencySeed[] = [
  { code: "000.00.00.G12", name: "Bộ Công Thương", nameEn: "Ministry of Industry and Trade", kind: "MINISTRY" },
  {
    code: "000.00.15.G12",
    name: "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công",
    nameEn: "Agency for Innovation, Green Transition and Industrial Promotion",
    kind: "CENTRAL_AGENCY",
    parent: "000.00.00.G12",
  },
  {
    code: "000.00.00.H45",
    name: "Ủy ban nhân dân tỉnh Phú Thọ",
    nameEn: "Phú Thọ Provincial People's Committee",
    kind: "PROVINCE_COMMITTEE",
    province: "25",
  },
  {
    code: "000.00.20.H45",
    name: "Sở Công Thương tỉnh Phú Thọ",
    nameEn: "Phú Thọ Department of Industry and Trade",
    kind: "DEPARTMENT",
    province: "25",
    parent: "000.00.00.H45",
  },
  {
    code: "000.20.30.H45",
    name: "Trung tâm Khuyến công tỉnh Phú Thọ",
    nameEn: "Phú Thọ Industrial Extension Centre",
    kind: "CENTRE",
    province: "25",
    parent: "000.00.20.H45",
  },
  {
    code: "000.00.20.H04",
    name: "Sở Công Thương tỉnh Bắc Ninh",
    nameEn: "Bắc Ninh Department of Industry and Trade",
    kind: "DEPARTMENT",
    province: "27",
  },
  {
    code: "000.00.20.H62",
    name: "Sở Công Thương tỉnh Vĩnh Phúc",
    nameEn: "Vĩnh Phúc Department of Industry and Trade",
    kind: "DEPARTMENT",
    province: "26",
    validTo: "2025-06-30",
  },
  {
    code: "000.20.30.H62",
    name: "Trung tâm Phát triển Công Thương tỉnh Vĩnh Phúc",
    nameEn: "Vĩnh Phúc Industry and Trade Development Centre",
    kind: "CENTRE",
    province: "26",
    parent: "000.00.20.H62",
    validTo: "2025-06-30",
  },
  {
    code: "000.00.20.H06",
    name: "Sở Công Thương tỉnh Bắc Giang",
    nameEn: "Bắc Giang Department of Industry and Trade",
    kind: "DEPARTMENT",
    province: "24",
    validTo: "2025-06-30",
  },
  {
    code: "000.20.30.H06",
    name: "Trung tâm Khuyến công và Xúc tiến thương mại tỉnh Bắc Giang",
    nameEn: "Bắc Giang Industrial Extension and Trade Promotion Centre",
    kind: "CENTRE",
    province: "24",
    parent: "000.00.20.H06",
    validTo: "2025-06-30",
  },
];

/** The demo agencies' handling time limit (minh họa), in working days from (re)submission to the result. */
export const DEMO_HANDLING_WORKING_DAYS = 20;

export async function seedAgencies(db: PrismaClient, units: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const a of AGENCIES) {
    const data = {
      name: a.name,
      nameEn: a.nameEn,
      kind: a.kind,
      validFrom: new Date("2012-01-01"),
      validTo: a.validTo ? new Date(a.validTo) : null,
      provinceId: a.province ? (units.get(a.province) ?? null) : null,
      parentId: a.parent ? (ids.get(a.parent) ?? null) : null,
      ...(AGENCY_DETAILS[a.code]
        ? {
            ...AGENCY_DETAILS[a.code],
            detailsIllustrative: true,
            // The procedure's handling time limit is the province's to declare (its published list of procedures);
            // the demo's is invented and shown "minh họa" on the service index.
            handlingWorkingDays: DEMO_HANDLING_WORKING_DAYS,
            handlingBasis:
              "Thời hạn minh họa — thay bằng thời hạn trong quyết định công bố thủ tục hành chính của tỉnh",
            handlingIllustrative: true,
          }
        : {}),
    };
    const row = await db.agency.upsert({ where: { code: a.code }, create: { code: a.code, ...data }, update: data });
    ids.set(a.code, row.id);
  }
  return ids;
}
