// The dashboard roll-ups ("ProposalTotal", "ResultTotal" and the money columns of "Proposal") are kept by
// database triggers. Whatever writes the rows — every status a đề án can take, ledger postings changed
// and removed, settlements, a đề án deleted with its ledger, results entered, approved, corrected and
// deleted, racing writers on PostgreSQL — the kept sums must equal the sums recomputed from the rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { COMMITTED_STATUSES } from "@/lib/dashboard/statuses";
import { seedFixtures } from "@/tests/helpers/fixtures";
import { cloneApproved } from "@/tests/helpers/implementation";
import { NO_DRIFT, rollupDrift } from "@/tests/helpers/rollup-check";
import { createPgliteTestDb, createPostgresTestDb, describeOnPostgres } from "@/tests/helpers/test-db";

const TR = 1_000_000n;
const ALL_STATUSES: ProposalStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "RETURNED",
  "RESUBMITTED",
  "UNDER_APPRAISAL",
  "BASE_APPRAISED",
  "MINISTRY_APPRAISAL",
  "SCORED",
  "RECOMMENDED",
  "NOT_RECOMMENDED",
  "APPROVED",
  "REJECTED",
  "WITHDRAWN",
  "CONTRACTED",
  "IN_PROGRESS",
  "ACCEPTED",
  "SETTLED",
  "STOPPED",
];

type Open = () => Promise<{ prisma: PrismaClient; close: () => Promise<void> }>;

function rollupSuite(open: Open): void {
  let db: PrismaClient;
  let close: () => Promise<void>;
  let by: string;
  let sourceId: string;

  beforeAll(async () => {
    ({ prisma: db, close } = await open());
    await seedFixtures(db);
    by = (await db.user.findFirstOrThrow({ where: { email: "chuyenvien@demo.vn" } })).id;
    sourceId = (
      await db.proposal.findFirstOrThrow({ where: { code: "000.00.20.H45-251215-0001" }, select: { id: true } })
    ).id;
  }, 180_000);
  afterAll(async () => close());

  const committedOf = async (provinceCode: string) => {
    const rows = await db.$queryRaw<Array<{ n: bigint; committed: bigint }>>`
      SELECT COALESCE(SUM(t.n), 0)::bigint AS n, COALESCE(SUM(t.committed), 0)::bigint AS committed
      FROM "ProposalTotal" t JOIN "AdminUnit" u ON u.id = t."provinceId" WHERE u.code = ${provinceCode}`;
    return rows[0]!;
  };

  it("holds the seeded figures exactly", async () => {
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
  });

  it("counts a đề án as committed in exactly the statuses of COMMITTED_STATUSES", async () => {
    const id = await cloneApproved(db, sourceId, "trạng thái");
    await db.proposal.update({ where: { id }, data: { approvedSupport: 123n * TR } });
    for (const status of ALL_STATUSES) {
      const before = await committedOf("25");
      await db.proposal.update({ where: { id }, data: { status: "DRAFT" } });
      const base = await committedOf("25");
      await db.proposal.update({ where: { id }, data: { status } });
      const after = await committedOf("25");
      const counted = (COMMITTED_STATUSES as readonly string[]).includes(status);
      expect({ status, n: after.n - base.n, committed: after.committed - base.committed }).toEqual({
        status,
        n: counted ? 1n : 0n,
        committed: counted ? 123n * TR : 0n,
      });
      expect(before.n - base.n).toBeGreaterThanOrEqual(0n);
    }
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
  });

  it("follows the ledger and the settlement through changes, removals and a deleted đề án", async () => {
    const id = await cloneApproved(db, sourceId, "sổ cái");
    await db.proposal.update({ where: { id }, data: { status: "IN_PROGRESS", approvedSupport: 250n * TR } });
    await db.ledgerEntry.createMany({
      data: [
        { proposalId: id, kind: "COMMITMENT", amount: 250n * TR, occurredAt: new Date("2026-03-01"), createdById: by },
        { proposalId: id, kind: "ADVANCE", amount: 175n * TR, occurredAt: new Date("2026-03-02"), createdById: by },
        {
          proposalId: id,
          kind: "FINAL_PAYMENT",
          amount: 75n * TR,
          occurredAt: new Date("2026-09-02"),
          createdById: by,
        },
        { proposalId: id, kind: "REFUND", amount: 5n * TR, occurredAt: new Date("2026-10-02"), createdById: by },
        { proposalId: id, kind: "COUNTERPART", amount: 300n * TR, occurredAt: new Date("2026-10-03"), createdById: by },
      ],
    });
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).ledgerDisbursed).toBe(245n * TR);
    const refund = await db.ledgerEntry.findFirstOrThrow({ where: { proposalId: id, kind: "REFUND" } });
    await db.ledgerEntry.update({ where: { id: refund.id }, data: { amount: 15n * TR } });
    const advance = await db.ledgerEntry.findFirstOrThrow({ where: { proposalId: id, kind: "ADVANCE" } });
    await db.ledgerEntry.update({ where: { id: advance.id }, data: { kind: "COUNTERPART" } });
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).ledgerDisbursed).toBe(60n * TR);
    await db.ledgerEntry.delete({ where: { id: refund.id } });
    const s = await db.settlement.create({
      data: {
        proposalId: id,
        number: `QT-${id}`,
        settledAt: new Date("2026-11-01"),
        approvedSupport: 250n * TR,
        disbursed: 75n * TR,
        refunded: 0n,
        settledSupport: 75n * TR,
        counterpart: 410n * TR,
        createdById: by,
      },
    });
    await db.proposal.update({ where: { id }, data: { status: "SETTLED" } });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    await db.settlement.update({ where: { id: s.id }, data: { settledSupport: 70n * TR, counterpart: 400n * TR } });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    await db.settlement.delete({ where: { id: s.id } });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    // Deleting the đề án cascades to its ledger: nothing of it may stay in the sums.
    const before = await committedOf("25");
    await db.proposal.delete({ where: { id } });
    const after = await committedOf("25");
    expect(before.committed - after.committed).toBe(250n * TR);
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
  });

  it("keeps the money columns read-only for the application", async () => {
    const id = await cloneApproved(db, sourceId, "chỉ đọc");
    await db.proposal.update({
      where: { id },
      data: { ledgerDisbursed: 999n * TR, settledSupport: 1n, title: "Đổi tên (chỉ đọc)" },
    });
    const p = await db.proposal.findUniqueOrThrow({ where: { id } });
    expect({ title: p.title, disbursed: p.ledgerDisbursed, settled: p.settledSupport }).toEqual({
      title: "Đổi tên (chỉ đọc)",
      disbursed: 0n,
      settled: null,
    });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
  });

  it("follows owner groups: the establishment's owner and industry, a đề án moved, its results, and its deletion", async () => {
    const id = await cloneApproved(db, sourceId, "nhóm chủ sở hữu");
    await db.proposal.update({ where: { id }, data: { status: "ACCEPTED" } });
    const p = await db.proposal.findUniqueOrThrow({ where: { id } });
    const est = await db.establishment.findUniqueOrThrow({ where: { id: p.establishmentId! } });
    expect([p.ownerWomen, p.ownerEthnic, p.ownerIndustryCode]).toEqual([
      est.womenOwned,
      est.ethnicMinorityOwned,
      est.industryCode,
    ]);
    const ld = await db.indicator.findUniqueOrThrow({ where: { code: "LD_DAO_TAO" } });
    const row = { indicatorId: ld.id, year: p.year, startYear: p.year, endYear: p.year, agencyId: p.agencyId };
    await db.result.createMany({
      data: [
        { ...row, proposalId: id, value: 12n, origin: "ACCEPTANCE", status: "APPROVED" },
        { ...row, proposalId: id, value: 30n, origin: "ACCEPTANCE", status: "DRAFT" },
        { ...row, proposalId: id, value: 5n, origin: "MANUAL", status: "APPROVED" },
      ],
    });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    const kept = async () =>
      (
        await db.$queryRaw<Array<{ women: boolean | null; v: bigint }>>`
          SELECT women, SUM(value)::bigint AS v FROM "OwnerResultTotal" WHERE "indicatorId" = ${ld.id} AND year = ${p.year}
          GROUP BY 1 ORDER BY 1`
      ).map((r) => [r.women, r.v]);
    const before = await kept();
    // The owner changes: the đề án's copy and its results' group follow.
    await db.establishment.update({
      where: { id: est.id },
      data: { womenOwned: !est.womenOwned, ethnicMinorityOwned: true, industryCode: "CO_KHI_DIEN_TU" },
    });
    const q = await db.proposal.findUniqueOrThrow({ where: { id } });
    expect([q.ownerWomen, q.ownerEthnic, q.ownerIndustryCode]).toEqual([!est.womenOwned, true, "CO_KHI_DIEN_TU"]);
    expect(await kept()).not.toEqual(before);
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    // The application cannot write the copy.
    await db.proposal.update({ where: { id }, data: { ownerWomen: null, ownerIndustryCode: "X", title: "Đổi tên" } });
    const r = await db.proposal.findUniqueOrThrow({ where: { id } });
    expect([r.title, r.ownerWomen, r.ownerIndustryCode]).toEqual(["Đổi tên", !est.womenOwned, "CO_KHI_DIEN_TU"]);
    // Moved to another establishment, then to none.
    const other = await db.establishment.create({
      data: { name: "Cơ sở khác (kiểm thử)", kind: "HKD", industry: "Mây tre", womenOwned: true, industryCode: null },
    });
    await db.proposal.update({ where: { id }, data: { establishmentId: other.id } });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    await db.proposal.update({ where: { id }, data: { establishmentId: null } });
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).ownerWomen).toBeNull();
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    await db.proposal.update({ where: { id }, data: { establishmentId: other.id } });
    // A draft result approved, a value corrected; the đề án stopped and resumed; the establishment deleted.
    await db.result.updateMany({ where: { proposalId: id, status: "DRAFT" }, data: { status: "APPROVED" } });
    await db.result.updateMany({ where: { proposalId: id, value: 12n }, data: { value: 14n } });
    await db.proposal.update({ where: { id }, data: { status: "STOPPED" } });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    await db.proposal.update({ where: { id }, data: { status: "SETTLED", year: p.year - 1 } });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    await db.establishment.delete({ where: { id: other.id } });
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).ownerWomen).toBeNull();
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    // Deleted with its results (a cascade that runs after the đề án row is gone).
    await db.proposal.delete({ where: { id } });
    expect(await db.result.count({ where: { proposalId: id } })).toBe(0);
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
  });

  it("follows results entered, approved, corrected, moved and deleted", async () => {
    const ld = await db.indicator.findUniqueOrThrow({ where: { code: "LD_DAO_TAO" } });
    const kp = await db.indicator.findUniqueOrThrow({ where: { code: "KP_THEO_NOI_DUNG" } });
    const pt = await db.adminUnit.findUniqueOrThrow({ where: { code: "25" } });
    const agency = await db.agency.findUniqueOrThrow({ where: { code: "000.00.20.H45" } });
    await db.result.createMany({
      data: [
        {
          indicatorId: ld.id,
          year: 2024,
          startYear: 2021,
          endYear: 2025,
          provinceId: pt.id,
          value: 40n,
          origin: "MANUAL",
          status: "DRAFT",
        },
        {
          indicatorId: ld.id,
          year: 2024,
          startYear: 2021,
          endYear: 2025,
          provinceId: pt.id,
          value: 60n,
          atLeast: true,
          origin: "MANUAL",
          status: "APPROVED",
        },
        // No province of its own: counted under its agency's.
        {
          indicatorId: ld.id,
          year: 2024,
          startYear: 2021,
          endYear: 2025,
          agencyId: agency.id,
          value: 7n,
          origin: "MANUAL",
          status: "APPROVED",
        },
        {
          indicatorId: kp.id,
          startYear: 2021,
          endYear: 2025,
          provinceId: pt.id,
          value: 5n * TR,
          rawText: "Chi khác (minh họa)",
          origin: "MANUAL",
          status: "APPROVED",
        },
      ],
    });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    const draft = await db.result.findFirstOrThrow({ where: { indicatorId: ld.id, status: "DRAFT", value: 40n } });
    await db.result.update({ where: { id: draft.id }, data: { status: "APPROVED" } });
    await db.result.updateMany({
      where: { indicatorId: ld.id, year: 2024, value: 60n },
      data: { value: 65n, year: 2023, atLeast: false },
    });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    await db.result.deleteMany({
      where: { indicatorId: { in: [ld.id, kp.id] }, year: { in: [2023, 2024] }, origin: "MANUAL", source: null },
    });
    await db.result.deleteMany({ where: { indicatorId: kp.id, rawText: "Chi khác (minh họa)" } });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    // Per commune ("ResultAreaTotal"): entered, approved, moved to another commune, deleted.
    const [c1, c2] = await db.adminUnit.findMany({
      where: { level: "COMMUNE" },
      orderBy: { code: "asc" },
      take: 2,
      select: { id: true },
    });
    await db.result.createMany({
      data: [
        {
          indicatorId: ld.id,
          year: 2022,
          startYear: 2021,
          endYear: 2025,
          provinceId: pt.id,
          communeId: c1!.id,
          value: 11n,
          origin: "MANUAL",
          status: "APPROVED",
          source: "test-area",
        },
        {
          indicatorId: ld.id,
          year: 2022,
          startYear: 2021,
          endYear: 2025,
          provinceId: pt.id,
          communeId: c1!.id,
          value: 13n,
          origin: "MANUAL",
          status: "DRAFT",
          source: "test-area",
        },
      ],
    });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    await db.result.updateMany({ where: { source: "test-area" }, data: { status: "APPROVED", communeId: c2!.id } });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    expect(
      (await db.resultAreaTotal.findMany({ where: { communeId: c2!.id, indicatorId: ld.id, year: 2022 } })).reduce(
        (s, r) => s + r.value,
        0n,
      ),
    ).toBeGreaterThanOrEqual(24n);
    await db.result.deleteMany({ where: { source: "test-area" } });
    expect(await rollupDrift(db)).toEqual(NO_DRIFT);
  });
}

describe("dashboard roll-ups [PGlite]", () => rollupSuite(createPgliteTestDb));

describeOnPostgres("dashboard roll-ups", () => {
  rollupSuite(createPostgresTestDb);

  describe("under concurrent writers", () => {
    let db: PrismaClient;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ prisma: db, close } = await createPostgresTestDb());
      await seedFixtures(db);
    }, 180_000);
    afterAll(async () => close());

    it("stays exact when 40 transactions write results, ledger lines and statuses of the same keys at once", async () => {
      const by = (await db.user.findFirstOrThrow({ where: { email: "chuyenvien@demo.vn" } })).id;
      const source = (
        await db.proposal.findFirstOrThrow({ where: { code: "000.00.20.H45-251215-0001" }, select: { id: true } })
      ).id;
      const ids = await Promise.all(Array.from({ length: 10 }, (_, i) => cloneApproved(db, source, `song song ${i}`)));
      const ld = await db.indicator.findUniqueOrThrow({ where: { code: "LD_DAO_TAO" } });
      const dn = await db.indicator.findUniqueOrThrow({ where: { code: "CS_MO_HINH_TD" } });
      const pt = await db.adminUnit.findUniqueOrThrow({ where: { code: "25" } });
      const outcomes = await Promise.allSettled(
        Array.from({ length: 40 }, (_, i) =>
          db.$transaction(
            async (tx) => {
              // As an acceptance does: several results in one statement (listed in either order: the trigger
              // locks their roll-up rows in key order), then the đề án's own money and status.
              const order = i % 2 ? [ld.id, dn.id] : [dn.id, ld.id];
              await tx.result.createMany({
                data: order.map((indicatorId) => ({
                  indicatorId,
                  year: 2025,
                  startYear: 2021,
                  endYear: 2025,
                  provinceId: pt.id,
                  value: BigInt(i + 1),
                  origin: "MANUAL" as const,
                  status: "APPROVED" as const,
                })),
              });
              const id = ids[i % ids.length]!;
              await tx.ledgerEntry.create({
                data: {
                  proposalId: id,
                  kind: "ADVANCE",
                  amount: BigInt(i + 1) * TR,
                  occurredAt: new Date("2026-05-01"),
                  createdById: by,
                },
              });
              await tx.proposal.update({ where: { id }, data: { status: i % 3 ? "IN_PROGRESS" : "CONTRACTED" } });
            },
            { timeout: 60_000, maxWait: 60_000 },
          ),
        ),
      );
      expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
      expect(await rollupDrift(db)).toEqual(NO_DRIFT);
    });
  });
});
