import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { setDbForTesting } from "@/lib/db";
import { loadBudget } from "@/lib/dashboard/budget-query";
import { parseFilters, type DashboardFilters } from "@/lib/dashboard/filters";
import { proposalCutCte, proposalTotalsCte } from "@/lib/dashboard/proposal-totals-sql";
import { resolveDashboardScope, type DashboardScope } from "@/lib/territory/scope";
import { actorFor, seedFixtures } from "@/tests/helpers/fixtures";
import { createPgliteTestDb } from "@/tests/helpers/test-db";

// Issue 21: the budget's breakdowns by activity and by area are one pass over the roll-up (GROUPING SETS). They must
// be what three separate GROUP BYs of the same rows give — the statement they replaced, kept here as the reference —
// for the country (areas = provinces), a province (areas = communes, a merged district under its successor with its
// "formerly" note), with filters, and at a report's cut-off (rows read from the đề án, not the roll-up).

let db: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ prisma: db, close } = await createPgliteTestDb());
  await seedFixtures(db);
  setDbForTesting(db);
  // Two official approved đề án of 2022 of Bắc Ninh's department: one in a district split between several communes
  // (huyện Lục Ngạn, Bắc Giang: stays itself, "(cũ)"), one in a district given a single successor here
  // (counted under it, with the "formerly" note) — copies of a seeded approved đề án.
  const merged = await db.$executeRaw`
    UPDATE "AdminUnit" SET "successorId" = (SELECT id FROM "AdminUnit" WHERE name = 'xã Lục Ngạn')
    WHERE id = (SELECT id FROM "AdminUnit" WHERE level::text = 'DISTRICT' AND name <> 'huyện Lục Ngạn' ORDER BY code LIMIT 1)`;
  expect(merged).toBe(1);
  const copied = await db.$executeRaw`
    INSERT INTO "Proposal"
    SELECT (jsonb_populate_record(NULL::"Proposal", to_jsonb(p) || jsonb_build_object(
      'id', 'budget-grouping-' || u.n, 'code', 'BG-2022-' || u.n, 'agencyId', ag.id, 'communeId', u.id,
      'fictional', false, 'year', 2022, 'approvedSupport', 100000000 * u.n))).*
    FROM (SELECT * FROM "Proposal" WHERE status = 'APPROVED' ORDER BY code LIMIT 1) p,
      (SELECT "agencyId" AS id FROM "User" WHERE email = 'chuyenvien.bacninh@demo.vn') ag,
      (SELECT 1 AS n, id FROM "AdminUnit" WHERE name = 'huyện Lục Ngạn'
       UNION ALL (SELECT 2, id FROM "AdminUnit" WHERE "successorId" IS NOT NULL AND level::text = 'DISTRICT' )) u`;
  expect(copied).toBe(2);
});
afterAll(async () => {
  setDbForTesting(undefined);
  await close();
});

type Row = {
  grp: string;
  key: string | null;
  label: string | null;
  historic: string | null;
  n: number;
  committed: bigint;
  disbursed: bigint;
  counterpart: bigint;
};

async function reference(
  scope: DashboardScope,
  f: DashboardFilters,
  w: { startYear: number; endYear: number },
  cutoff?: Date,
) {
  const sums = Prisma.sql`SUM(pt.n)::int AS n, SUM(pt.committed)::bigint AS committed, SUM(pt.disbursed)::bigint AS disbursed, SUM(pt.counterpart)::bigint AS counterpart`;
  const areas =
    scope.provinceIds === null
      ? Prisma.sql`SELECT 'area' AS grp, pu.code AS key, MIN(pu.name) AS label, NULL::text AS historic, ${sums}
          FROM pt LEFT JOIN "AdminUnit" pu ON pu.id = pt."provinceId" GROUP BY pu.code`
      : Prisma.sql`SELECT 'area' AS grp, pt."communeId" AS key, MIN(cu.name || CASE WHEN cu."validTo" IS NOT NULL THEN ' (cũ)' ELSE '' END) AS label,
          string_agg(DISTINCT hu.name, '; ') FILTER (WHERE pt."unitId" <> pt."communeId") AS historic, ${sums}
          FROM pt LEFT JOIN "AdminUnit" cu ON cu.id = pt."communeId" LEFT JOIN "AdminUnit" hu ON hu.id = pt."unitId"
          GROUP BY pt."communeId"`;
  const opts = { yearFrom: w.startYear, yearTo: w.endYear };
  return db.$queryRaw<Row[]>`
    WITH RECURSIVE ${cutoff ? proposalCutCte(scope, f, opts, cutoff) : proposalTotalsCte(scope, f, opts)}
    SELECT 'category' AS grp, pt."categoryCode" AS key, MIN(pt."categoryName") AS label, NULL::text AS historic, ${sums}
    FROM pt GROUP BY pt."categoryCode"
    UNION ALL
    ${areas}`;
}

const cases: Array<[string, string, Record<string, string>, Date?]> = [
  ["bo@demo.vn", "the country, every year", { ky: "2012-2030", minhHoa: "1" }],
  ["bo@demo.vn", "the country, official figures of 2022", { ky: "2012-2030", nam: "2022" }],
  ["lanhdao@demo.vn", "a province, every year", { ky: "2012-2030", minhHoa: "1" }],
  ["lanhdao@demo.vn", "a province, one fund", { ky: "2012-2030", minhHoa: "1", nguon: "KCDP" }],
  ["chuyenvien.bacninh@demo.vn", "a province with a merged district", { ky: "2012-2022", minhHoa: "1" }],
  [
    "chuyenvien.bacninh@demo.vn",
    "the same at a report's cut-off",
    { ky: "2012-2022", minhHoa: "1" },
    new Date("2023-01-31"),
  ],
];

describe("budget breakdowns in one pass", () => {
  it.each(cases)("%s — %s: the same rows as three GROUP BYs", async (email, _what, params, cutoff) => {
    const actor = await actorFor(db, email);
    const f = parseFilters(params);
    const scope = await resolveDashboardScope(db, actor, f);
    const [from, to] = (params.ky ?? "2012-2030").split("-").map(Number) as [number, number];
    const w = { startYear: from, endYear: to };
    const b = await loadBudget(db, scope, f, w, cutoff);
    const ref = await reference(scope, f, w, cutoff);
    const pick = (grp: string) =>
      ref
        .filter((r) => r.grp === grp)
        .map((r) => ({
          key: r.key,
          label: r.label,
          historic: r.historic ? r.historic.split("; ").sort() : [],
          count: r.n,
          committed: r.committed.toString(),
          disbursed: r.disbursed.toString(),
          counterpart: r.counterpart.toString(),
        }))
        .sort((x, y) => String(x.key).localeCompare(String(y.key)));
    const mine = (rows: typeof b.categories) =>
      rows
        .map((r) => ({
          key: r.key,
          label: r.label,
          historic: r.historic.map((h) => h.replace(/ \(đến [^)]*\)$/, "")).sort(),
          count: r.count,
          committed: r.committed,
          disbursed: r.disbursed,
          counterpart: r.counterpart,
        }))
        .sort((x, y) => String(x.key).localeCompare(String(y.key)));
    const areas = pick("area");
    expect(areas.length).toBeGreaterThan(0);
    expect(mine(b.categories)).toEqual(pick("category"));
    // A row without a label is the area the dashboard names itself ("Cơ quan trung ương", "Chưa xác định địa bàn").
    expect(mine(b.communes).map((r) => ({ ...r, label: areas.find((a) => a.key === r.key)?.label ?? null }))).toEqual(
      areas,
    );
  });

  it("shows a merged district's former unit in the province's areas", async () => {
    const actor = await actorFor(db, "chuyenvien.bacninh@demo.vn");
    const f = parseFilters({ ky: "2012-2022", minhHoa: "1" });
    const b = await loadBudget(db, await resolveDashboardScope(db, actor, f), f, { startYear: 2012, endYear: 2022 });
    expect(b.communes.find((c) => c.label === "xã Lục Ngạn")?.historic.length).toBe(1);
    expect(b.communes.find((c) => c.label === "huyện Lục Ngạn (cũ)")?.count).toBe(1);
  });
});
