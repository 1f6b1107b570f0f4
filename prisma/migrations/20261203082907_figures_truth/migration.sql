-- AlterTable
ALTER TABLE "AdminUnit" ADD COLUMN     "difficultAreaIllustrative" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "beneficiaryName" TEXT;

-- AlterTable
ALTER TABLE "ProposalTotal" ADD COLUMN     "documentedCounterpart" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "illustrative" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "plannedCounterpart" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "trackedCommitted" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Result" ADD COLUMN     "approximate" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ResultTotal" ADD COLUMN     "approxN" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Settlement" ADD COLUMN     "exceptionById" TEXT,
ADD COLUMN     "exceptionReason" TEXT,
ADD COLUMN     "requiredCounterpart" BIGINT;

-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "approximate" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AdminUnitSuccession" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "AdminUnitSuccession_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateIndex
CREATE INDEX "AdminUnitSuccession_toId_idx" ON "AdminUnitSuccession"("toId");

-- AddForeignKey
ALTER TABLE "AdminUnitSuccession" ADD CONSTRAINT "AdminUnitSuccession_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdminUnitSuccession" ADD CONSTRAINT "AdminUnitSuccession_toId_fkey" FOREIGN KEY ("toId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Roll-ups (issue 12): "ProposalTotal" now keeps illustrative đề án apart (Proposal.fictional, part of the
-- key) so official totals can leave them out, and the two counterpart figures the ratio needs, each over
-- the same đề án as its denominator: planned counterpart over committed đề án (÷ committed support) and
-- documented counterpart over settled đề án (÷ settled support). "ResultTotal" counts approximate figures
-- ("khoảng …") so the qualifier travels with the sum. Same statement triggers; functions replaced.

CREATE OR REPLACE FUNCTION proposal_totals_merge(minus "Proposal"[], plus "Proposal"[]) RETURNS void LANGUAGE plpgsql AS '
DECLARE
  emptied text[];
BEGIN
  WITH d AS (
    SELECT -1 AS s, x.* FROM unnest(minus) x WHERE x.status::text IN (''APPROVED'', ''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED'', ''STOPPED'')
    UNION ALL
    SELECT 1, x.* FROM unnest(plus) x WHERE x.status::text IN (''APPROVED'', ''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED'', ''STOPPED'')
  ), c AS (
    SELECT d.s, a."provinceId", d.year, d.fund, d."activityCategoryId", d."communeId", (d.status::text IN (''APPROVED'', ''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED'')) AS "isCommitted",
      d.status, d.fictional, d."approvedSupport", d."ledgerDisbursed", d."settledSupport", d."settledCounterpart", d.counterpart
    FROM d LEFT JOIN "Agency" a ON a.id = d."agencyId"
  ), up AS (
    INSERT INTO "ProposalTotal" AS t ("key", "provinceId", "year", "fund", "activityCategoryId", "communeId", "isCommitted", "illustrative", "n", "committed", "disbursed", "settled", "counterpart", "plannedCounterpart", "documentedCounterpart", "trackedCommitted")
    SELECT md5(concat_ws(''|'', COALESCE(c."provinceId", ''''), c.year, c.fund, c."activityCategoryId", COALESCE(c."communeId", ''''), c."isCommitted", c.fictional)),
      c."provinceId", c.year, c.fund, c."activityCategoryId", c."communeId", c."isCommitted", c.fictional,
      SUM(c.s * CASE WHEN c."isCommitted" THEN 1 ELSE 0 END)::int,
      SUM(c.s * CASE WHEN c."isCommitted" THEN COALESCE(c."approvedSupport", 0) ELSE 0 END)::bigint,
      SUM(c.s * c."ledgerDisbursed")::bigint,
      SUM(c.s * COALESCE(c."settledSupport", 0))::bigint,
      SUM(c.s * CASE WHEN c."isCommitted" THEN COALESCE(c."settledCounterpart", c.counterpart) ELSE 0 END)::bigint,
      SUM(c.s * CASE WHEN c."isCommitted" THEN c.counterpart ELSE 0 END)::bigint,
      SUM(c.s * CASE WHEN c."settledSupport" IS NOT NULL THEN COALESCE(c."settledCounterpart", 0) ELSE 0 END)::bigint,
      SUM(c.s * CASE WHEN c."isCommitted" AND (c.status::text IN (''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED'') OR c."ledgerDisbursed" <> 0)
        THEN COALESCE(c."approvedSupport", 0) ELSE 0 END)::bigint
    FROM c
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    -- Every delta counts: a đề án moving from approved to contracted changes only what is tracked.
    HAVING SUM(c.s) <> 0 OR SUM(c.s * COALESCE(c."approvedSupport", 0)) <> 0 OR SUM(c.s * c."ledgerDisbursed") <> 0
      OR SUM(c.s * COALESCE(c."settledSupport", 0)) <> 0 OR SUM(c.s * COALESCE(c."settledCounterpart", c.counterpart)) <> 0
      OR SUM(c.s * CASE WHEN c."isCommitted" THEN c.counterpart ELSE 0 END) <> 0
      OR SUM(c.s * CASE WHEN c."settledSupport" IS NOT NULL THEN COALESCE(c."settledCounterpart", 0) ELSE 0 END) <> 0
      OR SUM(c.s * CASE WHEN c."isCommitted" AND (c.status::text IN (''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED'') OR c."ledgerDisbursed" <> 0)
        THEN COALESCE(c."approvedSupport", 0) ELSE 0 END) <> 0
    ORDER BY 1
    ON CONFLICT ("key") DO UPDATE SET "n" = t."n" + EXCLUDED."n", "committed" = t."committed" + EXCLUDED."committed",
      "disbursed" = t."disbursed" + EXCLUDED."disbursed", "settled" = t."settled" + EXCLUDED."settled",
      "counterpart" = t."counterpart" + EXCLUDED."counterpart", "plannedCounterpart" = t."plannedCounterpart" + EXCLUDED."plannedCounterpart",
      "documentedCounterpart" = t."documentedCounterpart" + EXCLUDED."documentedCounterpart", "trackedCommitted" = t."trackedCommitted" + EXCLUDED."trackedCommitted"
    RETURNING t."key", t."n", t."committed", t."disbursed", t."settled", t."counterpart", t."plannedCounterpart", t."documentedCounterpart", t."trackedCommitted"
  )
  SELECT array_agg(up."key") INTO emptied FROM up
  WHERE up."n" = 0 AND up."committed" = 0 AND up."disbursed" = 0 AND up."settled" = 0 AND up."counterpart" = 0
    AND up."plannedCounterpart" = 0 AND up."documentedCounterpart" = 0 AND up."trackedCommitted" = 0;
  IF emptied IS NOT NULL THEN
    DELETE FROM "ProposalTotal" WHERE "key" = ANY (emptied);
  END IF;
END;
';

CREATE OR REPLACE FUNCTION proposal_totals_on_change() RETURNS trigger LANGUAGE plpgsql AS '
DECLARE
  minus "Proposal"[];
  plus "Proposal"[];
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM proposal_totals_merge(NULL::"Proposal"[], ARRAY(SELECT ROW(n.*)::"Proposal" FROM new_rows n));
  ELSIF TG_OP = ''UPDATE'' THEN
    SELECT array_agg(ROW(o.*)::"Proposal"), array_agg(ROW(n.*)::"Proposal") INTO minus, plus
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.status, o."agencyId", o.year, o.fund, o."activityCategoryId", o."communeId", o."approvedSupport", o.counterpart,
           o."ledgerDisbursed", o."settledSupport", o."settledCounterpart", o.fictional)
      IS DISTINCT FROM (n.status, n."agencyId", n.year, n.fund, n."activityCategoryId", n."communeId", n."approvedSupport", n.counterpart,
           n."ledgerDisbursed", n."settledSupport", n."settledCounterpart", n.fictional);
    IF minus IS NOT NULL THEN
      PERFORM proposal_totals_merge(minus, plus);
    END IF;
  ELSE
    PERFORM proposal_totals_merge(ARRAY(SELECT ROW(o.*)::"Proposal" FROM old_rows o), NULL::"Proposal"[]);
  END IF;
  RETURN NULL;
END;
';

CREATE OR REPLACE FUNCTION result_totals_merge(minus "Result"[], plus "Result"[]) RETURNS void LANGUAGE plpgsql AS '
DECLARE
  emptied text[];
BEGIN
  WITH d AS (
    SELECT -1 AS s, x.* FROM unnest(minus) x WHERE x.status::text = ''APPROVED''
    UNION ALL
    SELECT 1, x.* FROM unnest(plus) x WHERE x.status::text = ''APPROVED''
  ), c AS (
    SELECT d.s, d."indicatorId", COALESCE(d."provinceId", a."provinceId") AS "provinceId", d.year, d."startYear", d."endYear", d.fund,
      d."activityCategoryId", CASE WHEN d."activityCategoryId" IS NULL THEN NULLIF(d."rawText", '''') END AS "rawText", d.value, d."atLeast", d.approximate
    FROM d LEFT JOIN "Agency" a ON a.id = d."agencyId"
  ), up AS (
    INSERT INTO "ResultTotal" AS t ("key", "indicatorId", "provinceId", "year", "startYear", "endYear", "fund", "activityCategoryId", "rawText", "value", "n", "atLeastN", "approxN")
    SELECT md5(concat_ws(''|'', c."indicatorId", COALESCE(c."provinceId", ''''), COALESCE(c.year::text, ''''), c."startYear", c."endYear",
        COALESCE(c.fund::text, ''''), COALESCE(c."activityCategoryId", ''''), COALESCE(md5(c."rawText"), ''''))),
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
END;
';

SELECT proposal_totals_rebuild();
SELECT result_totals_rebuild();
