-- Issue 21: the dashboards' indicator totals summed per indicator, province and year or period, without the fund,
-- activity and source words of "ResultTotal" (~21,000 rows instead of ~258,000 at national scale): the whole country's
-- totals read ~100,000 "ResultTotal" rows per view to sum them to ~8,000. Kept exact in the same statement trigger as
-- "ResultTotal" (result_totals_merge, now fed by result_total_deltas) and emptied rows removed the same way.
-- CreateTable
CREATE TABLE "ResultProvinceTotal" (
    "key" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "provinceId" TEXT,
    "year" INTEGER,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "value" BIGINT NOT NULL,
    "n" INTEGER NOT NULL,
    "atLeastN" INTEGER NOT NULL,
    "approxN" INTEGER NOT NULL,

    CONSTRAINT "ResultProvinceTotal_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ResultProvinceTotal_read_idx" ON "ResultProvinceTotal"("provinceId", "year", "startYear", "endYear", "indicatorId", "value", "n", "atLeastN", "approxN");

-- The signed changes of a statement on "Result", approved rows only, with the province of the result (else its
-- agency's) and the source words of an uncategorised row: what both roll-ups add up.
CREATE OR REPLACE FUNCTION result_total_deltas(minus "Result"[], plus "Result"[])
RETURNS TABLE (s int, "indicatorId" text, "provinceId" text, year int, "startYear" int, "endYear" int, fund "Fund",
  "activityCategoryId" text, "rawText" text, value bigint, "atLeast" boolean, approximate boolean)
LANGUAGE sql STABLE AS $$
  WITH d AS (
    SELECT -1 AS s, x.* FROM unnest(minus) x WHERE x.status::text = 'APPROVED'
    UNION ALL
    SELECT 1, x.* FROM unnest(plus) x WHERE x.status::text = 'APPROVED'
  )
  SELECT d.s, d."indicatorId", COALESCE(d."provinceId", a."provinceId"), d.year, d."startYear", d."endYear", d.fund,
    d."activityCategoryId", CASE WHEN d."activityCategoryId" IS NULL THEN NULLIF(d."rawText", '') END, d.value, d."atLeast", d.approximate
  FROM d LEFT JOIN "Agency" a ON a.id = d."agencyId"
$$;

CREATE OR REPLACE FUNCTION result_totals_merge(minus "Result"[], plus "Result"[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  emptied text[];
BEGIN
  WITH c AS (SELECT * FROM result_total_deltas(minus, plus)), up AS (
    INSERT INTO "ResultTotal" AS t ("key", "indicatorId", "provinceId", "year", "startYear", "endYear", "fund", "activityCategoryId", "rawText", "value", "n", "atLeastN", "approxN")
    SELECT md5(concat_ws('|', c."indicatorId", COALESCE(c."provinceId", ''), COALESCE(c.year::text, ''), c."startYear", c."endYear",
        COALESCE(c.fund::text, ''), COALESCE(c."activityCategoryId", ''), COALESCE(md5(c."rawText"), ''))),
      c."indicatorId", c."provinceId", c.year, c."startYear", c."endYear", c.fund, c."activityCategoryId", c."rawText",
      SUM(c.s * c.value)::bigint, SUM(c.s)::int, SUM(CASE WHEN c."atLeast" THEN c.s ELSE 0 END)::int, SUM(CASE WHEN c.approximate THEN c.s ELSE 0 END)::int
    FROM c
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    HAVING SUM(c.s) <> 0 OR SUM(c.s * c.value) <> 0
    ORDER BY 1
    ON CONFLICT ("key") DO UPDATE SET "value" = t."value" + EXCLUDED."value", "n" = t."n" + EXCLUDED."n", "atLeastN" = t."atLeastN" + EXCLUDED."atLeastN",
      "approxN" = t."approxN" + EXCLUDED."approxN"
    RETURNING t."key", t."n", t."value"
  )
  SELECT array_agg(up."key") INTO emptied FROM up WHERE up."n" = 0 AND up."value" = 0;
  IF emptied IS NOT NULL THEN
    DELETE FROM "ResultTotal" WHERE "key" = ANY (emptied);
  END IF;
  emptied := NULL;
  WITH c AS (SELECT * FROM result_total_deltas(minus, plus)), up AS (
    INSERT INTO "ResultProvinceTotal" AS t ("key", "indicatorId", "provinceId", "year", "startYear", "endYear", "value", "n", "atLeastN", "approxN")
    SELECT md5(concat_ws('|', c."indicatorId", COALESCE(c."provinceId", ''), COALESCE(c.year::text, ''), c."startYear", c."endYear")),
      c."indicatorId", c."provinceId", c.year, c."startYear", c."endYear",
      SUM(c.s * c.value)::bigint, SUM(c.s)::int, SUM(CASE WHEN c."atLeast" THEN c.s ELSE 0 END)::int, SUM(CASE WHEN c.approximate THEN c.s ELSE 0 END)::int
    FROM c
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING SUM(c.s) <> 0 OR SUM(c.s * c.value) <> 0
    ORDER BY 1
    ON CONFLICT ("key") DO UPDATE SET "value" = t."value" + EXCLUDED."value", "n" = t."n" + EXCLUDED."n", "atLeastN" = t."atLeastN" + EXCLUDED."atLeastN",
      "approxN" = t."approxN" + EXCLUDED."approxN"
    RETURNING t."key", t."n", t."value"
  )
  SELECT array_agg(up."key") INTO emptied FROM up WHERE up."n" = 0 AND up."value" = 0;
  IF emptied IS NOT NULL THEN
    DELETE FROM "ResultProvinceTotal" WHERE "key" = ANY (emptied);
  END IF;
END;
$$;

CREATE OR REPLACE FUNCTION result_totals_rebuild() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  i text;
BEGIN
  DELETE FROM "ResultTotal";
  DELETE FROM "ResultProvinceTotal";
  FOR i IN SELECT DISTINCT "indicatorId" FROM "Result" WHERE status::text = 'APPROVED' ORDER BY 1 LOOP
    PERFORM result_totals_merge(NULL::"Result"[], ARRAY(SELECT r FROM "Result" r WHERE r."indicatorId" = i AND r.status::text = 'APPROVED')::"Result"[]);
  END LOOP;
END;
$$;

-- The rows that exist already, from the exact "ResultTotal".
INSERT INTO "ResultProvinceTotal" ("key", "indicatorId", "provinceId", "year", "startYear", "endYear", "value", "n", "atLeastN", "approxN")
SELECT md5(concat_ws('|', t."indicatorId", COALESCE(t."provinceId", ''), COALESCE(t.year::text, ''), t."startYear", t."endYear")),
  t."indicatorId", t."provinceId", t.year, t."startYear", t."endYear", SUM(t.value), SUM(t.n), SUM(t."atLeastN"), SUM(t."approxN")
FROM "ResultTotal" t
GROUP BY 1, 2, 3, 4, 5, 6;
