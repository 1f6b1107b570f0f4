-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "ledgerDisbursed" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "settledCounterpart" BIGINT,
ADD COLUMN     "settledSupport" BIGINT;

-- CreateTable
CREATE TABLE "ProposalTotal" (
    "key" TEXT NOT NULL,
    "provinceId" TEXT,
    "year" INTEGER NOT NULL,
    "fund" "Fund" NOT NULL,
    "activityCategoryId" TEXT NOT NULL,
    "communeId" TEXT,
    "isCommitted" BOOLEAN NOT NULL,
    "n" INTEGER NOT NULL,
    "committed" BIGINT NOT NULL,
    "disbursed" BIGINT NOT NULL,
    "settled" BIGINT NOT NULL,
    "counterpart" BIGINT NOT NULL,

    CONSTRAINT "ProposalTotal_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ResultTotal" (
    "key" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "provinceId" TEXT,
    "year" INTEGER,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "fund" "Fund",
    "activityCategoryId" TEXT,
    "rawText" TEXT,
    "value" BIGINT NOT NULL,
    "n" INTEGER NOT NULL,
    "atLeastN" INTEGER NOT NULL,

    CONSTRAINT "ResultTotal_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ProposalTotal_provinceId_year_idx" ON "ProposalTotal"("provinceId", "year");

-- CreateIndex
CREATE INDEX "ResultTotal_provinceId_idx" ON "ResultTotal"("provinceId");

-- CreateIndex
CREATE INDEX "Result_agencyId_idx" ON "Result"("agencyId");

-- Roll-ups for the dashboards (issue 7: national scale). The leader's and the ministry's dashboards
-- summed every result and every đề án on each request (1–4 s for the whole country on 2 M results);
-- they now read two small tables kept exact by the database itself, in the same transaction as every
-- write, whichever code path writes (seed, import, acceptance, manual results, ledger, settlement,
-- cascades). Written with triggers because the totals must never drift from the rows.
--
-- 1. "Proposal"."ledgerDisbursed" / "settledSupport" / "settledCounterpart": the money of one đề án as the
--    ledger and the settlement record state it (row triggers on "LedgerEntry" and "Settlement").
-- 2. "ProposalTotal": sums per province, year, fund, activity, commune and committed-or-not of the đề án the
--    dashboard counts (approved and later, or stopped); statement triggers on "Proposal" with transition
--    tables, keys merged in key order so concurrent writers lock roll-up rows in the same order.
-- 3. "ResultTotal": approved results per indicator, province, year/period, fund, activity, uncategorised
--    source words; statement triggers on "Result".
-- The list of committed statuses is lib/dashboard/statuses.ts COMMITTED_STATUSES
-- (tests/integration/dashboard-rollups.test.ts checks every status against it).

CREATE OR REPLACE FUNCTION ledger_cash(kind "LedgerKind", amount bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS '
  SELECT CASE kind::text WHEN ''ADVANCE'' THEN amount WHEN ''FINAL_PAYMENT'' THEN amount WHEN ''REFUND'' THEN -amount ELSE 0 END::bigint
';

CREATE OR REPLACE FUNCTION proposal_money_on_ledger() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
  IF TG_OP IN (''UPDATE'', ''DELETE'') THEN
    UPDATE "Proposal" SET "ledgerDisbursed" = "ledgerDisbursed" - ledger_cash(OLD.kind, OLD.amount)
    WHERE id = OLD."proposalId" AND ledger_cash(OLD.kind, OLD.amount) <> 0;
  END IF;
  IF TG_OP IN (''INSERT'', ''UPDATE'') THEN
    UPDATE "Proposal" SET "ledgerDisbursed" = "ledgerDisbursed" + ledger_cash(NEW.kind, NEW.amount)
    WHERE id = NEW."proposalId" AND ledger_cash(NEW.kind, NEW.amount) <> 0;
  END IF;
  RETURN NULL;
END;
';

CREATE TRIGGER proposal_money_ledger AFTER INSERT OR UPDATE OR DELETE ON "LedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION proposal_money_on_ledger();

CREATE OR REPLACE FUNCTION proposal_money_on_settlement() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
  IF TG_OP IN (''UPDATE'', ''DELETE'') THEN
    UPDATE "Proposal" SET "settledSupport" = NULL, "settledCounterpart" = NULL WHERE id = OLD."proposalId";
  END IF;
  IF TG_OP IN (''INSERT'', ''UPDATE'') THEN
    UPDATE "Proposal" SET "settledSupport" = NEW."settledSupport", "settledCounterpart" = NEW.counterpart WHERE id = NEW."proposalId";
  END IF;
  RETURN NULL;
END;
';

CREATE TRIGGER proposal_money_settlement AFTER INSERT OR UPDATE OR DELETE ON "Settlement"
  FOR EACH ROW EXECUTE FUNCTION proposal_money_on_settlement();

CREATE OR REPLACE FUNCTION proposal_money_guard() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
  IF TG_OP = ''INSERT'' THEN
    NEW."ledgerDisbursed" := 0; NEW."settledSupport" := NULL; NEW."settledCounterpart" := NULL;
  ELSE
    NEW."ledgerDisbursed" := OLD."ledgerDisbursed"; NEW."settledSupport" := OLD."settledSupport"; NEW."settledCounterpart" := OLD."settledCounterpart";
  END IF;
  RETURN NEW;
END;
';

-- The money columns follow the ledger and the settlement only: a fresh đề án has neither, and an UPDATE of
-- them not made by the two triggers above (trigger depth 0) nor by proposal_money_rebuild() is undone. The
-- WHEN clauses keep the guard off every other write.
CREATE TRIGGER proposal_money_guard_insert BEFORE INSERT ON "Proposal" FOR EACH ROW
  WHEN (NEW."ledgerDisbursed" <> 0 OR NEW."settledSupport" IS NOT NULL OR NEW."settledCounterpart" IS NOT NULL)
  EXECUTE FUNCTION proposal_money_guard();
CREATE TRIGGER proposal_money_guard_update BEFORE UPDATE OF "ledgerDisbursed", "settledSupport", "settledCounterpart" ON "Proposal" FOR EACH ROW
  WHEN (pg_trigger_depth() = 0 AND current_setting('kc.money_rebuild', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION proposal_money_guard();

CREATE OR REPLACE FUNCTION proposal_money_rebuild() RETURNS void LANGUAGE sql AS '
  SELECT set_config(''kc.money_rebuild'', ''on'', true);
  UPDATE "Proposal" p SET "ledgerDisbursed" = COALESCE(l.cash, 0), "settledSupport" = s."settledSupport", "settledCounterpart" = s.counterpart
  FROM "Proposal" q
  LEFT JOIN (SELECT "proposalId", SUM(ledger_cash(kind, amount))::bigint AS cash FROM "LedgerEntry" GROUP BY 1) l ON l."proposalId" = q.id
  LEFT JOIN "Settlement" s ON s."proposalId" = q.id
  WHERE p.id = q.id
    AND (p."ledgerDisbursed" IS DISTINCT FROM COALESCE(l.cash, 0) OR p."settledSupport" IS DISTINCT FROM s."settledSupport"
      OR p."settledCounterpart" IS DISTINCT FROM s.counterpart);
  SELECT set_config(''kc.money_rebuild'', ''off'', true);
';

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
      d."approvedSupport", d."ledgerDisbursed", d."settledSupport", d."settledCounterpart", d.counterpart
    FROM d LEFT JOIN "Agency" a ON a.id = d."agencyId"
  ), up AS (
    INSERT INTO "ProposalTotal" AS t ("key", "provinceId", "year", "fund", "activityCategoryId", "communeId", "isCommitted", "n", "committed", "disbursed", "settled", "counterpart")
    SELECT md5(concat_ws(''|'', COALESCE(c."provinceId", ''''), c.year, c.fund, c."activityCategoryId", COALESCE(c."communeId", ''''), c."isCommitted")),
      c."provinceId", c.year, c.fund, c."activityCategoryId", c."communeId", c."isCommitted",
      SUM(c.s * CASE WHEN c."isCommitted" THEN 1 ELSE 0 END)::int,
      SUM(c.s * CASE WHEN c."isCommitted" THEN COALESCE(c."approvedSupport", 0) ELSE 0 END)::bigint,
      SUM(c.s * c."ledgerDisbursed")::bigint,
      SUM(c.s * COALESCE(c."settledSupport", 0))::bigint,
      SUM(c.s * CASE WHEN c."isCommitted" THEN COALESCE(c."settledCounterpart", c.counterpart) ELSE 0 END)::bigint
    FROM c
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING SUM(c.s) <> 0 OR SUM(c.s * COALESCE(c."approvedSupport", 0)) <> 0 OR SUM(c.s * c."ledgerDisbursed") <> 0
      OR SUM(c.s * COALESCE(c."settledSupport", 0)) <> 0 OR SUM(c.s * COALESCE(c."settledCounterpart", c.counterpart)) <> 0
    ORDER BY 1
    ON CONFLICT ("key") DO UPDATE SET "n" = t."n" + EXCLUDED."n", "committed" = t."committed" + EXCLUDED."committed",
      "disbursed" = t."disbursed" + EXCLUDED."disbursed", "settled" = t."settled" + EXCLUDED."settled",
      "counterpart" = t."counterpart" + EXCLUDED."counterpart"
    RETURNING t."key", t."n", t."committed", t."disbursed", t."settled", t."counterpart"
  )
  SELECT array_agg(up."key") INTO emptied FROM up
  WHERE up."n" = 0 AND up."committed" = 0 AND up."disbursed" = 0 AND up."settled" = 0 AND up."counterpart" = 0;
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
    -- Only the rows whose counted columns changed (an autosave, a title, a tag changes none of them).
    SELECT array_agg(ROW(o.*)::"Proposal"), array_agg(ROW(n.*)::"Proposal") INTO minus, plus
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.status, o."agencyId", o.year, o.fund, o."activityCategoryId", o."communeId", o."approvedSupport", o.counterpart,
           o."ledgerDisbursed", o."settledSupport", o."settledCounterpart")
      IS DISTINCT FROM (n.status, n."agencyId", n.year, n.fund, n."activityCategoryId", n."communeId", n."approvedSupport", n.counterpart,
           n."ledgerDisbursed", n."settledSupport", n."settledCounterpart");
    IF minus IS NOT NULL THEN
      PERFORM proposal_totals_merge(minus, plus);
    END IF;
  ELSE
    PERFORM proposal_totals_merge(ARRAY(SELECT ROW(o.*)::"Proposal" FROM old_rows o), NULL::"Proposal"[]);
  END IF;
  RETURN NULL;
END;
';

CREATE TRIGGER proposal_totals_insert AFTER INSERT ON "Proposal"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION proposal_totals_on_change();
CREATE TRIGGER proposal_totals_update AFTER UPDATE ON "Proposal"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION proposal_totals_on_change();
CREATE TRIGGER proposal_totals_delete AFTER DELETE ON "Proposal"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION proposal_totals_on_change();

CREATE OR REPLACE FUNCTION proposal_totals_rebuild() RETURNS void LANGUAGE plpgsql AS '
DECLARE
  y int;
BEGIN
  DELETE FROM "ProposalTotal";
  FOR y IN SELECT DISTINCT year FROM "Proposal" WHERE status::text IN (''APPROVED'', ''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED'', ''STOPPED'') ORDER BY 1 LOOP
    PERFORM proposal_totals_merge(NULL::"Proposal"[], ARRAY(SELECT p FROM "Proposal" p WHERE p.year = y AND p.status::text IN (''APPROVED'', ''CONTRACTED'', ''IN_PROGRESS'', ''ACCEPTED'', ''SETTLED'', ''STOPPED''))::"Proposal"[]);
  END LOOP;
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
      d."activityCategoryId", CASE WHEN d."activityCategoryId" IS NULL THEN NULLIF(d."rawText", '''') END AS "rawText", d.value, d."atLeast"
    FROM d LEFT JOIN "Agency" a ON a.id = d."agencyId"
  ), up AS (
    INSERT INTO "ResultTotal" AS t ("key", "indicatorId", "provinceId", "year", "startYear", "endYear", "fund", "activityCategoryId", "rawText", "value", "n", "atLeastN")
    SELECT md5(concat_ws(''|'', c."indicatorId", COALESCE(c."provinceId", ''''), COALESCE(c.year::text, ''''), c."startYear", c."endYear",
        COALESCE(c.fund::text, ''''), COALESCE(c."activityCategoryId", ''''), COALESCE(md5(c."rawText"), ''''))),
      c."indicatorId", c."provinceId", c.year, c."startYear", c."endYear", c.fund, c."activityCategoryId", c."rawText",
      SUM(c.s * c.value)::bigint, SUM(c.s)::int, SUM(CASE WHEN c."atLeast" THEN c.s ELSE 0 END)::int
    FROM c
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    HAVING SUM(c.s) <> 0 OR SUM(c.s * c.value) <> 0
    ORDER BY 1
    ON CONFLICT ("key") DO UPDATE SET "value" = t."value" + EXCLUDED."value", "n" = t."n" + EXCLUDED."n", "atLeastN" = t."atLeastN" + EXCLUDED."atLeastN"
    RETURNING t."key", t."n", t."value"
  )
  SELECT array_agg(up."key") INTO emptied FROM up WHERE up."n" = 0 AND up."value" = 0;
  IF emptied IS NOT NULL THEN
    DELETE FROM "ResultTotal" WHERE "key" = ANY (emptied);
  END IF;
END;
';

CREATE OR REPLACE FUNCTION result_totals_on_change() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM result_totals_merge(NULL::"Result"[], ARRAY(SELECT ROW(n.*)::"Result" FROM new_rows n));
  ELSIF TG_OP = ''UPDATE'' THEN
    PERFORM result_totals_merge(ARRAY(SELECT ROW(o.*)::"Result" FROM old_rows o), ARRAY(SELECT ROW(n.*)::"Result" FROM new_rows n));
  ELSE
    PERFORM result_totals_merge(ARRAY(SELECT ROW(o.*)::"Result" FROM old_rows o), NULL::"Result"[]);
  END IF;
  RETURN NULL;
END;
';

CREATE TRIGGER result_totals_insert AFTER INSERT ON "Result"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_totals_on_change();
CREATE TRIGGER result_totals_update AFTER UPDATE ON "Result"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION result_totals_on_change();
CREATE TRIGGER result_totals_delete AFTER DELETE ON "Result"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION result_totals_on_change();

CREATE OR REPLACE FUNCTION result_totals_rebuild() RETURNS void LANGUAGE plpgsql AS '
DECLARE
  i text;
BEGIN
  DELETE FROM "ResultTotal";
  FOR i IN SELECT DISTINCT "indicatorId" FROM "Result" WHERE status::text = ''APPROVED'' ORDER BY 1 LOOP
    PERFORM result_totals_merge(NULL::"Result"[], ARRAY(SELECT r FROM "Result" r WHERE r."indicatorId" = i AND r.status::text = ''APPROVED'')::"Result"[]);
  END LOOP;
END;
';

-- The rows that exist already.
SELECT proposal_money_rebuild();
SELECT proposal_totals_rebuild();
SELECT result_totals_rebuild();
