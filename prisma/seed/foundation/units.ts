import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AdminLevel } from "@/lib/generated/prisma/enums";

// Provinces by their GSO codes; the 2025 reform (NQ of 12/06/2025, two-tier government from 01/07/2025):
// Vĩnh Phúc → Phú Thọ, Bắc Giang → Bắc Ninh (a whole province has one successor). Commune names after the
// reform are demo data (not checked against the official list). Historic districts are those named by the
// Bắc Giang article; a district's territory went to several communes, so districts have no single successor:
// their figures stay under the historic district, and the district → communes links (AdminUnitSuccession)
// are flagged illustrative. "Difficult area" is a property of a commune from the official list: the article
// does not say the districts are difficult areas, so none is flagged from it; the one demo flag is
// marked illustrative.
const REFORM_END = new Date("2025-06-30");
const REFORM_START = new Date("2025-07-01");
const LONG_AGO = new Date("1997-01-01");

type UnitSeed = {
  code: string;
  name: string;
  level: AdminLevel;
  parent?: string;
  validFrom: Date;
  validTo?: Date;
  successor?: string;
  /** Demo difficult-area flag (always illustrative here: no official list is loaded). */
  difficultDemo?: boolean;
};

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
  { code: "27-LUC-NGAN", name: "xã Lục Ngạn", level: "COMMUNE", parent: "27", validFrom: REFORM_START },
  {
    code: "27-SON-DONG",
    name: "xã Sơn Động",
    level: "COMMUNE",
    parent: "27",
    validFrom: REFORM_START,
    difficultDemo: true,
  },
  { code: "27-LUC-NAM", name: "xã Lục Nam", level: "COMMUNE", parent: "27", validFrom: REFORM_START },
  { code: "27-YEN-THE", name: "xã Yên Thế", level: "COMMUNE", parent: "27", validFrom: REFORM_START },
  { code: "27-HIEP-HOA", name: "xã Hiệp Hòa", level: "COMMUNE", parent: "27", validFrom: REFORM_START },
  { code: "27-CHU", name: "phường Chũ", level: "COMMUNE", parent: "27", validFrom: REFORM_START },
  // Historic districts of Bắc Giang (named by the 2012–2022 article), to 30/06/2025.
  {
    code: "24-SON-DONG",
    name: "huyện Sơn Động",
    level: "DISTRICT",
    parent: "24",
    validFrom: LONG_AGO,
    validTo: REFORM_END,
  },
  {
    code: "24-LUC-NAM",
    name: "huyện Lục Nam",
    level: "DISTRICT",
    parent: "24",
    validFrom: LONG_AGO,
    validTo: REFORM_END,
  },
  {
    code: "24-LUC-NGAN",
    name: "huyện Lục Ngạn",
    level: "DISTRICT",
    parent: "24",
    validFrom: LONG_AGO,
    validTo: REFORM_END,
  },
  {
    code: "24-YEN-THE",
    name: "huyện Yên Thế",
    level: "DISTRICT",
    parent: "24",
    validFrom: LONG_AGO,
    validTo: REFORM_END,
  },
  {
    code: "24-HIEP-HOA",
    name: "huyện Hiệp Hòa",
    level: "DISTRICT",
    parent: "24",
    validFrom: LONG_AGO,
    validTo: REFORM_END,
  },
  // Historic districts of Vĩnh Phúc used by the demo đề án.
  {
    code: "26-YEN-LAC",
    name: "huyện Yên Lạc",
    level: "DISTRICT",
    parent: "26",
    validFrom: LONG_AGO,
    validTo: REFORM_END,
  },
  {
    code: "26-BINH-XUYEN",
    name: "huyện Bình Xuyên",
    level: "DISTRICT",
    parent: "26",
    validFrom: LONG_AGO,
    validTo: REFORM_END,
  },
];

const DEMO_LINK = "minh họa (chưa đối chiếu nghị quyết sắp xếp đơn vị hành chính cấp xã)";

/** District → the demo communes that took over part of its territory (illustrative, see DEMO_LINK). */
export const SUCCESSIONS: Array<[string, string[]]> = [
  ["24-LUC-NGAN", ["27-LUC-NGAN", "27-CHU"]],
  ["24-SON-DONG", ["27-SON-DONG"]],
  ["24-LUC-NAM", ["27-LUC-NAM"]],
  ["24-YEN-THE", ["27-YEN-THE"]],
  ["24-HIEP-HOA", ["27-HIEP-HOA"]],
  ["26-YEN-LAC", ["25-YEN-LAC"]],
  ["26-BINH-XUYEN", ["25-BINH-XUYEN"]],
];

export async function seedUnits(db: PrismaClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const u of UNITS) {
    const data = {
      name: u.name,
      level: u.level,
      validFrom: u.validFrom,
      validTo: u.validTo ?? null,
      difficultArea: u.difficultDemo ?? false,
      difficultAreaIllustrative: u.difficultDemo ?? false,
      parentId: u.parent ? (ids.get(u.parent) ?? null) : null,
    };
    const row = await db.adminUnit.upsert({ where: { code: u.code }, create: { code: u.code, ...data }, update: data });
    ids.set(u.code, row.id);
  }
  for (const u of UNITS) {
    await db.adminUnit.update({
      where: { code: u.code },
      data: { successorId: u.successor ? (ids.get(u.successor) ?? null) : null },
    });
  }
  for (const [from, tos] of SUCCESSIONS) {
    const fromId = ids.get(from) as string;
    for (const to of tos) {
      const toId = ids.get(to) as string;
      await db.adminUnitSuccession.upsert({
        where: { fromId_toId: { fromId, toId } },
        create: { fromId, toId, source: DEMO_LINK },
        update: { source: DEMO_LINK },
      });
    }
  }
  return ids;
}
