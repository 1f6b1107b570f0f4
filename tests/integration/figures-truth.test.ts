import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/queries";
import { parseFilters } from "@/lib/dashboard/filters";
import { listPublicChiTieu, listPublicDeAn } from "@/lib/public-data/queries";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb } from "@/tests/helpers/test-db";
import { NO_DRIFT, rollupDrift } from "@/tests/helpers/rollup-check";

// Issue 12 on the seeded data: no cross-province sums, illustrative money flagged and out of official
// totals, one counterpart ratio over one set of đề án, units and qualifiers as the sources write them.
const TRIEU = 1_000_000n;
let db: PrismaClient;
let close: () => Promise<void>;
const asOf = new Date(Date.UTC(2026, 11, 1));

beforeAll(async () => {
  ({ prisma: db, close } = await createPgliteTestDb());
  await seedFixtures(db);
  setDbForTesting(db);
}, 120_000);
afterAll(async () => {
  setDbForTesting(undefined);
  await close();
});

describe("item 1: provinces and periods are never added together", () => {
  it("the ministry's dashboard shows each province's counterpart side by side, with no 338 tỷ total", async () => {
    const d = await getDashboard(await actorFor(db, "bo@demo.vn"), parseFilters({ ky: "2014-2020" }), { asOf });
    const von = d.indicators.find((r) => r.code === "VON_DOI_UNG");
    expect(von?.actual.hasData).toBe(false);
    expect(von?.actual.display).not.toMatch(/338/);
    expect(von?.series?.map((s) => s.display).sort()).toEqual(["95 tỷ đồng", "khoảng 243 tỷ đồng"]);
    expect(von?.nationalNote).toMatch(/không nêu tên/);
    for (const code of ["HV_QUAN_LY", "HOI_THAO", "DAI_BIEU"])
      expect(d.indicators.find((r) => r.code === code)?.actual.hasData).toBe(false);
  });

  it("the page's shorter list is the full list's first provinces, and still counts them all", async () => {
    const bo = await actorFor(db, "bo@demo.vn");
    let cut = 0;
    for (const ky of ["2014-2020", "2016-2020", "2021-2025"]) {
      const full = await getDashboard(bo, parseFilters({ ky }), { asOf });
      const page = await getDashboard(bo, parseFilters({ ky }), { asOf, seriesShown: 1 });
      expect(page.indicators.map((r) => r.code)).toEqual(full.indicators.map((r) => r.code));
      cut += full.indicators.filter((r) => (r.series?.length ?? 0) > 1).length;
      for (const [i, r] of page.indicators.entries()) {
        const all = full.indicators[i]!;
        expect(r.series).toEqual(all.series!.slice(0, all.actual.hasData ? 0 : 1));
        expect(r.seriesTotal).toBe(all.series!.length);
        expect({ ...r, series: null, seriesTotal: null }).toEqual({ ...all, series: null, seriesTotal: null });
      }
    }
    expect(cut).toBeGreaterThan(0); // some list was cut
  });

  it("the open-data API without a province has no summed figure and no invented previous period", async () => {
    const now = await listPublicChiTieu({ ky: "2021-2025" }, asOf);
    expect(now.giaiDoanTruoc).toBeNull();
    const hv = (await listPublicChiTieu({ ky: "2014-2020" }, asOf)).data.find((r) => r.ma === "HV_QUAN_LY");
    expect(hv?.thucHien).toBeNull();
    expect(hv?.theoTinh?.map((x) => x.hienThi).sort()).toEqual(["655 học viên", "740 học viên"]);
    expect((await listPublicChiTieu({ ky: "2012-2022" }, asOf)).giaiDoanTruoc).toBeNull();
    // A province's own series still has its previous period.
    expect((await listPublicChiTieu({ ky: "2021-2025", tinh: "25" }, asOf)).giaiDoanTruoc).toBe("2014-2020");
  });
});

describe("item 2: invented amounts are flagged and left out of official totals", () => {
  it("the API flags every 2022 đề án and its official total is the facts only", async () => {
    const off = await listPublicDeAn({ nam: 2022, tinh: "25", trang: 1, soDong: 20 });
    expect(off.data).toHaveLength(4);
    expect(off.data.every((r) => r.minhHoa)).toBe(true);
    expect(off.tongKinhPhiHoTro).toBe("0");
    const on = await listPublicDeAn({ nam: 2022, tinh: "25", trang: 1, soDong: 20, minhHoa: "1" });
    expect(on.tongKinhPhiHoTro).toBe((2_170n * TRIEU).toString());
  });

  it("the leader's dashboard leaves the illustrative split out unless asked, and shows the fact 2,17 tỷ beside > 2 tỷ", async () => {
    const leader = await actorFor(db, "lanhdao@demo.vn");
    const d = await getDashboard(leader, parseFilters({}), { asOf });
    expect(d.budget.total.committed).toBe("0");
    expect(d.budget.total.leverage).toBe("—");
    const withDemo = await getDashboard(leader, parseFilters({ minhHoa: "1" }), { asOf });
    expect(withDemo.budget.total.committed).toBe((2_170n * TRIEU).toString());
    const approved = d.indicators.find((r) => r.code === "KP_PHE_DUYET");
    expect(approved?.byYear.find((y) => y.year === 2022)?.display).toBe("2,17 tỷ đồng");
    expect(approved?.byYear.find((y) => y.year === 2023)?.toDateDisplay).toMatch(/^trên /);
  });
});

describe("item 3: the counterpart ratio divides over one set of đề án", () => {
  it("planned = planned counterpart ÷ committed support; settling one đề án does not inflate it", async () => {
    const leader = await actorFor(db, "lanhdao@demo.vn");
    const f = parseFilters({ minhHoa: "1" });
    const before = await getDashboard(leader, f, { asOf });
    const t = before.budget.total;
    const planned = (BigInt(t.plannedCounterpart) * 10n + BigInt(t.committed) / 2n) / BigInt(t.committed);
    expect(t.leverage).toBe(`${(Number(planned) / 10).toLocaleString("vi-VN")} : 1`);
    const p1 = await db.proposal.findFirstOrThrow({
      where: { year: 2022, fund: "KCQG", approvedSupport: 300n * TRIEU },
      select: { id: true },
    });
    const by = (await db.user.findFirstOrThrow({ where: { email: "chuyenvien@demo.vn" } })).id;
    await db.settlement.create({
      data: {
        proposalId: p1.id,
        number: "QT-F-1",
        settledAt: new Date("2023-01-15"),
        approvedSupport: 300n * TRIEU,
        disbursed: 100n * TRIEU,
        refunded: 0n,
        settledSupport: 100n * TRIEU,
        counterpart: 90n * TRIEU,
        createdById: by,
      },
    });
    const after = (await getDashboard(leader, f, { asOf })).budget.total;
    expect(after.leverage).toBe(t.leverage);
    expect(after.leverageDocumented).toBe("0,9 : 1");
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
  });
});

describe("items 6–7: units as written; historic districts kept", () => {
  it("keeps mô hình, the two kinds of hội nghị and the qualifiers apart", async () => {
    const d = await getDashboard(await actorFor(db, "lanhdao@demo.vn"), parseFilters({ ky: "2014-2020" }), { asOf });
    const by = (code: string) => d.indicators.find((r) => r.code === code)?.actual.display;
    expect(by("HOI_NGHI_SXSH")).toBe("4 hội nghị");
    expect(by("HOI_NGHI_TAP_HUAN")).toBe("7 hội nghị");
    expect(by("NGUOI_HN_SXSH")).toBe("400 người");
    expect(by("HV_TAP_HUAN")).toBe("891 học viên");
    expect(by("HOI_THAO")).toBeUndefined();
    expect(by("VON_DOI_UNG")).toBe("khoảng 243 tỷ đồng");
    const bo = await getDashboard(await actorFor(db, "bo@demo.vn"), parseFilters({ ky: "2016-2020" }), { asOf });
    expect(bo.indicators.find((r) => r.code === "MO_HINH")?.series?.[0]?.display).toBe("5 mô hình");
    expect(bo.indicators.find((r) => r.code === "MO_HINH_TD")).toBeUndefined();
  });

  it("no commune is difficult because a district was named, and districts have several successors", async () => {
    const hiepHoa = await db.adminUnit.findUniqueOrThrow({ where: { code: "27-HIEP-HOA" } });
    expect(hiepHoa.difficultArea).toBe(false);
    const lucNgan = await db.adminUnit.findUniqueOrThrow({
      where: { code: "24-LUC-NGAN" },
      include: { successions: true },
    });
    expect(lucNgan.successorId).toBeNull();
    expect(lucNgan.successions.length).toBeGreaterThan(1);
  });
});
