// The home pages' counts of đề án by status (issue 21) come from "ProposalStatusCount", kept by statement triggers on
// "Proposal". Whatever changes the đề án — every status, a move to another agency, rows inserted and deleted, racing
// decisions of one agency on PostgreSQL — the counts must equal the rows, and each role must get the counts of exactly
// the đề án it may see (proposalScope).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { setDbForTesting } from "@/lib/db";
import { countProposalsByStatus } from "@/lib/home/queries";
import { proposalScope } from "@/lib/proposals/scope";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { cloneApproved } from "@/tests/helpers/implementation";
import { statusCountDrift } from "@/tests/helpers/rollup-check";
import { createPgliteTestDb, createPostgresTestDb, describeOnPostgres } from "@/tests/helpers/test-db";

const PEOPLE = [
  "chuyenvien@demo.vn",
  "lanhdao@demo.vn",
  "quantri@demo.vn",
  "bo@demo.vn",
  "chuyenvien.bacninh@demo.vn",
  "doanhnghiep@demo.vn",
];

type Open = () => Promise<{ prisma: PrismaClient; close: () => Promise<void> }>;

function statusCountSuite(open: Open, racing: boolean): void {
  let db: PrismaClient;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ prisma: db, close } = await open());
    await seedFixtures(db);
    setDbForTesting(db);
  }, 180_000);
  afterAll(async () => close());

  /** The counts each person gets, against the rows of their scope grouped here. */
  async function expectCountsMatchRows(): Promise<void> {
    expect(await statusCountDrift(db)).toEqual([]);
    for (const email of PEOPLE) {
      const actor = await actorFor(db, email);
      const groups = await db.proposal.groupBy({ by: ["status"], where: proposalScope(actor), _count: { _all: true } });
      const rows = Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
      expect({ email, counts: await countProposalsByStatus(actor) }).toEqual({ email, counts: rows });
    }
  }

  it("gives each role the counts of the đề án it may see", async () => {
    await expectCountsMatchRows();
    // Not vacuous: the ministry sees more than one province's officer, who sees some.
    const all = await countProposalsByStatus(await actorFor(db, "bo@demo.vn"));
    const own = await countProposalsByStatus(await actorFor(db, "chuyenvien@demo.vn"));
    const sum = (c: Partial<Record<ProposalStatus, number>>) => Object.values(c).reduce((s, n) => s + (n ?? 0), 0);
    expect(sum(own)).toBeGreaterThan(0);
    expect(sum(all)).toBeGreaterThan(sum(own));
  });

  it("follows every status, a move to another agency, inserts and deletes", async () => {
    const p = await db.proposal.findFirstOrThrow({
      where: { status: "APPROVED" },
      select: { id: true, agencyId: true },
    });
    for (const status of ["CONTRACTED", "IN_PROGRESS", "STOPPED", "SUBMITTED", "RETURNED", "APPROVED"] as const) {
      await db.proposal.update({ where: { id: p.id }, data: { status } });
      expect({ status, drift: await statusCountDrift(db) }).toEqual({ status, drift: [] });
    }
    await expectCountsMatchRows();
    const other = await db.agency.findFirstOrThrow({ where: { id: { not: p.agencyId } }, select: { id: true } });
    await db.proposal.update({ where: { id: p.id }, data: { agencyId: other.id, status: "UNDER_APPRAISAL" } });
    await expectCountsMatchRows();
    await db.proposal.update({ where: { id: p.id }, data: { agencyId: p.agencyId } });
    // Many rows in one statement, then deleted in one statement.
    const source = p.id;
    const copies = await Promise.all([1, 2, 3].map((i) => cloneApproved(db, source, `bản ${i}`)));
    await db.proposal.updateMany({ where: { id: { in: copies } }, data: { status: "SETTLED" } });
    await expectCountsMatchRows();
    await db.proposal.deleteMany({ where: { id: { in: copies } } });
    await expectCountsMatchRows();
  });

  if (racing)
    it("stays exact when 30 decisions of one agency change statuses at once", async () => {
      const source = (await db.proposal.findFirstOrThrow({ where: { status: "APPROVED" }, select: { id: true } })).id;
      const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => cloneApproved(db, source, `đua ${i}`)));
      await db.proposal.updateMany({ where: { id: { in: ids } }, data: { status: "RECOMMENDED" } });
      // One statement per decision, as lib/decisions/issue.ts makes it; all on the same agency's counts.
      await Promise.all(
        ids.map((id, i) => db.proposal.update({ where: { id }, data: { status: i % 3 ? "APPROVED" : "REJECTED" } })),
      );
      await expectCountsMatchRows();
    });
}

describe("status counts by agency (PGlite)", () => statusCountSuite(createPgliteTestDb, false));
describeOnPostgres("status counts by agency", () => statusCountSuite(createPostgresTestDb, true));
