import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/queries";
import { reportSpec } from "@/lib/reports/periodic";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb } from "@/tests/helpers/test-db";

// Issue 12 item 4: "Báo cáo 6 tháng đầu năm 2026 — số liệu đến ngày 30/06/2026" counts results by their
// acceptance/approval date and money by its posting date, up to the cut-off; December 2026 is not in it.
const TRIEU = 1_000_000n;
let db: PrismaClient;
let close: () => Promise<void>;
const today = new Date(Date.UTC(2026, 11, 20));

beforeAll(async () => {
  ({ prisma: db, close } = await createPgliteTestDb());
  await seedFixtures(db);
  setDbForTesting(db);
  const by = (await db.user.findFirstOrThrow({ where: { email: "lanhdao@demo.vn" } })).id;
  const pt = await db.adminUnit.findUniqueOrThrow({ where: { code: "25" } });
  const ld = await db.indicator.findUniqueOrThrow({ where: { code: "LD_DAO_TAO" } });
  await db.result.createMany({
    data: [
      {
        indicatorId: ld.id,
        year: 2026,
        startYear: 2026,
        endYear: 2030,
        provinceId: pt.id,
        value: 40n,
        origin: "MANUAL",
        status: "APPROVED",
        approvedAt: new Date("2026-05-20"),
        approvedById: by,
        evidence: "QĐ 5/QĐ-SCT",
      },
      {
        indicatorId: ld.id,
        year: 2026,
        startYear: 2026,
        endYear: 2030,
        provinceId: pt.id,
        value: 25n,
        origin: "MANUAL",
        status: "APPROVED",
        approvedAt: new Date("2026-12-05"),
        approvedById: by,
        evidence: "QĐ 90/QĐ-SCT",
      },
    ],
  });
  // D6 (approved 2026, 250 triệu): an advance in March, a payment in December.
  const d6 = await db.proposal.findFirstOrThrow({
    where: { title: { startsWith: "Hỗ trợ máy chẻ và vót nan" } },
    select: { id: true },
  });
  await db.proposal.update({ where: { id: d6.id }, data: { decidedAt: new Date("2026-02-10") } });
  await db.ledgerEntry.createMany({
    data: [
      { proposalId: d6.id, kind: "ADVANCE", amount: 100n * TRIEU, occurredAt: new Date("2026-03-15"), createdById: by },
      {
        proposalId: d6.id,
        kind: "FINAL_PAYMENT",
        amount: 150n * TRIEU,
        occurredAt: new Date("2026-12-10"),
        createdById: by,
      },
    ],
  });
}, 120_000);
afterAll(async () => {
  setDbForTesting(undefined);
  await close();
});

describe("a 6-month report is cut at its date", () => {
  it("excludes a result approved and a payment posted after 30/06/2026; the annual report includes them", async () => {
    const leader = await actorFor(db, "lanhdao@demo.vn");
    const half = reportSpec({ loai: "6-thang", nam: "2026" }, today);
    expect(half.asOf?.toISOString().slice(0, 10)).toBe("2026-06-30");
    const h = await getDashboard(
      leader,
      { ...half.filters, illustrative: true },
      { asOf: half.asOf, cutoff: half.asOf },
    );
    expect(h.indicators.find((r) => r.code === "LD_DAO_TAO")?.actual.value).toBe("40");
    expect(h.budget.total.disbursed).toBe((100n * TRIEU).toString());
    const year = reportSpec({ loai: "nam", nam: "2026" }, today);
    const y = await getDashboard(
      leader,
      { ...year.filters, illustrative: true },
      { asOf: year.asOf, cutoff: year.asOf },
    );
    expect(y.indicators.find((r) => r.code === "LD_DAO_TAO")?.actual.value).toBe("65");
    expect(y.budget.total.disbursed).toBe((250n * TRIEU).toString());
    // The cut path and the roll-up agree when nothing is after the cut-off.
    const live = await getDashboard(leader, { ...year.filters, illustrative: true }, { asOf: year.asOf });
    expect(y.budget.total).toEqual(live.budget.total);
  });
});
