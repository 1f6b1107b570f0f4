-- CreateTable
CREATE TABLE "ResultAreaTotal" (
    "key" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "provinceId" TEXT,
    "communeId" TEXT NOT NULL,
    "year" INTEGER,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "value" BIGINT NOT NULL,
    "n" INTEGER NOT NULL,
    "atLeastN" INTEGER NOT NULL,
    "approxN" INTEGER NOT NULL,

    CONSTRAINT "ResultAreaTotal_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ResultAreaTotal_read_idx" ON "ResultAreaTotal"("provinceId", "year", "startYear", "endYear", "indicatorId", "communeId", "value", "n", "atLeastN", "approxN");

-- The commune breakdown of the leader dashboard summed the province's approved results on every request (124k
-- rows for the biggest province at national scale). "ResultAreaTotal" holds those sums per indicator, recorded
-- commune (a historic district keeps its own key and is rolled to its successor when read) and year or period —
-- no fund or activity, so it stays small (with a fund or activity filter the breakdown reads the results). Kept exact
-- by statement triggers on "Result" in the writer's transaction, like "ResultTotal" (20261201000000_dashboard_rollups):
-- keys merged in key order, so concurrent writers lock roll-up rows in the same order; emptied keys removed.

CREATE OR REPLACE FUNCTION result_area_totals_merge(minus "Result"[], plus "Result"[]) RETURNS void LANGUAGE plpgsql AS '
DECLARE
  emptied text[];
BEGIN
  WITH d AS (
    SELECT -1 AS s, x.* FROM unnest(minus) x WHERE x.status::text = ''APPROVED'' AND x."communeId" IS NOT NULL
    UNION ALL
    SELECT 1, x.* FROM unnest(plus) x WHERE x.status::text = ''APPROVED'' AND x."communeId" IS NOT NULL
  ), c AS (
    SELECT d.s, d."indicatorId", COALESCE(d."provinceId", a."provinceId") AS "provinceId", d."communeId", d.year, d."startYear", d."endYear",
      d.value, d."atLeast", d.approximate
    FROM d LEFT JOIN "Agency" a ON a.id = d."agencyId"
  ), up AS (
    INSERT INTO "ResultAreaTotal" AS t ("key", "indicatorId", "provinceId", "communeId", "year", "startYear", "endYear", "value", "n", "atLeastN", "approxN")
    SELECT md5(concat_ws(''|'', c."indicatorId", COALESCE(c."provinceId", ''''), c."communeId", COALESCE(c.year::text, ''''), c."startYear", c."endYear")),
      c."indicatorId", c."provinceId", c."communeId", c.year, c."startYear", c."endYear",
      SUM(c.s * c.value)::bigint, SUM(c.s)::int, SUM(CASE WHEN c."atLeast" THEN c.s ELSE 0 END)::int, SUM(CASE WHEN c.approximate THEN c.s ELSE 0 END)::int
    FROM c
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING SUM(c.s) <> 0 OR SUM(c.s * c.value) <> 0
    ORDER BY 1
    ON CONFLICT ("key") DO UPDATE SET "value" = t."value" + EXCLUDED."value", "n" = t."n" + EXCLUDED."n", "atLeastN" = t."atLeastN" + EXCLUDED."atLeastN",
      "approxN" = t."approxN" + EXCLUDED."approxN"
    RETURNING t."key", t."n", t."value"
  )
  SELECT array_agg(up."key") INTO emptied FROM up WHERE up."n" = 0 AND up."value" = 0;
  IF emptied IS NOT NULL THEN
    DELETE FROM "ResultAreaTotal" WHERE "key" = ANY (emptied);
  END IF;
END;
';

CREATE OR REPLACE FUNCTION result_area_totals_on_change() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM result_area_totals_merge(NULL::"Result"[], ARRAY(SELECT ROW(n.*)::"Result" FROM new_rows n WHERE n."communeId" IS NOT NULL));
  ELSIF TG_OP = ''UPDATE'' THEN
    PERFORM result_area_totals_merge(ARRAY(SELECT ROW(o.*)::"Result" FROM old_rows o WHERE o."communeId" IS NOT NULL),
      ARRAY(SELECT ROW(n.*)::"Result" FROM new_rows n WHERE n."communeId" IS NOT NULL));
  ELSE
    PERFORM result_area_totals_merge(ARRAY(SELECT ROW(o.*)::"Result" FROM old_rows o WHERE o."communeId" IS NOT NULL), NULL::"Result"[]);
  END IF;
  RETURN NULL;
END;
';

CREATE TRIGGER result_area_totals_insert AFTER INSERT ON "Result"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_area_totals_on_change();
CREATE TRIGGER result_area_totals_update AFTER UPDATE ON "Result"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_area_totals_on_change();
CREATE TRIGGER result_area_totals_delete AFTER DELETE ON "Result"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION result_area_totals_on_change();

CREATE OR REPLACE FUNCTION result_area_totals_rebuild() RETURNS void LANGUAGE plpgsql AS '
DECLARE
  i text;
BEGIN
  DELETE FROM "ResultAreaTotal";
  FOR i IN SELECT DISTINCT "indicatorId" FROM "Result" WHERE status::text = ''APPROVED'' AND "communeId" IS NOT NULL ORDER BY 1 LOOP
    PERFORM result_area_totals_merge(NULL::"Result"[],
      ARRAY(SELECT r FROM "Result" r WHERE r."indicatorId" = i AND r.status::text = ''APPROVED'' AND r."communeId" IS NOT NULL)::"Result"[]);
  END LOOP;
END;
';

SELECT result_area_totals_rebuild();
