import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AdminLevel } from "@/lib/generated/prisma/enums";

// Provinces by their GSO codes; the 2025 reform (NQ of 12/06/2025, two-tier government from 01/07/2025):
// Vĩnh Phúc → Phú Thọ, Bắc Giang → Bắc Ninh. Commune names after the reform are demo data (not checked
// against the official list); historic districts are those named by the Bắc Giang article (SEED-004).
const REFORM_END = new Date("2025-06-30");
const REFORM_START = new Date("2025-07-01");
const LONG_AGO = new Date("1997-01-01");

type UnitSeed = { code: string; name: string; level: AdminLevel; parent?: string; validFrom: Date; validTo?: Date; successor?: string; difficult?: boolean };

export const UNITS: UnitSeed[] = [
  { code: "25", name: "tỉnh Phú Thọ", level: "PROVINCE", validFrom: LONG_AGO },
  { code: "27", name: "tỉnh Bắc Ninh", level: "PROVINCE", validFrom: LONG_AGO },
  { code: "26", name: "tỉnh Vĩnh Phúc", level: "PROVINCE", validFrom: LONG_AGO, validTo: REFORM_END, successor: "25" },
  { code: "24", name: "tỉnh Bắc Giang", level: "PROVINCE", validFrom: LONG_AGO, validTo: REFORM_END, successor: "27" },
  // Current communes (demo list).
  { code: "25-YEN-LAC", name: "xã Yên Lạc", level: "COMMUNE", parent: "25", validFrom: REFORM_START },
  { code: "25-VINH-TUONG", name: "xã Vĩnh Tường", level: "COMMUNE", parent: "25", validFrom: REFORM_START },
  { code: "25-TAM-DUONG", name: "xã Tam Dương", level: "COMMUNE", parent: "25", validFrom: REFORM_START },
  { code: "25-BINH-XUYEN", name: "xã Bình Xuyên", level: "COMMUNE", parent: "25", validFrom: REFORM_START },
  { code: "25-VINH-PHUC", name: "phường Vĩnh Phúc", level: "COMMUNE", parent: "25", validFrom: REFORM_START },
  { code: "27-LUC-NGAN", name: "xã Lục Ngạn", level: "COMMUNE", parent: "27", validFrom: REFORM_START, difficult: true },
  { code: "27-SON-DONG", name: "xã Sơn Động", level: "COMMUNE", parent: "27", validFrom: REFORM_START, difficult: true },
  { code: "27-LUC-NAM", name: "xã Lục Nam", level: "COMMUNE", parent: "27", validFrom: REFORM_START, difficult: true },
  { code: "27-YEN-THE", name: "xã Yên Thế", level: "COMMUNE", parent: "27", validFrom: REFORM_START, difficult: true },
  { code: "27-HIEP-HOA", name: "xã Hiệp Hòa", level: "COMMUNE", parent: "27", validFrom: REFORM_START, difficult: true },
  { code: "27-CHU", name: "phường Chũ", level: "COMMUNE", parent: "27", validFrom: REFORM_START },
  // Historic districts of Bắc Giang (difficult / especially difficult areas, SEED-004), to 30/06/2025.
  { code: "24-SON-DONG", name: "huyện Sơn Động", level: "DISTRICT", parent: "24", validFrom: LONG_AGO, validTo: REFORM_END, successor: "27-SON-DONG", difficult: true },
  { code: "24-LUC-NAM", name: "huyện Lục Nam", level: "DISTRICT", parent: "24", validFrom: LONG_AGO, validTo: REFORM_END, successor: "27-LUC-NAM", difficult: true },
  { code: "24-LUC-NGAN", name: "huyện Lục Ngạn", level: "DISTRICT", parent: "24", validFrom: LONG_AGO, validTo: REFORM_END, successor: "27-LUC-NGAN", difficult: true },
  { code: "24-YEN-THE", name: "huyện Yên Thế", level: "DISTRICT", parent: "24", validFrom: LONG_AGO, validTo: REFORM_END, successor: "27-YEN-THE", difficult: true },
  { code: "24-HIEP-HOA", name: "huyện Hiệp Hòa", level: "DISTRICT", parent: "24", validFrom: LONG_AGO, validTo: REFORM_END, successor: "27-HIEP-HOA", difficult: true },
  // Historic districts of Vĩnh Phúc used by the demo đề án.
  { code: "26-YEN-LAC", name: "huyện Yên Lạc", level: "DISTRICT", parent: "26", validFrom: LONG_AGO, validTo: REFORM_END, successor: "25-YEN-LAC" },
  { code: "26-BINH-XUYEN", name: "huyện Bình Xuyên", level: "DISTRICT", parent: "26", validFrom: LONG_AGO, validTo: REFORM_END, successor: "25-BINH-XUYEN" },
];

export async function seedUnits(db: PrismaClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const u of UNITS) {
    const data = {
      name: u.name, level: u.level, validFrom: u.validFrom, validTo: u.validTo ?? null, difficultArea: u.difficult ?? false,
      parentId: u.parent ? ids.get(u.parent) ?? null : null,
    };
    const row = await db.adminUnit.upsert({ where: { code: u.code }, create: { code: u.code, ...data }, update: data });
    ids.set(u.code, row.id);
  }
  for (const u of UNITS.filter((x) => x.successor)) {
    await db.adminUnit.update({ where: { code: u.code }, data: { successorId: ids.get(u.successor as string) ?? null } });
  }
  return ids;
}
