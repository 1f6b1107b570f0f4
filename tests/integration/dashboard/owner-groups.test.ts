// Breakdowns by owner group and industry (issue 19): the groups add up to the total of đề án approved and later, in
// the dashboard, its export and the public page; the totals equal an independent SQL count; accepted results by
// group add up to the results of those đề án; the public figures hide small groups.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { getDashboard, getOwnerGroups } from "@/lib/dashboard/queries";
import { parseFilters } from "@/lib/dashboard/filters";
import { dashboardTables } from "@/lib/reports/dashboard-tables";
import { listPublicOwnerGroups } from "@/lib/public-data/queries";
import { SMALL_CELL } from "@/lib/metrics/owner-groups";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb } from "@/tests/helpers/test-db";

let db: PrismaClient;
let close: () => Promise<void>;
let communeId: string | null = null;

/** Approved acceptance results of committed, official đề án of 2021–2025 per indicator — written here from the rows. */
async function resultsFromRows(commune: string | null): Promise<Record<string, bigint>> {
  const rows = await db.$queryRaw<Array<{ code: string; v: bigint }>>`
    SELECT i.code, SUM(r.value)::bigint AS v FROM "Result" r JOIN "Proposal" p ON p.id = r."proposalId"
    JOIN "Indicator" i ON i.id = r."indicatorId"
    WHERE r.origin = 'ACCEPTANCE' AND r.status = 'APPROVED' AND p.fictional = false AND p.year BETWEEN 2021 AND 2025
      AND p.status IN ('APPROVED','CONTRACTED','IN_PROGRESS','ACCEPTED','SETTLED')
      AND (${commune}::text IS NULL OR p."communeId" = ${commune})
    GROUP BY 1`;
  return Object.fromEntries(rows.map((r) => [r.code, BigInt(r.v)]));
}

beforeAll(async () => {
  ({ prisma: db, close } = await createPgliteTestDb());
  await seedFixtures(db);
  setDbForTesting(db);
  // Accepted results on an approved đề án of a woman-owned establishment.
  const p = await db.proposal.findFirstOrThrow({
    where: {
      status: { in: ["APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTED", "SETTLED"] },
      establishmentId: { not: null },
      communeId: { not: null },
    },
    select: { id: true, establishmentId: true, agencyId: true, year: true, communeId: true },
  });
  communeId = p.communeId;
  // Official (not illustrative) and inside 2021–2025, so that it counts in the breakdown.
  await db.proposal.update({ where: { id: p.id }, data: { fictional: false, year: 2024 } });
  p.year = 2024;
  await db.establishment.update({ where: { id: p.establishmentId! }, data: { womenOwned: true } });
  const ind = await db.indicator.findUniqueOrThrow({ where: { code: "LD_DAO_TAO" } });
  await db.result.create({
    data: {
      indicatorId: ind.id,
      year: p.year,
      startYear: p.year,
      endYear: p.year,
      proposalId: p.id,
      agencyId: p.agencyId,
      value: 12n,
      origin: "ACCEPTANCE",
      status: "APPROVED",
    },
  });
}, 180_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await close?.();
});

describe("owner-group breakdowns", () => {
  it("add up to the total, which equals an independent count over the whole country", async () => {
    const d = await getDashboard(await actorFor(db, "bo@demo.vn"), parseFilters({ ky: "2021-2025" }));
    const o = d.owners!;
    expect(o.groups.map((g) => g.group)).toEqual(["BOTH", "WOMEN", "ETHNIC", "OTHER", "NONE"]);
    expect(o.groups.reduce((s, g) => s + g.proposals, 0)).toBe(o.total.proposals);
    expect(o.groups.reduce((s, g) => s + BigInt(g.support), 0n)).toBe(BigInt(o.total.support));
    const [sql] = await db.$queryRaw<Array<{ n: number; s: bigint }>>`
      SELECT count(*)::int AS n, COALESCE(SUM("approvedSupport"), 0)::bigint AS s FROM "Proposal"
       WHERE status IN ('APPROVED','CONTRACTED','IN_PROGRESS','ACCEPTED','SETTLED') AND year BETWEEN 2021 AND 2025 AND fictional = false`;
    expect(o.total.proposals).toBe(sql!.n);
    expect(BigInt(o.total.support)).toBe(BigInt(sql!.s));
    expect(o.total.proposals).toBeGreaterThan(0);
    // Accepted results by group add up to their total, and the women-owned one carries the 12 people.
    const ld = o.results.find((r) => r.code === "LD_DAO_TAO")!;
    expect(Object.values(ld.byGroup).reduce((s, v) => s + BigInt(v), 0n)).toBe(BigInt(ld.total));
    expect(BigInt(ld.byGroup.WOMEN!) + BigInt(ld.byGroup.BOTH!)).toBeGreaterThanOrEqual(12n);
    // The results by group come from the "OwnerResultTotal" roll-up; with a commune filter, from the rows. Both equal
    // the rows summed here.
    const totals = (x: typeof o) => Object.fromEntries(x.results.map((r) => [r.code, BigInt(r.total)]));
    expect(totals(o)).toEqual(await resultsFromRows(null));
    expect(communeId).not.toBeNull();
    const inCommune = await getOwnerGroups(
      await actorFor(db, "bo@demo.vn"),
      parseFilters({ ky: "2021-2025", xa: communeId! }),
    );
    expect(totals(inCommune)).toEqual(await resultsFromRows(communeId));
    expect(totals(inCommune).LD_DAO_TAO).toBeGreaterThanOrEqual(12n);
    // The page's streamed section reads the same figures.
    expect(await getOwnerGroups(await actorFor(db, "bo@demo.vn"), parseFilters({ ky: "2021-2025" }))).toEqual(o);
    // The export carries the same figures.
    const sheet = dashboardTables(d).find((t) => t.sheet === "Theo nhóm chủ sở hữu")!;
    const totalRow = sheet.rows.find((r) => r[1] === "Tổng cộng")!;
    expect(totalRow[2]).toBe(o.total.proposals);
  });

  it("the public page hides groups of fewer than 3 establishments (and one more with a single hidden group)", async () => {
    const rows = await listPublicOwnerGroups({});
    const d = await getDashboard(await actorFor(db, "bo@demo.vn"), parseFilters({ ky: "2021-2025" }));
    for (const r of rows) {
      const g = d.owners!.groups.find((x) => x.group === r.nhom)!;
      if (r.nhom !== "NONE" && g.establishments > 0 && g.establishments < SMALL_CELL) expect(r.anDi).toBe(true);
      if (r.anDi) expect([r.soDeAn, r.soCoSo, r.kinhPhiHoTro]).toEqual([null, null, null]);
      else expect(r.soDeAn).toBe(g.proposals);
    }
    expect(rows.filter((r) => r.anDi).length, JSON.stringify(rows)).not.toBe(1);
  });
});
