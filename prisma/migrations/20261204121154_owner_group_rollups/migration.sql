-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "ownerEthnic" BOOLEAN,
ADD COLUMN     "ownerIndustryCode" TEXT,
ADD COLUMN     "ownerWomen" BOOLEAN;

-- CreateTable
CREATE TABLE "OwnerResultTotal" (
    "key" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "provinceId" TEXT,
    "year" INTEGER NOT NULL,
    "fund" "Fund" NOT NULL,
    "activityCategoryId" TEXT NOT NULL,
    "illustrative" BOOLEAN NOT NULL,
    "women" BOOLEAN,
    "ethnic" BOOLEAN,
    "value" BIGINT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "OwnerResultTotal_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "OwnerResultTotal_province_idx" ON "OwnerResultTotal"("provinceId", "year", "fund", "illustrative", "activityCategoryId", "indicatorId", "women", "ethnic", "value");

-- CreateIndex
CREATE INDEX "OwnerResultTotal_read_idx" ON "OwnerResultTotal"("year", "provinceId", "fund", "illustrative", "activityCategoryId", "indicatorId", "women", "ethnic", "value");

-- CreateIndex
CREATE INDEX "Proposal_owner_read_idx" ON "Proposal"("year", "agencyId", "status", "fund", "activityCategoryId", "communeId", "fictional", "ownerWomen", "ownerEthnic", "ownerIndustryCode", "establishmentId", "approvedSupport");

-- Owner groups (issue 21). The dashboard's breakdown by owner group and industry joined every đề án of the scope to
-- its establishment and, for the results, every approved acceptance result to both (at national scale ~1.2 s per
-- request). Two things now keep what it needs in the writer's transaction:
--  1. "Proposal".ownerWomen / ownerEthnic / ownerIndustryCode: the establishment's, copied by a BEFORE row trigger
--     whenever a đề án is written with (another) establishment — or the application tries to write them — and
--     followed when an establishment's owner group or industry changes (its đề án are updated, so every trigger on
--     "Proposal" sees the change). A deleted establishment sets establishmentId to NULL: the copy becomes NULL too.
--  2. "OwnerResultTotal": approved acceptance results of committed đề án per indicator, province, year, fund,
--     activity, illustrative and owner group. Its contribution is (result row × its đề án row), so it follows
--     writes to both: statement triggers on "Result" (with the đề án as they stand) and on "Proposal" (with the
--     results as they stand, old key out, new key in), and a BEFORE DELETE row trigger on "Proposal" that takes a
--     deleted đề án's results out while they still exist (the cascade that deletes them runs after the đề án row is
--     gone, when the result trigger can no longer see it). Keys merged in key order; emptied keys removed.

CREATE OR REPLACE FUNCTION proposal_owner_copy() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
  -- No establishment (or none found): all three NULL (SELECT INTO assigns NULLs when no row is found).
  SELECT e."womenOwned", e."ethnicMinorityOwned", e."industryCode" INTO NEW."ownerWomen", NEW."ownerEthnic", NEW."ownerIndustryCode"
  FROM "Establishment" e WHERE e.id = NEW."establishmentId";
  RETURN NEW;
END;
';

CREATE TRIGGER proposal_owner_insert BEFORE INSERT ON "Proposal" FOR EACH ROW EXECUTE FUNCTION proposal_owner_copy();
CREATE TRIGGER proposal_owner_update BEFORE UPDATE OF "establishmentId", "ownerWomen", "ownerEthnic", "ownerIndustryCode" ON "Proposal"
  FOR EACH ROW EXECUTE FUNCTION proposal_owner_copy();

CREATE OR REPLACE FUNCTION establishment_owner_follow() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
  UPDATE "Proposal" SET "ownerWomen" = NEW."womenOwned", "ownerEthnic" = NEW."ethnicMinorityOwned", "ownerIndustryCode" = NEW."industryCode"
  WHERE "establishmentId" = NEW.id;
  RETURN NULL;
END;
';

CREATE TRIGGER establishment_owner_update AFTER UPDATE OF "womenOwned", "ethnicMinorityOwned", "industryCode" ON "Establishment" FOR EACH ROW
  WHEN ((OLD."womenOwned", OLD."ethnicMinorityOwned", OLD."industryCode") IS DISTINCT FROM (NEW."womenOwned", NEW."ethnicMinorityOwned", NEW."industryCode"))
  EXECUTE FUNCTION establishment_owner_follow();

-- minus: results × the đề án rows they counted with; plus: results × the đề án rows they count with now.
CREATE OR REPLACE FUNCTION owner_result_totals_merge(minus_r "Result"[], minus_p "Proposal"[], plus_r "Result"[], plus_p "Proposal"[])
RETURNS void LANGUAGE plpgsql AS '
DECLARE
  emptied text[];
BEGIN
  WITH d AS (
    SELECT -1 AS s, r."indicatorId", r.value, p."agencyId", p.year, p.fund, p."activityCategoryId", p.fictional, p."ownerWomen", p."ownerEthnic"
    FROM unnest(minus_r) r JOIN unnest(minus_p) p ON p.id = r."proposalId"
    WHERE r.origin::text = ''ACCEPTANCE'' AND r.status::text = ''APPROVED''
      AND p.status::text IN (''APPROVED'', ''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED'')
    UNION ALL
    SELECT 1, r."indicatorId", r.value, p."agencyId", p.year, p.fund, p."activityCategoryId", p.fictional, p."ownerWomen", p."ownerEthnic"
    FROM unnest(plus_r) r JOIN unnest(plus_p) p ON p.id = r."proposalId"
    WHERE r.origin::text = ''ACCEPTANCE'' AND r.status::text = ''APPROVED''
      AND p.status::text IN (''APPROVED'', ''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED'')
  ), c AS (
    SELECT d.*, a."provinceId" FROM d LEFT JOIN "Agency" a ON a.id = d."agencyId"
  ), up AS (
    INSERT INTO "OwnerResultTotal" AS t ("key", "indicatorId", "provinceId", "year", "fund", "activityCategoryId", "illustrative", "women", "ethnic", "value", "n")
    SELECT md5(concat_ws(''|'', c."indicatorId", COALESCE(c."provinceId", ''''), c.year, c.fund, c."activityCategoryId", c.fictional,
        COALESCE(c."ownerWomen"::text, ''-''), COALESCE(c."ownerEthnic"::text, ''-''))),
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
END;
';

CREATE OR REPLACE FUNCTION owner_result_totals_on_result() RETURNS trigger LANGUAGE plpgsql AS '
DECLARE
  minus_r "Result"[];
  plus_r "Result"[];
  props "Proposal"[];
BEGIN
  IF TG_OP IN (''UPDATE'', ''DELETE'') THEN
    minus_r := ARRAY(SELECT ROW(o.*)::"Result" FROM old_rows o WHERE o."proposalId" IS NOT NULL AND o.origin::text = ''ACCEPTANCE'' AND o.status::text = ''APPROVED'');
  END IF;
  IF TG_OP IN (''UPDATE'', ''INSERT'') THEN
    plus_r := ARRAY(SELECT ROW(n.*)::"Result" FROM new_rows n WHERE n."proposalId" IS NOT NULL AND n.origin::text = ''ACCEPTANCE'' AND n.status::text = ''APPROVED'');
  END IF;
  IF COALESCE(cardinality(minus_r), 0) + COALESCE(cardinality(plus_r), 0) = 0 THEN
    RETURN NULL;
  END IF;
  -- The đề án as they stand (a result written in this statement does not change them). A đề án deleted in this
  -- transaction is not found: its results were taken out before it went (owner_result_totals_before_delete).
  props := ARRAY(SELECT p FROM "Proposal" p WHERE p.id IN (
    SELECT x."proposalId" FROM unnest(minus_r) x UNION SELECT x."proposalId" FROM unnest(plus_r) x));
  PERFORM owner_result_totals_merge(minus_r, props, plus_r, props);
  RETURN NULL;
END;
';

CREATE TRIGGER owner_result_totals_result_insert AFTER INSERT ON "Result"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION owner_result_totals_on_result();
CREATE TRIGGER owner_result_totals_result_update AFTER UPDATE ON "Result"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION owner_result_totals_on_result();
CREATE TRIGGER owner_result_totals_result_delete AFTER DELETE ON "Result"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION owner_result_totals_on_result();

CREATE OR REPLACE FUNCTION owner_result_totals_on_proposal() RETURNS trigger LANGUAGE plpgsql AS '
DECLARE
  minus_p "Proposal"[];
  plus_p "Proposal"[];
  results "Result"[];
BEGIN
  SELECT array_agg(ROW(o.*)::"Proposal"), array_agg(ROW(n.*)::"Proposal") INTO minus_p, plus_p
  FROM old_rows o JOIN new_rows n ON n.id = o.id
  WHERE (o.status::text IN (''APPROVED'', ''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED'')
      OR n.status::text IN (''APPROVED'', ''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED''))
    AND (o.status::text IN (''APPROVED'', ''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED''), o."agencyId", o.year, o.fund,
         o."activityCategoryId", o.fictional, o."ownerWomen", o."ownerEthnic")
      IS DISTINCT FROM (n.status::text IN (''APPROVED'', ''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED''), n."agencyId", n.year, n.fund,
         n."activityCategoryId", n.fictional, n."ownerWomen", n."ownerEthnic");
  IF minus_p IS NULL THEN
    RETURN NULL;
  END IF;
  results := ARRAY(SELECT r FROM "Result" r WHERE r."proposalId" IN (SELECT x.id FROM unnest(plus_p) x)
    AND r.origin::text = ''ACCEPTANCE'' AND r.status::text = ''APPROVED'');
  IF cardinality(results) > 0 THEN
    PERFORM owner_result_totals_merge(results, minus_p, results, plus_p);
  END IF;
  RETURN NULL;
END;
';

CREATE TRIGGER owner_result_totals_proposal_update AFTER UPDATE ON "Proposal"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION owner_result_totals_on_proposal();

CREATE OR REPLACE FUNCTION owner_result_totals_before_delete() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
  IF OLD.status::text IN (''APPROVED'', ''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED'') THEN
    PERFORM owner_result_totals_merge(
      ARRAY(SELECT r FROM "Result" r WHERE r."proposalId" = OLD.id AND r.origin::text = ''ACCEPTANCE'' AND r.status::text = ''APPROVED''),
      ARRAY[OLD], NULL::"Result"[], NULL::"Proposal"[]);
  END IF;
  RETURN OLD;
END;
';

CREATE TRIGGER owner_result_totals_proposal_delete BEFORE DELETE ON "Proposal" FOR EACH ROW EXECUTE FUNCTION owner_result_totals_before_delete();

-- Fill the copies (as the generator does with its triggers off) and the roll-up, from the rows.
CREATE OR REPLACE FUNCTION proposal_owner_rebuild() RETURNS void LANGUAGE sql AS '
  UPDATE "Proposal" p SET "ownerWomen" = e."womenOwned", "ownerEthnic" = e."ethnicMinorityOwned", "ownerIndustryCode" = e."industryCode"
  FROM "Establishment" e
  WHERE e.id = p."establishmentId"
    AND (p."ownerWomen", p."ownerEthnic", p."ownerIndustryCode") IS DISTINCT FROM (e."womenOwned", e."ethnicMinorityOwned", e."industryCode");
';

CREATE OR REPLACE FUNCTION owner_result_totals_rebuild() RETURNS void LANGUAGE sql AS '
  DELETE FROM "OwnerResultTotal";
  INSERT INTO "OwnerResultTotal" ("key", "indicatorId", "provinceId", "year", "fund", "activityCategoryId", "illustrative", "women", "ethnic", "value", "n")
  SELECT md5(concat_ws(''|'', r."indicatorId", COALESCE(a."provinceId", ''''), p.year, p.fund, p."activityCategoryId", p.fictional,
      COALESCE(p."ownerWomen"::text, ''-''), COALESCE(p."ownerEthnic"::text, ''-''))),
    r."indicatorId", a."provinceId", p.year, p.fund, p."activityCategoryId", p.fictional, p."ownerWomen", p."ownerEthnic",
    SUM(r.value)::bigint, COUNT(*)::int
  FROM "Result" r JOIN "Proposal" p ON p.id = r."proposalId" LEFT JOIN "Agency" a ON a.id = p."agencyId"
  WHERE r.origin::text = ''ACCEPTANCE'' AND r.status::text = ''APPROVED''
    AND p.status::text IN (''APPROVED'', ''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED'')
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
';

SELECT proposal_owner_rebuild();
SELECT owner_result_totals_rebuild();
