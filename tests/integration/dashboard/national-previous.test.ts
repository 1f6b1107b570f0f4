import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/queries";
import { parseFilters } from "@/lib/dashboard/filters";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, createPostgresTestDb, describeOnPostgres } from "@/tests/helpers/test-db";

// The whole country's previous period (issue 21): read as which provinces report it, over which period, and its sums
// per year — the same figures, national notes and previous totals as from every province's rows per year (a report's
// cut-off date reads those, from the results themselves).
function suite(create: () => Promise<{ prisma: PrismaClient; close: () => Promise<void> }>) {
  let db: PrismaClient;
  let close: () => Promise<void>;
  const asOf = new Date(Date.UTC(2033, 5, 30));

  beforeAll(async () => {
    ({ prisma: db, close } = await create());
    await seedFixtures(db);
    setDbForTesting(db);
    // Two national programmes, so that 2026–2030 is the period before 2031–2035.
    for (const [code, startYear, endYear] of [
      ["T-QG-2026", 2026, 2030],
      ["T-QG-2031", 2031, 2035],
    ] as const)
      await db.programme.create({ data: { code, name: code, scope: "NATIONAL", startYear, endYear } });
    const provinces = await db.adminUnit.findMany({
      where: { level: "PROVINCE", validTo: null },
      orderBy: { code: "asc" },
    });
    const merged = await db.adminUnit.findFirstOrThrow({ where: { level: "PROVINCE", successorId: { not: null } } });
    const indicator = (code: string, cumulative = true) =>
      db.indicator.create({ data: { code, name: `Chỉ tiêu thử ${code}`, unit: "cơ sở", cumulative, position: 900 } });
    // ALL: every province in both periods (one by a merged province, one by a whole-period figure, some "trên"/"khoảng").
    // GAP: the first province has no previous figure. NAMELESS: a previous figure of a province the source does not
    // name. STOCK: not cumulative (the latest year counts), every province in both periods.
    const [all, gap, nameless, stock] = await Promise.all([
      indicator("T_ALL"),
      indicator("T_GAP"),
      indicator("T_NAMELESS"),
      indicator("T_STOCK", false),
    ]);
    const rows: Prisma.ResultCreateManyInput[] = [];
    const row = (indicatorId: string, provinceId: string | null, year: number | null, value: number, extra = {}) => {
      const prev = year === null ? extra && "period" in extra : year <= 2030;
      const { period: _p, ...rest } = extra as { period?: boolean };
      rows.push({
        indicatorId,
        provinceId,
        year,
        startYear: prev ? 2026 : 2031,
        endYear: prev ? 2030 : 2035,
        value: BigInt(value),
        origin: "MANUAL",
        status: "APPROVED",
        evidence: "QĐ thử",
        ...rest,
      });
    };
    provinces.forEach((p, i) => {
      const id = p.id === merged.successorId ? merged.id : p.id;
      for (const ind of [all.id, stock.id, nameless.id]) {
        if (i === 1 && ind === all.id) row(ind, id, null, 40 + i, { period: true });
        else {
          row(ind, id, 2027, 10 + i, { atLeast: i === 0 });
          row(ind, id, 2029, 20 + i, { approximate: i === 0 });
        }
        row(ind, id, 2032, 30 + i);
      }
      if (i > 0) row(gap.id, p.id, 2028, 5 + i);
      row(gap.id, p.id, 2033, 7 + i);
    });
    row(nameless.id, null, 2028, 99);
    await db.result.createMany({ data: rows });
  }, 120_000);

  afterAll(async () => {
    setDbForTesting(undefined);
    await close();
  });

  describe("the whole country's previous period", () => {
    it("gives the same rows as every province's figures per year", async () => {
      const bo = await actorFor(db, "bo@demo.vn");
      for (const q of [{ ky: "2031-2035" }, { ky: "2031-2035", nam: "2032" }]) {
        const d = await getDashboard(bo, parseFilters(q), { asOf });
        expect(d.previousPeriod?.label).toBe("2026–2030");
        const fromRows = await getDashboard(bo, parseFilters(q), { asOf, cutoff: new Date("2100-01-01") });
        expect(d.indicators).toEqual(fromRows.indicators);
        const by = (code: string) => d.indicators.find((r) => r.code === code)!;
        // Every province over one period: a previous national total, its qualifiers kept.
        expect(by("T_ALL").previous?.hasData).toBe(true);
        expect(by("T_ALL").previous?.display).toMatch(/^trên /);
        expect(by("T_STOCK").previous?.hasData).toBe(true);
        // A province missing, or a province the source does not name: none.
        expect(by("T_GAP").previous?.hasData).toBe(false);
        expect(by("T_NAMELESS").previous?.hasData).toBe(false);
      }
      // The figures themselves: ALL's previous total is every province's 2027 and 2029 figures and the one whole-period
      // figure; STOCK's is its 2029 figures (not cumulative: the latest year).
      const provinces = await db.adminUnit.count({ where: { level: "PROVINCE", validTo: null } });
      expect(provinces).toBeGreaterThan(1);
      const d = await getDashboard(bo, parseFilters({ ky: "2031-2035" }), { asOf });
      let all = 0;
      let stock = 0;
      for (let i = 0; i < provinces; i++) {
        all += i === 1 ? 40 + i : 10 + i + 20 + i;
        stock += 20 + i;
      }
      expect(d.indicators.find((r) => r.code === "T_ALL")!.previous?.value).toBe(String(all));
      expect(d.indicators.find((r) => r.code === "T_STOCK")!.previous?.value).toBe(String(stock));
      // A figure the country may sum: the page lists no province under it, and says how many it sums.
      const summed = d.indicators.find((r) => r.code === "T_ALL")!;
      expect(summed.actual.hasData).toBe(true);
      expect(summed.series).toHaveLength(provinces);
      const page = await getDashboard(bo, parseFilters({ ky: "2031-2035" }), { asOf, seriesShown: 6 });
      const listed = page.indicators.find((r) => r.code === "T_ALL")!;
      expect(listed.series).toEqual([]);
      expect(listed.seriesTotal).toBe(provinces);
    });
  });
}

describe("PGlite", () => suite(createPgliteTestDb));
describeOnPostgres("whole country, previous period", () => suite(createPostgresTestDb));
