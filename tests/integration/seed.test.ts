import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPgliteTestDb } from "@/tests/helpers/test-db";
import { seedFixtures } from "@/tests/helpers/fixtures";
import { TRIEU, TY } from "@/lib/money";

// The demo data is the articles' data: these are the figures a leader will read and quote.
let db: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => {
  const t = await createPgliteTestDb();
  db = t.prisma;
  close = t.close;
  await seedFixtures(db);
  await seedFixtures(db); // idempotent: a second run must not duplicate anything
});
afterAll(async () => close?.());

async function targetValue(code: string): Promise<bigint> {
  const rows = await db.target.findMany({
    where: { indicator: { code }, startYear: 2021, endYear: 2025 },
    select: { value: true },
  });
  expect(rows).toHaveLength(1);
  return rows[0]!.value;
}

async function resultSum(where: Parameters<PrismaClient["result"]["aggregate"]>[0]["where"]): Promise<bigint> {
  const agg = await db.result.aggregate({ where, _sum: { value: true } });
  return agg._sum.value ?? 0n;
}

describe("seeded figures (domain.md §8)", () => {
  it("has the Vĩnh Phúc 2021–2025 targets exactly, with their source", async () => {
    expect(await targetValue("LD_DAO_TAO")).toBe(350n);
    expect(await targetValue("CS_MO_HINH_TD")).toBe(160n);
    expect(await targetValue("CS_SXSH")).toBe(8n);
    expect(await targetValue("CS_TH_TU_VAN")).toBe(60n);
    expect(await targetValue("KP_KC_DP")).toBe(38n * TY);
    const budget = await db.target.findFirstOrThrow({ where: { indicator: { code: "KP_KC_DP" } } });
    expect(budget.atLeast).toBe(true);
    expect(budget.rawText).toBe("trên 38 tỷ đồng");
    expect(budget.source).toContain("«Để thúc đẩy công nghiệp nông thôn phát triển");
  });

  it("keeps the 2014–2020 total and shows 1.883 triệu as not itemised", async () => {
    const total = await resultSum({ indicator: { code: "KP_KC_DP" }, startYear: 2014, endYear: 2020 });
    const itemised = await resultSum({ indicator: { code: "KP_THEO_NOI_DUNG" }, startYear: 2014, endYear: 2020 });
    expect(total).toBe(27_872n * TRIEU);
    expect(itemised).toBe(25_989n * TRIEU);
    expect(total - itemised).toBe(1_883n * TRIEU);
  });

  it("has the Bắc Giang beneficiaries by historic district summing to 142 of 269", async () => {
    const districts = await db.result.findMany({
      where: { indicator: { code: "CS_THU_HUONG_KK" } },
      select: { value: true, communeId: true },
    });
    expect(districts.map((d) => Number(d.value)).sort((a, b) => a - b)).toEqual([20, 20, 25, 31, 46]);
    expect(districts.reduce((s, d) => s + d.value, 0n)).toBe(142n);
    // Corrections 2–3: figures stay under the historic district, which maps to its successor communes (no
    // single successor), and no district or commune is flagged difficult on the strength of this article.
    const units = await db.adminUnit.findMany({
      where: { id: { in: districts.map((d) => d.communeId as string) } },
      select: {
        level: true,
        validTo: true,
        successorId: true,
        difficultArea: true,
        _count: { select: { successions: true } },
      },
    });
    expect(
      units.every(
        (u) =>
          u.level === "DISTRICT" &&
          u.validTo?.toISOString().startsWith("2025-06-30") &&
          !u.successorId &&
          u._count.successions >= 1 &&
          !u.difficultArea,
      ),
    ).toBe(true);
    const lucNgan = await db.adminUnit.findUniqueOrThrow({
      where: { code: "24-LUC-NGAN" },
      select: { successions: { select: { to: { select: { name: true } } } } },
    });
    expect(lucNgan.successions.length).toBeGreaterThan(1);
    const flagged = await db.adminUnit.findMany({
      where: { difficultArea: true },
      select: { difficultAreaIllustrative: true },
    });
    expect(flagged.every((u) => u.difficultAreaIllustrative)).toBe(true);
    expect(await resultSum({ indicator: { code: "CS_THU_HUONG" } })).toBe(269n);
  });

  it("splits the 2022 national 2.170 triệu across P1–P4 within the caps, marked illustrative", async () => {
    const ps = await db.proposal.findMany({
      where: { year: 2022, fund: "KCQG" },
      select: {
        title: true,
        approvedSupport: true,
        source: true,
        fictional: true,
        budgetLines: { select: { costKind: true, total: true, requestedSupport: true } },
      },
    });
    expect(ps).toHaveLength(4);
    expect(ps.reduce((s, p) => s + (p.approvedSupport ?? 0n), 0n)).toBe(2_170n * TRIEU);
    for (const p of ps) {
      expect(p.source).toMatch(/MINH HỌA/);
      expect(p.fictional).toBe(true);
      for (const l of p.budgetLines) {
        if (l.costKind === "MACHINERY")
          expect(l.requestedSupport <= 300n * TRIEU && l.requestedSupport * 2n <= l.total).toBe(true);
        if (l.costKind === "TECH_LINE")
          expect(l.requestedSupport <= 450n * TRIEU && l.requestedSupport * 2n <= l.total).toBe(true);
      }
    }
  });

  it("keeps historic provinces linked to their successors and one account per demo role", async () => {
    const vp = await db.adminUnit.findUniqueOrThrow({
      where: { code: "26" },
      select: { successor: { select: { name: true } }, validTo: true },
    });
    expect(vp.successor?.name).toBe("tỉnh Phú Thọ");
    const bg = await db.adminUnit.findUniqueOrThrow({
      where: { code: "24" },
      select: { successor: { select: { name: true } } },
    });
    expect(bg.successor?.name).toBe("tỉnh Bắc Ninh");
    const roles = await db.user.groupBy({ by: ["role"], _count: { _all: true } });
    expect(roles.map((r) => r.role).sort()).toEqual([
      "ADMIN",
      "APPRAISER",
      "ENTERPRISE",
      "LEADER",
      "MINISTRY_VIEWER",
      "STAFF",
    ]);
    expect(await db.proposal.count()).toBe(14);
  });
});
