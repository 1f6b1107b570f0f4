-- Issue 21: the results by owner group summed per indicator, province, year, illustrative or not and owner group,
-- without the fund and activity of "OwnerResultTotal" (~65,000 rows instead of ~343,000 at national scale): the whole
-- country's breakdown summed ~200,000 "OwnerResultTotal" rows per view. Kept exact in the same statement triggers as
-- "OwnerResultTotal" (owner_result_totals_merge, now fed by owner_result_deltas), emptied rows removed the same way.
-- CreateTable
CREATE TABLE "OwnerResultProvinceTotal" (
    "key" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "provinceId" TEXT,
    "year" INTEGER NOT NULL,
    "illustrative" BOOLEAN NOT NULL,
    "women" BOOLEAN,
    "ethnic" BOOLEAN,
    "value" BIGINT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "OwnerResultProvinceTotal_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "OwnerResultProvinceTotal_read_idx" ON "OwnerResultProvinceTotal"("provinceId", "year", "illustrative", "indicatorId", "women", "ethnic", "value", "n");

-- The signed changes: approved acceptance results × the đề án rows (approved and later) they counted with (minus) and
-- count with now (plus), with the province of the đề án's agency.
CREATE OR REPLACE FUNCTION owner_result_deltas(minus_r "Result"[], minus_p "Proposal"[], plus_r "Result"[], plus_p "Proposal"[])
RETURNS TABLE (s int, "indicatorId" text, value bigint, year int, fund "Fund", "activityCategoryId" text, fictional boolean,
  "ownerWomen" boolean, "ownerEthnic" boolean, "provinceId" text)
LANGUAGE sql STABLE AS $$
  WITH d AS (
    SELECT -1 AS s, r."indicatorId", r.value, p."agencyId", p.year, p.fund, p."activityCategoryId", p.fictional, p."ownerWomen", p."ownerEthnic"
    FROM unnest(minus_r) r JOIN unnest(minus_p) p ON p.id = r."proposalId"
    WHERE r.origin::text = 'ACCEPTANCE' AND r.status::text = 'APPROVED'
      AND p.status::text IN ('APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'ACCEPTED', 'SETTLED')
    UNION ALL
    SELECT 1, r."indicatorId", r.value, p."agencyId", p.year, p.fund, p."activityCategoryId", p.fictional, p."ownerWomen", p."ownerEthnic"
    FROM unnest(plus_r) r JOIN unnest(plus_p) p ON p.id = r."proposalId"
    WHERE r.origin::text = 'ACCEPTANCE' AND r.status::text = 'APPROVED'
      AND p.status::text IN ('APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'ACCEPTED', 'SETTLED')
  )
  SELECT d.s, d."indicatorId", d.value, d.year, d.fund, d."activityCategoryId", d.fictional, d."ownerWomen", d."ownerEthnic", a."provinceId"
  FROM d LEFT JOIN "Agency" a ON a.id = d."agencyId"
$$;

CREATE OR REPLACE FUNCTION owner_result_totals_merge(minus_r "Result"[], minus_p "Proposal"[], plus_r "Result"[], plus_p "Proposal"[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  emptied text[];
BEGIN
  WITH c AS (SELECT * FROM owner_result_deltas(minus_r, minus_p, plus_r, plus_p)), up AS (
    INSERT INTO "OwnerResultTotal" AS t ("key", "indicatorId", "provinceId", "year", "fund", "activityCategoryId", "illustrative", "women", "ethnic", "value", "n")
    SELECT md5(concat_ws('|', c."indicatorId", COALESCE(c."provinceId", ''), c.year, c.fund, c."activityCategoryId", c.fictional,
        COALESCE(c."ownerWomen"::text, '-'), COALESCE(c."ownerEthnic"::text, '-'))),
      c."indicatorId", c."provinceId", c.year, c.fund, c."activityCategoryId", c.fictional, c."ownerWomen", c."ownerEthnic",
      SUM(c.s * c.value)::bigint, SUM(c.s)::int
    FROM c
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    HAVING SUM(c.s) <> 0 OR SUM(c.s * c.value) <> 0
    ORDER BY 1
    ON CONFLICT ("key") DO UPDATE SET "value" = t."value" + EXCLUDED."value", "n" = t."n" + EXCLUDED."n"
    RETURNING t."key", t."n", t."value"
  )
  SELECT array_agg(up."key") INTO emptied FROM up WHERE up."n" = 0 AND up."value" = 0;
  IF emptied IS NOT NULL THEN
    DELETE FROM "OwnerResultTotal" WHERE "key" = ANY (emptied);
  END IF;
  emptied := NULL;
  WITH c AS (SELECT * FROM owner_result_deltas(minus_r, minus_p, plus_r, plus_p)), up AS (
    INSERT INTO "OwnerResultProvinceTotal" AS t ("key", "indicatorId", "provinceId", "year", "illustrative", "women", "ethnic", "value", "n")
    SELECT md5(concat_ws('|', c."indicatorId", COALESCE(c."provinceId", ''), c.year, c.fictional,
        COALESCE(c."ownerWomen"::text, '-'), COALESCE(c."ownerEthnic"::text, '-'))),
      c."indicatorId", c."provinceId", c.year, c.fictional, c."ownerWomen", c."ownerEthnic",
      SUM(c.s * c.value)::bigint, SUM(c.s)::int
    FROM c
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING SUM(c.s) <> 0 OR SUM(c.s * c.value) <> 0
    ORDER BY 1
    ON CONFLICT ("key") DO UPDATE SET "value" = t."value" + EXCLUDED."value", "n" = t."n" + EXCLUDED."n"
    RETURNING t."key", t."n", t."value"
  )
  SELECT array_agg(up."key") INTO emptied FROM up WHERE up."n" = 0 AND up."value" = 0;
  IF emptied IS NOT NULL THEN
    DELETE FROM "OwnerResultProvinceTotal" WHERE "key" = ANY (emptied);
  END IF;
END;
$$;

-- The coarse sums from the exact "OwnerResultTotal" (the migration's backfill, and the rebuild's last step).
CREATE OR REPLACE FUNCTION owner_result_province_totals_fill() RETURNS void LANGUAGE sql AS $$
  INSERT INTO "OwnerResultProvinceTotal" ("key", "indicatorId", "provinceId", "year", "illustrative", "women", "ethnic", "value", "n")
  SELECT md5(concat_ws('|', t."indicatorId", COALESCE(t."provinceId", ''), t.year, t.illustrative,
      COALESCE(t.women::text, '-'), COALESCE(t.ethnic::text, '-'))),
    t."indicatorId", t."provinceId", t.year, t.illustrative, t.women, t.ethnic, SUM(t.value)::bigint, SUM(t.n)::int
  FROM "OwnerResultTotal" t
  GROUP BY 1, 2, 3, 4, 5, 6, 7;
$$;

-- Both from the rows (the generator's bulk load runs with its triggers off).
CREATE OR REPLACE FUNCTION owner_result_totals_rebuild() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "OwnerResultTotal";
  DELETE FROM "OwnerResultProvinceTotal";
  INSERT INTO "OwnerResultTotal" ("key", "indicatorId", "provinceId", "year", "fund", "activityCategoryId", "illustrative", "women", "ethnic", "value", "n")
  SELECT md5(concat_ws('|', r."indicatorId", COALESCE(a."provinceId", ''), p.year, p.fund, p."activityCategoryId", p.fictional,
      COALESCE(p."ownerWomen"::text, '-'), COALESCE(p."ownerEthnic"::text, '-'))),
    r."indicatorId", a."provinceId", p.year, p.fund, p."activityCategoryId", p.fictional, p."ownerWomen", p."ownerEthnic",
    SUM(r.value)::bigint, COUNT(*)::int
  FROM "Result" r JOIN "Proposal" p ON p.id = r."proposalId" LEFT JOIN "Agency" a ON a.id = p."agencyId"
  WHERE r.origin::text = 'ACCEPTANCE' AND r.status::text = 'APPROVED'
    AND p.status::text IN ('APPROVED', 'CONTRACTED', 'IN_PROGRESS', 'ACCEPTED', 'SETTLED')
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
  SELECT owner_result_province_totals_fill();
$$;

SELECT owner_result_province_totals_fill();
