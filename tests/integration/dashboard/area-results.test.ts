import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/queries";
import { parseFilters } from "@/lib/dashboard/filters";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb } from "@/tests/helpers/test-db";
import { seedVinhPhucTrainingResults } from "@/tests/helpers/dashboard-results";

// The dashboard's results by area (issue 21): a province's communes, the whole country's provinces — which rows, in
// which order, how many, under which name — from the roll-ups and from the results themselves.
let db: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ prisma: db, close } = await createPgliteTestDb());
  await seedFixtures(db);
  setDbForTesting(db);
  // Results in 2021–2025: approved rows count, a draft does not.
  await seedVinhPhucTrainingResults(db);
}, 120_000);

afterAll(async () => {
  setDbForTesting(undefined);
  await close();
});

const asOf = new Date(Date.UTC(2023, 11, 31));

describe("the whole country by province (issue 21: summed before it is named)", () => {
  it("equals the approved results summed per successor province, for two periods and a fund", async () => {
    const actor = await actorFor(db, "bo@demo.vn");
    for (const [ky, from, to, nguon, nam] of [
      ["2014-2020", 2014, 2020, undefined, undefined],
      ["2021-2025", 2021, 2025, undefined, undefined],
      ["2014-2020", 2014, 2020, "KCDP", undefined],
      ["2021-2025", 2021, 2025, undefined, 2022],
    ] as const) {
      const q: Record<string, string> = { ky };
      if (nguon) q.nguon = nguon;
      if (nam) q.nam = String(nam);
      const d = await getDashboard(actor, parseFilters(q), { asOf });
      const rows = await db.$queryRaw<Array<{ code: string; prov: string; v: bigint }>>`
        SELECT i.code, COALESCE(pv."successorId", pv.id) AS prov, SUM(r.value)::bigint AS v
        FROM "Result" r JOIN "Indicator" i ON i.id = r."indicatorId"
        LEFT JOIN "Agency" a ON a.id = r."agencyId"
        JOIN "AdminUnit" pv ON pv.id = COALESCE(r."provinceId", a."provinceId")
        WHERE r.status::text = 'APPROVED' AND (${nguon ?? null}::text IS NULL OR r.fund::text = ${nguon ?? null}::text)
          AND ((r.year BETWEEN ${from} AND ${to}) OR (r.year IS NULL AND r."startYear" >= ${from} AND r."endYear" <= ${to}))
          AND (${nam ?? null}::int IS NULL OR r.year = ${nam ?? null}::int)
        GROUP BY 1, 2`;
      const expected = Object.fromEntries(rows.map((r) => [`${r.code}|${r.prov}`, r.v.toString()]));
      const shown = Object.fromEntries(d.communeResults.map((r) => [`${r.indicatorCode}|${r.communeId}`, r.value]));
      expect(shown).toEqual(expected);
      expect(Object.keys(shown).length).toBeGreaterThan(0);
    }
  });
});

describe("area results on the page (issue 21: the first rows only, cut by the database)", () => {
  it("are the first rows of the full list, in the areas' code order then the indicators', with the full count", async () => {
    for (const [email, ky] of [
      ["chuyenvien.bacninh@demo.vn", "2012-2022"],
      ["bo@demo.vn", "2021-2025"],
    ] as const) {
      const actor = await actorFor(db, email);
      const all = await getDashboard(actor, parseFilters({ ky }), { asOf });
      expect(all.communeResults.length).toBeGreaterThan(2);
      expect(all.communeResultsTotal).toBe(all.communeResults.length);
      const units = await db.adminUnit.findMany({
        where: { id: { in: all.communeResults.map((r) => r.communeId) } },
        select: { id: true, code: true },
      });
      const codeOf = new Map(units.map((u) => [u.id, u.code]));
      const position = new Map(
        (await db.indicator.findMany({ select: { code: true, position: true } })).map((i) => [i.code, i.position]),
      );
      const key = (r: (typeof all.communeResults)[number]) => [
        codeOf.get(r.communeId)!,
        position.get(r.indicatorCode)!,
      ];
      for (let i = 1; i < all.communeResults.length; i++) {
        const [a, b] = [key(all.communeResults[i - 1]!), key(all.communeResults[i]!)];
        expect(a[0]! < b[0]! || (a[0] === b[0] && a[1]! <= b[1]!)).toBe(true);
      }
      const page = await getDashboard(actor, parseFilters({ ky }), { asOf, areaLimit: 2 });
      expect(page.communeResults).toEqual(all.communeResults.slice(0, 2));
      expect(page.communeResultsTotal).toBe(all.communeResults.length);
      // From the results themselves (a report's cut-off after everything) the same rows, names and historic units.
      const fromRows = await getDashboard(actor, parseFilters({ ky }), { asOf, cutoff: new Date("2100-01-01") });
      expect(fromRows.communeResults).toEqual(all.communeResults);
    }
    // A historic district keeps its own row under its own name (the "(cũ)" label), first rows or all.
    const bacNinh = await getDashboard(
      await actorFor(db, "chuyenvien.bacninh@demo.vn"),
      parseFilters({ ky: "2012-2022" }),
      {
        asOf,
        areaLimit: 100,
      },
    );
    expect(bacNinh.communeResults.map((r) => r.label)).toContain("huyện Lục Ngạn (cũ)");
  });
});

describe("area results of a merged commune (historic units named under their successor)", () => {
  it("sums a historic commune into its successor and names it, from the roll-up and from the results alike", async () => {
    const actor = await actorFor(db, "chuyenvien.bacninh@demo.vn");
    const agency = await db.agency.findUniqueOrThrow({ where: { id: actor.agencyId! }, select: { provinceId: true } });
    const current = await db.adminUnit.findFirstOrThrow({
      where: { level: "COMMUNE", validTo: null, parentId: agency.provinceId },
      orderBy: { code: "asc" },
    });
    const old = await db.adminUnit.create({
      data: {
        code: "T-HIST-1",
        name: "xã Thử Cũ",
        level: "COMMUNE",
        parentId: agency.provinceId,
        successorId: current.id,
        validFrom: new Date("2000-01-01"),
        validTo: new Date("2025-06-30"),
      },
    });
    const ld = await db.indicator.findUniqueOrThrow({ where: { code: "LD_DAO_TAO" } });
    const row = { indicatorId: ld.id, startYear: 2021, endYear: 2025, provinceId: agency.provinceId } as const;
    await db.result.createMany({
      data: [
        { ...row, year: 2022, communeId: old.id, value: 7n, origin: "MANUAL", status: "APPROVED", evidence: "QĐ 1" },
        {
          ...row,
          year: 2023,
          communeId: current.id,
          value: 5n,
          origin: "MANUAL",
          status: "APPROVED",
          evidence: "QĐ 2",
        },
      ],
    });
    for (const cutoff of [undefined, new Date("2100-01-01")]) {
      const d = await getDashboard(actor, parseFilters({ ky: "2021-2025" }), { asOf, cutoff });
      const mine = d.communeResults.find((r) => r.communeId === current.id && r.indicatorCode === "LD_DAO_TAO");
      expect(mine?.value).toBe("12");
      expect(mine?.historic).toEqual(["xã Thử Cũ (đến 30/06/2025)"]);
      expect(d.communeResults.find((r) => r.communeId === old.id)).toBeUndefined();
    }
    // The page's first rows, cut just after that one: the same row, its historic unit named.
    const all = await getDashboard(actor, parseFilters({ ky: "2021-2025" }), { asOf });
    const at = all.communeResults.findIndex((r) => r.communeId === current.id && r.indicatorCode === "LD_DAO_TAO");
    const page = await getDashboard(actor, parseFilters({ ky: "2021-2025" }), { asOf, areaLimit: at + 1 });
    expect(page.communeResults).toEqual(all.communeResults.slice(0, at + 1));
    expect(page.communeResults.at(-1)?.historic).toEqual(["xã Thử Cũ (đến 30/06/2025)"]);
    expect(page.communeResultsTotal).toBe(all.communeResultsTotal);
  });
});
