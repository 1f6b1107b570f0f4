// The SQL form of a proposal scope (lib/proposals/scope.ts proposalScopeSql), and the form with the agencies resolved
// first (proposalScopeWithAgencies), select exactly the đề án the Prisma form does, for every role of the demo: totals
// computed in SQL over a scope can be trusted to match the lists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { proposalScope, proposalScopeSql, proposalScopeWithAgencies } from "@/lib/proposals/scope";
import { seedImplementation } from "@/prisma/seed/implementation";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb, type PgliteTestDb } from "@/tests/helpers/test-db";

let t: PgliteTestDb;
let db: PrismaClient;

beforeAll(async () => {
  t = await createPgliteTestDb();
  db = t.prisma;
  setDbForTesting(db);
  await seedFixtures(db);
  await seedImplementation(db);
}, 120_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await t?.close();
});

describe("proposal scope in SQL", () => {
  it.each([
    "doanhnghiep@demo.vn",
    "thamdinh1@demo.vn",
    "chuyenvien@demo.vn",
    "lanhdao@demo.vn",
    "quantri@demo.vn",
    "chuyenvien.bacninh@demo.vn",
    "bo@demo.vn",
  ])("%s: the same đề án as the Prisma scope", async (email) => {
    const actor = await actorFor(db, email);
    const viaPrisma = (await db.proposal.findMany({ where: proposalScope(actor), select: { id: true } }))
      .map((r) => r.id)
      .sort();
    const viaSql = (
      await db.$queryRaw<Array<{ id: string }>>`
        SELECT p.id FROM "Proposal" p JOIN "Agency" a ON a.id = p."agencyId" WHERE ${proposalScopeSql(actor)}`
    )
      .map((r) => r.id)
      .sort();
    expect(viaSql).toEqual(viaPrisma);
    // The queue's form, with the province's agencies resolved first (issue 21), selects the same.
    const byAgency = (
      await db.proposal.findMany({ where: (await proposalScopeWithAgencies(db, actor)).where, select: { id: true } })
    )
      .map((r) => r.id)
      .sort();
    expect(byAgency).toEqual(viaPrisma);
    if (email !== "thamdinh1@demo.vn") expect(viaPrisma.length).toBeGreaterThan(0);
  });
});
