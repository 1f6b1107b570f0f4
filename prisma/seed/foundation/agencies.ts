import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AgencyKind } from "@/lib/generated/prisma/enums";

// Agency identifiers follow the TT 10/2016/TT-BTTTT shape used in dossier codes; the numbers here are
// illustrative, not the official codes. Centre names are those in the articles (SEED-001, SEED-004).
type AgencySeed = { code: string; name: string; nameEn: string; kind: AgencyKind; province?: string; parent?: string; validTo?: string };

export const AGENCIES: AgencySeed[] = [
  { code: "000.00.00.G12", name: "Bộ Công Thương", nameEn: "Ministry of Industry and Trade", kind: "MINISTRY" },
  { code: "000.00.15.G12", name: "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công", nameEn: "Agency for Innovation, Green Transition and Industrial Promotion", kind: "CENTRAL_AGENCY", parent: "000.00.00.G12" },
  { code: "000.00.00.H45", name: "Ủy ban nhân dân tỉnh Phú Thọ", nameEn: "Phú Thọ Provincial People's Committee", kind: "PROVINCE_COMMITTEE", province: "25" },
  { code: "000.00.20.H45", name: "Sở Công Thương tỉnh Phú Thọ", nameEn: "Phú Thọ Department of Industry and Trade", kind: "DEPARTMENT", province: "25", parent: "000.00.00.H45" },
  { code: "000.20.30.H45", name: "Trung tâm Khuyến công tỉnh Phú Thọ", nameEn: "Phú Thọ Industrial Extension Centre", kind: "CENTRE", province: "25", parent: "000.00.20.H45" },
  { code: "000.00.20.H04", name: "Sở Công Thương tỉnh Bắc Ninh", nameEn: "Bắc Ninh Department of Industry and Trade", kind: "DEPARTMENT", province: "27" },
  { code: "000.00.20.H62", name: "Sở Công Thương tỉnh Vĩnh Phúc", nameEn: "Vĩnh Phúc Department of Industry and Trade", kind: "DEPARTMENT", province: "26", validTo: "2025-06-30" },
  { code: "000.20.30.H62", name: "Trung tâm Phát triển Công Thương tỉnh Vĩnh Phúc", nameEn: "Vĩnh Phúc Industry and Trade Development Centre", kind: "CENTRE", province: "26", parent: "000.00.20.H62", validTo: "2025-06-30" },
  { code: "000.00.20.H06", name: "Sở Công Thương tỉnh Bắc Giang", nameEn: "Bắc Giang Department of Industry and Trade", kind: "DEPARTMENT", province: "24", validTo: "2025-06-30" },
  { code: "000.20.30.H06", name: "Trung tâm Khuyến công và Xúc tiến thương mại tỉnh Bắc Giang", nameEn: "Bắc Giang Industrial Extension and Trade Promotion Centre", kind: "CENTRE", province: "24", parent: "000.00.20.H06", validTo: "2025-06-30" },
];

export async function seedAgencies(db: PrismaClient, units: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const a of AGENCIES) {
    const data = {
      name: a.name, nameEn: a.nameEn, kind: a.kind, validFrom: new Date("2012-01-01"), validTo: a.validTo ? new Date(a.validTo) : null,
      provinceId: a.province ? units.get(a.province) ?? null : null, parentId: a.parent ? ids.get(a.parent) ?? null : null,
    };
    const row = await db.agency.upsert({ where: { code: a.code }, create: { code: a.code, ...data }, update: data });
    ids.set(a.code, row.id);
  }
  return ids;
}
