import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Fund } from "@/lib/generated/prisma/enums";
import { TRIEU } from "@/lib/money";
import {
  BG_RESULTS_2012_2022,
  SRC,
  UNNAMED_RESULTS_2016_2020,
  VP_2022_KCQG,
  VP_2022_KCQG_COUNT,
  VP_2023_BATCH1,
  VP_RESULTS_2014_2020,
  VP_TARGETS_2021_2025,
  type FigureSeed,
} from "./figures";

type Ids = {
  units: Map<string, string>;
  agencies: Map<string, string>;
  activities: Map<string, string>;
  indicators: Map<string, string>;
};

const PROGRAMMES = [
  {
    code: "CT-KCQG-2021-2025",
    name: "Chương trình khuyến công quốc gia giai đoạn 2021–2025",
    scope: "NATIONAL",
    startYear: 2021,
    endYear: 2025,
    decisionNo: "1881/QĐ-TTg",
    decisionDate: "2020-11-24",
    agency: "000.00.00.G12",
    source:
      "Quyết định 1881/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình khuyến công quốc gia giai đoạn 2021–2025 (ngày ban hành chưa đối chiếu văn bản)",
  },
  {
    code: "CT-KCQG-2026-2030",
    name: "Chương trình khuyến công quốc gia giai đoạn 2026–2030",
    scope: "NATIONAL",
    startYear: 2026,
    endYear: 2030,
    decisionNo: "2646/QĐ-BCT",
    decisionDate: "2025-09-23",
    agency: "000.00.00.G12",
    source:
      "Quyết định 2646/QĐ-BCT ngày 23/09/2025 của Bộ trưởng Bộ Công Thương phê duyệt Chương trình khuyến công quốc gia giai đoạn 2026–2030",
  },
  {
    code: "CT-KCDP-VP-2014-2020",
    name: "Hoạt động khuyến công tỉnh Vĩnh Phúc giai đoạn 2014–2020",
    scope: "LOCAL",
    startYear: 2014,
    endYear: 2020,
    agency: "000.00.20.H62",
    source: SRC.S002,
  },
  {
    code: "CT-KCDP-VP-2021-2025",
    name: "Chương trình khuyến công tỉnh Vĩnh Phúc giai đoạn 2021–2025",
    scope: "LOCAL",
    startYear: 2021,
    endYear: 2025,
    agency: "000.00.20.H62",
    source: `${SRC.S000} (số quyết định không nêu trong nguồn)`,
  },
  {
    code: "CT-KCDP-2016-2020-KHONG-TEN",
    name: "Hoạt động khuyến công giai đoạn 2016–2020 của một tỉnh (nguồn không nêu tên tỉnh)",
    scope: "LOCAL",
    startYear: 2016,
    endYear: 2020,
    source: SRC.S003,
  },
  {
    code: "CT-KCDP-BG-2012-2022",
    name: "Khuyến công tỉnh Bắc Giang 2012–2022 (10 năm thực hiện Nghị định 45)",
    scope: "LOCAL",
    startYear: 2012,
    endYear: 2022,
    agency: "000.00.20.H06",
    source: SRC.S004,
  },
  {
    code: "CT-KCDP-PT-2026-2030",
    name: "Chương trình khuyến công tỉnh Phú Thọ giai đoạn 2026–2030",
    scope: "LOCAL",
    startYear: 2026,
    endYear: 2030,
    agency: "000.00.20.H45",
    source: "Khung chương trình sẵn sàng nhập chỉ tiêu (chưa có số liệu công bố)",
  },
] as const;

function vnd(f: FigureSeed): bigint {
  return f.money ? BigInt(f.value) * TRIEU : BigInt(f.value);
}

export async function seedProgrammesAndFigures(db: PrismaClient, ids: Ids): Promise<Map<string, string>> {
  const programmes = new Map<string, string>();
  for (const p of PROGRAMMES) {
    const agencyCode = "agency" in p ? p.agency : undefined;
    const data = {
      name: p.name,
      scope: p.scope,
      startYear: p.startYear,
      endYear: p.endYear,
      decisionNo: "decisionNo" in p ? p.decisionNo : null,
      decisionDate: "decisionDate" in p ? new Date(p.decisionDate) : null,
      agencyId: agencyCode ? (ids.agencies.get(agencyCode) ?? null) : null,
      source: p.source,
    };
    const row = await db.programme.upsert({ where: { code: p.code }, create: { code: p.code, ...data }, update: data });
    programmes.set(p.code, row.id);
  }
  const sources = Object.values(SRC);
  await db.target.deleteMany({ where: { source: { in: sources } } });
  await db.result.deleteMany({ where: { origin: "SEED" } });

  const vp = ids.units.get("26") ?? null;
  const bg = ids.units.get("24") ?? null;
  await db.target.createMany({
    data: VP_TARGETS_2021_2025.map((t) => ({
      indicatorId: ids.indicators.get(t.indicator) as string,
      programmeId: programmes.get("CT-KCDP-VP-2021-2025") ?? null,
      startYear: 2021,
      endYear: 2025,
      provinceId: vp,
      agencyId: ids.agencies.get("000.00.20.H62") ?? null,
      fund: (t.indicator === "KP_KC_DP" ? "KCDP" : null) as Fund | null,
      value: vnd(t),
      atLeast: t.atLeast ?? false,
      approximate: t.approximate ?? false,
      rawText: t.raw,
      source: t.source,
      note: t.note ?? null,
    })),
  });
  const resultRows = (
    list: FigureSeed[],
    startYear: number,
    endYear: number,
    provinceId: string | null,
    agencyCode: string | null,
    fund: Fund | null,
  ) =>
    list.map((r) => ({
      indicatorId: ids.indicators.get(r.indicator) as string,
      startYear: r.year ?? startYear,
      endYear: r.year ?? endYear,
      year: r.year ?? null,
      provinceId,
      agencyId: agencyCode ? (ids.agencies.get(agencyCode) ?? null) : null,
      fund: r.money && r.indicator !== "VON_DOI_UNG" ? fund : null,
      activityCategoryId: r.activity ? (ids.activities.get(`${r.activity}@ND45`) ?? null) : null,
      communeId: r.district ? (ids.units.get(r.district) ?? null) : null,
      value: vnd(r),
      atLeast: r.atLeast ?? false,
      approximate: r.approximate ?? false,
      origin: "SEED" as const,
      status: "APPROVED" as const,
      rawText: r.raw,
      source: r.source,
      evidence: r.note ?? null,
    }));
  await db.result.createMany({
    data: [
      ...resultRows(VP_RESULTS_2014_2020, 2014, 2020, vp, "000.00.20.H62", "KCDP"),
      ...resultRows(UNNAMED_RESULTS_2016_2020, 2016, 2020, null, null, null),
      ...resultRows(BG_RESULTS_2012_2022, 2012, 2022, bg, "000.00.20.H06", null),
      ...resultRows([VP_2023_BATCH1], 2023, 2023, vp, "000.00.20.H62", null),
      ...resultRows([VP_2022_KCQG, VP_2022_KCQG_COUNT], 2022, 2022, vp, "000.00.20.H62", "KCQG"),
    ],
  });
  return programmes;
}
