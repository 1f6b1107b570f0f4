import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { DashboardScope } from "@/lib/territory/scope";
import { inWindow, resultsCte, resultTotalFilters, type Window } from "@/lib/dashboard/results-sql";
import { inScope } from "@/lib/territory/scope";
import { unitRollCte } from "@/lib/dashboard/unit-roll-sql";

type Q = PrismaClient | Tx;
export type AggRow = {
  indicatorId: string;
  year: number | null;
  startYear: number | null;
  endYear: number | null;
  /**
   * "cur"/"prev": sums per year or period (and province) of the current/previous window. The whole country's previous
   * window comes as "prevp" — which provinces report it, over which period (value 0) — and "prevs" — its sums per year
   * over every province (provinceId null): a national previous figure exists only where every province reports the
   * same period, and then it is those sums (lib/dashboard/national-series.ts). "area": per area (communes, provinces).
   */
  bucket: "cur" | "prev" | "prevp" | "prevs" | "area";
  areaId: string | null;
  label: string | null;
  historic: string | null;
  value: bigint;
  atLeast: boolean;
  n: number;
  /** Some figure in the sum is approximate ("khoảng …" in the source). */
  approx: boolean;
  /** The series the figure belongs to: its province (successor), or null for a province the source does not name. */
  provinceId?: string | null;
};

/**
 * Per indicator and year (or whole-period figure), the sums of both windows: read from the roll-up, or —
 * with a commune filter, which the roll-up does not carry — from the results themselves.
 */
export function aggregateResultTotals(
  db: Q,
  scope: DashboardScope,
  f: DashboardFilters,
  current: Window,
  previous: Window | null,
  cutoff?: Date,
): Promise<AggRow[]> {
  // A commune filter, or a report's cut-off date, which the roll-up does not carry: from the results themselves.
  if (f.commune || cutoff) {
    return db.$queryRaw<AggRow[]>`
      WITH RECURSIVE ${resultsCte(scope, f, current, previous, { cutoff })}
      SELECT rs."indicatorId", rs.year, rs."startYear", rs."endYear", CASE WHEN rs."isCurrent" THEN 'cur' ELSE 'prev' END AS bucket,
        NULL::text AS "areaId", NULL::text AS label, NULL::text AS historic, rs."provinceId",
        SUM(rs.value)::bigint AS value, bool_or(rs."atLeast") AS "atLeast", COUNT(*)::int AS n, bool_or(rs.approximate) AS approx
      FROM rs GROUP BY rs."indicatorId", rs.year, rs."startYear", rs."endYear", rs."isCurrent", rs."provinceId"`;
  }
  // Per province series too (successor province; null = a province the source does not name): figures of
  // different provinces are never summed here — lib/dashboard/national-series.ts decides what may be.
  // Summed per indicator, year or period and recorded province first, then taken to the successor province (issue 21:
  // joining every row to its province and activity before grouping cost ~130 ms for the country). Without a fund or
  // activity filter the sums per indicator, province and year are kept already ("ResultProvinceTotal": ~8,000 rows for
  // the whole country's period at national scale, against ~100,000 of "ResultTotal"); with one, "ResultTotal" is summed
  // with the same filters as resultTotalsCte.
  const windows = previous
    ? Prisma.sql`(${inWindow(current, "t")} OR ${inWindow(previous, "t")})`
    : inWindow(current, "t");
  const table = f.fund || f.category ? Prisma.sql`"ResultTotal"` : Prisma.sql`"ResultProvinceTotal"`;
  const per = Prisma.sql`per AS (
      SELECT t."indicatorId", t.year, t."startYear", t."endYear", t."provinceId", SUM(t.value) AS value,
        SUM(t."atLeastN") AS "atLeastN", SUM(t.n) AS n, SUM(t."approxN") AS "approxN"
      FROM ${table} t
      WHERE ${inScope(Prisma.sql`t."provinceId"`, scope)} AND ${windows} ${resultTotalFilters(f)}
      GROUP BY 1, 2, 3, 4, 5
    )`;
  if (scope.provinceIds === null && previous) {
    // The whole country: the previous window's rows per province and year are only read for which provinces report
    // it and over which period, and — where all do, over the same one — for their sums per year: one row per province
    // and period ("prevp") and one per year ("prevs") instead of one per province and year (issue 21: half of the
    // ~14,300 rows the ministry's dashboard parsed).
    return db.$queryRaw<AggRow[]>`
      WITH ${per},
      x AS (
        SELECT per.*, COALESCE(pv."successorId", per."provinceId") AS prov,
          (${inWindow(current, "per")}) IS TRUE AS cur
        FROM per LEFT JOIN "AdminUnit" pv ON pv.id = per."provinceId"
      )
      SELECT x."indicatorId", x.year, x."startYear", x."endYear", 'cur' AS bucket, NULL::text AS "areaId",
        NULL::text AS label, NULL::text AS historic, x.prov AS "provinceId",
        SUM(x.value)::bigint AS value, SUM(x."atLeastN") > 0 AS "atLeast", SUM(x.n)::int AS n, SUM(x."approxN") > 0 AS approx
      FROM x WHERE x.cur GROUP BY 1, 2, 3, 4, x.prov
      UNION ALL
      SELECT x."indicatorId", NULL::int, x."startYear", x."endYear", 'prevp', NULL, NULL, NULL, x.prov,
        0::bigint, false, SUM(x.n)::int, false
      FROM x WHERE NOT x.cur GROUP BY 1, 3, 4, x.prov
      UNION ALL
      SELECT x."indicatorId", x.year, x."startYear", x."endYear", 'prevs', NULL, NULL, NULL, NULL,
        SUM(x.value)::bigint, SUM(x."atLeastN") > 0, SUM(x.n)::int, SUM(x."approxN") > 0
      FROM x WHERE NOT x.cur GROUP BY 1, 2, 3, 4`;
  }
  return db.$queryRaw<AggRow[]>`
    WITH ${per}
    SELECT per."indicatorId", per.year, per."startYear", per."endYear",
      CASE WHEN ${inWindow(current, "per")} THEN 'cur' ELSE 'prev' END AS bucket,
      NULL::text AS "areaId", NULL::text AS label, NULL::text AS historic, COALESCE(pv."successorId", per."provinceId") AS "provinceId",
      SUM(per.value)::bigint AS value, SUM(per."atLeastN") > 0 AS "atLeast", SUM(per.n)::int AS n, SUM(per."approxN") > 0 AS approx
    FROM per LEFT JOIN "AdminUnit" pv ON pv.id = per."provinceId"
    GROUP BY 1, 2, 3, 4, 5, 9`;
}

/**
 * The current window by area: each commune of a province (from the commune roll-up; a historic district,
 * whose territory went to several communes, keeps its own figures as "huyện … (cũ)"). With a report's cut-off date, a
 * fund or an activity filter, from the results themselves. The whole country's by province are its totals summed per
 * province (lib/dashboard/results-by-province.ts).
 */
export async function aggregateResultAreas(
  db: Q,
  scope: DashboardScope,
  f: DashboardFilters,
  current: Window,
  cutoff?: Date,
  /** The first rows only (the page shows 30); `total` still counts them all. */
  limit?: number,
): Promise<{ rows: AggRow[]; total: number }> {
  // In the official order of the areas (administrative code), then the indicators' order (Indicator.position), sorted
  // and cut by the database before the rows are named: a province's commune results are ~5,000 rows at national
  // scale, of which the page shows 30 (issue 21: reading, formatting and sorting all of them cost the page ~30 ms of
  // the server's time, and naming all of them ~20 ms of the database's). The first rows come from no more communes than
  // there are rows: those communes are found first (`firsts`, one name each), then only their rows are joined to the
  // indicators and sorted, and their historic units named (sorting all ~4,800 sums to keep 30: 26 → 18 ms).
  const rows = await db.$queryRaw<Array<AggRow & { areaRows: number }>>`
    WITH RECURSIVE ${perUnitCtes(scope, f, current, cutoff)},
    area AS (
      SELECT pu."indicatorId", pu."communeId" AS "areaId", SUM(pu.value)::bigint AS value, bool_or(pu."atLeast") AS "atLeast",
        SUM(pu.n)::int AS n, bool_or(pu.approx) AS approx
      FROM per_unit pu WHERE pu."communeId" IS NOT NULL
      GROUP BY 1, 2
    ),
    firsts AS (
      SELECT DISTINCT a."areaId", au.code FROM area a LEFT JOIN "AdminUnit" au ON au.id = a."areaId"
      ORDER BY au.code, a."areaId"
      ${limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}
    ),
    ranked AS (
      SELECT a.*, fa.code AS "areaCode", i.position, i.code AS "indicatorCode"
      FROM area a JOIN firsts fa ON fa."areaId" = a."areaId" JOIN "Indicator" i ON i.id = a."indicatorId"
      ORDER BY fa.code, a."areaId", i.position, i.code
      ${limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}
    ),
    hist AS (
      SELECT pu."indicatorId", pu."communeId", string_agg(DISTINCT hu.name, '; ') AS historic
      FROM per_unit pu JOIN "AdminUnit" hu ON hu.id = pu."unitId"
      WHERE pu."unitId" <> pu."communeId" AND pu."communeId" IN (SELECT r."areaId" FROM ranked r)
      GROUP BY 1, 2
    )
    SELECT r."indicatorId", NULL::int AS year, NULL::int AS "startYear", NULL::int AS "endYear", 'area' AS bucket,
      r."areaId", cu.name || CASE WHEN cu."validTo" IS NOT NULL THEN ' (cũ)' ELSE '' END AS label,
      h.historic, r.value, r."atLeast", r.n, r.approx,
      (SELECT count(*) FROM area a JOIN "Indicator" i ON i.id = a."indicatorId")::int AS "areaRows"
    FROM ranked r LEFT JOIN "AdminUnit" cu ON cu.id = r."areaId"
    LEFT JOIN hist h ON h."indicatorId" = r."indicatorId" AND h."communeId" = r."areaId"
    ORDER BY r."areaCode", r."areaId", r.position, r."indicatorCode"`;
  return { rows, total: rows[0]?.areaRows ?? 0 };
}

/**
 * CTEs ending with `per_unit` ("indicatorId", "communeId" — the current area —, "unitId" — the unit recorded —, value,
 * "atLeast", n, approx) for aggregateResultAreas: sums of results, several rows per unit allowed (`area` sums them).
 */
function perUnitCtes(scope: DashboardScope, f: DashboardFilters, current: Window, cutoff?: Date): Prisma.Sql {
  if (!cutoff && !f.fund && !f.category) {
    // From the commune roll-up ("ResultAreaTotal", kept by triggers): its rows (sums per recorded unit and year or
    // period), rolled to the current commune here exactly as the results themselves are below (issue 21: no read of
    // the province's results). Not summed per unit first: `area` sums them per current commune anyway (summing twice
    // cost the biggest province ~10 ms of the statement's ~60).
    const commune = f.commune ? Prisma.sql`AND COALESCE(ro.cur, t."communeId") = ${f.commune}` : Prisma.empty;
    const yearCutT = f.year ? Prisma.sql`AND t.year = ${f.year}` : Prisma.empty;
    return Prisma.sql`
      ${unitRollCte("arolled")},
      per_unit AS (
        SELECT t."indicatorId", COALESCE(ro.cur, t."communeId") AS "communeId", t."communeId" AS "unitId", t.value,
          t."atLeastN" > 0 AS "atLeast", t.n, t."approxN" > 0 AS approx
        FROM "ResultAreaTotal" t
        LEFT JOIN arolled ro ON ro.id = t."communeId"
        WHERE ${inScope(Prisma.sql`t."provinceId"`, scope)} AND ${inWindow(current, "t")} ${commune} ${yearCutT}
      )`;
  }
  const yearCut = f.year ? Prisma.sql`AND rs.year = ${f.year}` : Prisma.empty;
  // A report's cut-off date, a fund or an activity, which the commune roll-up does not carry: from the results themselves.
  // Summed per recorded unit first (a hash aggregate over the province's rows), then named and rolled up.
  return Prisma.sql`
    ${resultsCte(scope, f, current, null, { cutoff })},
    per_unit AS (
      SELECT rs."indicatorId", rs."communeId", rs."unitId", SUM(rs.value) AS value, bool_or(rs."atLeast") AS "atLeast", COUNT(*) AS n, bool_or(rs.approximate) AS approx
      FROM rs WHERE rs."communeId" IS NOT NULL ${yearCut}
      GROUP BY rs."indicatorId", rs."communeId", rs."unitId"
    )`;
}
