import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/queries";
import { listDrillProposals } from "@/lib/dashboard/drilldown-query";
import { listDrillResults } from "@/lib/dashboard/drilldown-results-query";
import { parseFilters } from "@/lib/dashboard/filters";
import { formatMoneyShort } from "@/lib/metrics/format";
import { listPublicChiTieu, listPublicDeAn } from "@/lib/public-data/queries";
import { actorFor } from "@/tests/helpers/fixtures";
import { createPgliteTestDb } from "@/tests/helpers/test-db";
import { seedFixtures } from "@/tests/helpers/fixtures";
import { seedVinhPhucTrainingResults } from "@/tests/helpers/dashboard-results";

const TRIEU = 1_000_000n;
let db: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ prisma: db, close } = await createPgliteTestDb());
  await seedFixtures(db);
  setDbForTesting(db);
  // Money movements on P1 (Vĩnh Phúc 2022): advance 70 %, final payment, a refund; counterpart settled.
  const p1 = await db.proposal.findFirstOrThrow({
    where: { title: { startsWith: "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản xuất gia công" } },
    select: { id: true, createdById: true },
  });
  const by = (await db.user.findFirstOrThrow({ where: { email: "chuyenvien@demo.vn" } })).id;
  await db.ledgerEntry.createMany({
    data: [
      { proposalId: p1.id, kind: "ADVANCE", amount: 210n * TRIEU, occurredAt: new Date("2022-06-01"), createdById: by },
      {
        proposalId: p1.id,
        kind: "FINAL_PAYMENT",
        amount: 90n * TRIEU,
        occurredAt: new Date("2022-11-01"),
        createdById: by,
      },
      { proposalId: p1.id, kind: "REFUND", amount: 10n * TRIEU, occurredAt: new Date("2022-12-01"), createdById: by },
    ],
  });
  await db.settlement.create({
    data: {
      proposalId: p1.id,
      number: "QT-TEST-1",
      settledAt: new Date("2023-01-15"),
      approvedSupport: 300n * TRIEU,
      disbursed: 290n * TRIEU,
      refunded: 10n * TRIEU,
      settledSupport: 290n * TRIEU,
      counterpart: 320n * TRIEU,
      createdById: by,
    },
  });
  const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.00.20.H62" } });
  await db.budgetEnvelope.create({ data: { agencyId: agency.id, year: 2022, fund: "KCQG", amount: 2_500n * TRIEU } });
  // Results in 2021–2025: approved rows count, a draft does not.
  await seedVinhPhucTrainingResults(db);
}, 120_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await close();
});

const asOf = new Date(Date.UTC(2023, 11, 31));

describe("the dashboard of a Phú Thọ leader (Vĩnh Phúc merged in)", () => {
  it("shows the seeded 2021–2025 targets exactly and the 2014–2020 results as the previous period", async () => {
    const d = await getDashboard(await actorFor(db, "lanhdao@demo.vn"), parseFilters({}), { asOf });
    const by = (code: string) => d.indicators.find((r) => r.code === code);
    expect(by("LD_DAO_TAO")?.target?.display).toBe("350 người");
    expect(by("CS_MO_HINH_TD")?.target?.display).toBe("160 cơ sở");
    expect(by("CS_SXSH")?.target?.display).toBe("8 cơ sở");
    expect(by("CS_TH_TU_VAN")?.target?.display).toBe("60 cơ sở");
    expect(by("KP_KC_DP")?.target?.display).toBe("trên 38 tỷ đồng");
    expect(d.previousPeriod?.label).toBe("2014–2020");
    expect(by("KP_KC_DP")?.previous?.display).toBe("27,872 tỷ đồng");
    // R2…R35 itemise 25,989 of the 27,872 tỷ (domain §8.2).
    expect(by("KP_THEO_NOI_DUNG")?.previous?.value).toBe((25_989n * TRIEU).toString());
  });

  it("counts only approved results, and % achieved is actual over target", async () => {
    const d = await getDashboard(await actorFor(db, "lanhdao@demo.vn"), parseFilters({}), { asOf });
    const ld = d.indicators.find((r) => r.code === "LD_DAO_TAO");
    expect(ld?.actual.value).toBe("175");
    expect(ld?.percentBp).toBe(5000);
    const drill = await listDrillResults(await actorFor(db, "lanhdao@demo.vn"), parseFilters({}), "LD_DAO_TAO");
    expect(drill.rows.reduce((s, r) => s + BigInt(r.value), 0n)).toBe(175n);
  });

  it("budget figures equal the sums of the đề án and ledger lines behind them", async () => {
    const actor = await actorFor(db, "lanhdao@demo.vn");
    // The 2022 split is illustrative (issue 12 item 2): counted only when the viewer includes it.
    const d = await getDashboard(actor, parseFilters({ minhHoa: "1" }), { asOf });
    const row = d.budget.rows.find((r) => r.year === 2022 && r.fund === "KCQG");
    const approved = await db.proposal.aggregate({
      where: {
        year: 2022,
        fund: "KCQG",
        status: { in: ["APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED"] },
        agency: { code: { in: ["000.00.20.H62", "000.20.30.H62"] } },
      },
      _sum: { approvedSupport: true },
      _count: true,
    });
    expect(row?.committed).toBe(approved._sum.approvedSupport?.toString());
    expect(row?.count).toBe(approved._count);
    expect(row?.disbursed).toBe((290n * TRIEU).toString());
    expect(row?.settled).toBe((290n * TRIEU).toString());
    expect(row?.planned).toBe((2_500n * TRIEU).toString());
    const drill = await listDrillProposals(actor, parseFilters({ nam: "2022", nguon: "KCQG", minhHoa: "1" }));
    expect(drill.rows.reduce((s, r) => s + BigInt(r.committed), 0n).toString()).toBe(row?.committed);
    expect(drill.rows.reduce((s, r) => s + BigInt(r.disbursed), 0n).toString()).toBe(row?.disbursed);
    const cats = d.categories.reduce((s, c) => s + BigInt(c.committed), 0n);
    const communes = d.communes.reduce((s, c) => s + BigInt(c.committed), 0n);
    expect(cats.toString()).toBe(d.budget.total.committed);
    expect(communes.toString()).toBe(d.budget.total.committed);
  });
});

describe("drill-down pages (issue 21: bounded)", () => {
  it("walks the đề án behind a figure page by page: no overlap, no gap, totals over all of them", async () => {
    const actor = await actorFor(db, "lanhdao@demo.vn");
    const f = parseFilters({ ky: "2012-2030", minhHoa: "1" });
    const all = await listDrillProposals(actor, f, { pageSize: 500 });
    expect(all.next).toBeNull();
    expect(all.rows.length).toBe(all.total.count);
    expect(all.rows.length).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = await listDrillProposals(actor, f, { pageSize: 2, after });
      expect(page.rows.length).toBeLessThanOrEqual(2);
      expect(page.total).toEqual(all.total);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual(all.rows.map((r) => r.id));
    // A forged or foreign cursor is ignored (first page), never an error.
    expect((await listDrillProposals(actor, f, { pageSize: 2, after: "%%%" })).rows.map((r) => r.id)).toEqual(
      seen.slice(0, 2),
    );
  });

  it("walks the results behind an indicator page by page", async () => {
    const actor = await actorFor(db, "lanhdao@demo.vn");
    const all = await listDrillResults(actor, parseFilters({}), "LD_DAO_TAO", { pageSize: 500 });
    expect(all.count).toBe(all.rows.length);
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = await listDrillResults(actor, parseFilters({}), "LD_DAO_TAO", { pageSize: 1, after });
      expect(page.count).toBe(all.count);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual(all.rows.map((r) => r.id));
  });
});

describe("scope", () => {
  it("a Bắc Ninh officer sees Bắc Giang's beneficiaries under the historic districts, not Vĩnh Phúc's figures", async () => {
    const actor = await actorFor(db, "chuyenvien.bacninh@demo.vn");
    const d = await getDashboard(actor, parseFilters({ ky: "2012-2022" }), { asOf });
    expect(d.indicators.find((r) => r.code === "CS_THU_HUONG_KK")?.actual.value).toBe("142");
    // A district went to several communes: its figures stay under "huyện Lục Ngạn (cũ)", never one commune's.
    expect(d.communeResults.find((r) => r.label === "xã Lục Ngạn")).toBeUndefined();
    const lucNgan = d.communeResults.find((r) => r.label === "huyện Lục Ngạn (cũ)");
    expect(lucNgan?.display).toBe("46 cơ sở");
    const own = await getDashboard(actor, parseFilters({}), { asOf });
    expect(own.indicators.find((r) => r.code === "LD_DAO_TAO")).toBeUndefined();
    expect(own.budget.total.committed).toBe("0");
  });

  it("refuses roles without dashboard.view", async () => {
    await expect(getDashboard(await actorFor(db, "doanhnghiep@demo.vn"), parseFilters({}))).rejects.toThrow(/quyền/);
  });
});

describe("public open data", () => {
  it("publishes approved đề án without tax codes or personal data", async () => {
    const page = await listPublicDeAn({ trang: 1, soDong: 100 });
    expect(page.total).toBeGreaterThan(0);
    const text = JSON.stringify(page);
    const withTax = await db.establishment.findMany({
      where: { taxCode: { not: null } },
      select: { taxCode: true, representative: true, phone: true },
    });
    for (const e of withTax) {
      expect(text).not.toContain(e.taxCode!);
      if (e.representative) expect(text).not.toContain(e.representative);
    }
    for (const row of page.data)
      expect(Object.keys(row).sort()).toEqual(
        [
          "donViThuHuong",
          "id",
          "kinhPhiHoTro",
          "ma",
          "minhHoa",
          "nam",
          "nguon",
          "noiDung",
          "nguonKinhPhi",
          "ten",
          "tinh",
          "tinhHienNay",
          "trangThai",
          "trangThaiTen",
          "xa",
        ].sort(),
      );
    expect(
      page.data.every((r) => ["APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED"].includes(r.trangThai)),
    ).toBe(true);
  });

  it("filters by province including its historic predecessor, and by year", async () => {
    const pt = await listPublicDeAn({ tinh: "25", nam: 2022, trang: 1, soDong: 20 });
    expect(pt.data.map((r) => r.tinh)).toEqual(Array(pt.data.length).fill("tỉnh Vĩnh Phúc"));
    expect(pt.total).toBe(4);
    const bn = await listPublicDeAn({ tinh: "27", nam: 2022, trang: 1, soDong: 20 });
    expect(bn.total).toBe(0);
  });

  it("gives targets against results per indicator", async () => {
    const r = await listPublicChiTieu({ ky: "2021-2025", tinh: "25" }, asOf);
    expect(r.data.find((x) => x.ma === "LD_DAO_TAO")?.mucTieu?.giaTri).toBe("350");
    expect(r.giaiDoanTruoc).toBe("2014-2020");
  });
});

// Last in this file: it stops a đề án with money on it.
describe("drill-down totals from the roll-up (issue 21)", () => {
  it("equal the sums of every đề án listed, with a stopped one, by fund and without a commune", async () => {
    const actor = await actorFor(db, "lanhdao@demo.vn");
    const p1 = await db.proposal.findFirstOrThrow({
      where: { title: { startsWith: "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản xuất gia công" } },
      select: { id: true },
    });
    // Stopped after its advance: counted in the list and in the money paid out, no longer in committed support.
    await db.proposal.update({ where: { id: p1.id }, data: { status: "STOPPED" } });
    for (const q of [
      { ky: "2012-2030", minhHoa: "1" },
      { ky: "2012-2030", minhHoa: "1", nguon: "KCQG" },
      { ky: "2012-2030", minhHoa: "1", xa: "none" },
      { ky: "2012-2030" },
    ]) {
      const all = await listDrillProposals(actor, parseFilters(q), { pageSize: 500 });
      expect(all.next).toBeNull();
      expect(all.total.count).toBe(all.rows.length);
      const sum = (k: "committed" | "disbursed" | "settled" | "counterpart") =>
        formatMoneyShort(all.rows.reduce((s, r) => s + BigInt(r[k]), 0n));
      expect(all.total).toEqual({
        count: all.rows.length,
        committed: sum("committed"),
        disbursed: sum("disbursed"),
        settled: sum("settled"),
        counterpart: sum("counterpart"),
      });
      if (q.xa === "none") expect(all.rows.every((r) => r.commune === null)).toBe(true);
    }
    const withStopped = await listDrillProposals(actor, parseFilters({ ky: "2012-2030", minhHoa: "1" }), {
      pageSize: 500,
    });
    const stopped = withStopped.rows.find((r) => r.id === p1.id);
    expect(stopped?.committed).toBe("0");
    expect(stopped?.disbursed).toBe((290n * TRIEU).toString());
  });
});
