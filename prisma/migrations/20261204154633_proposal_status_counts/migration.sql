-- CreateTable
CREATE TABLE "ProposalStatusCount" (
    "agencyId" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL,
    "shard" INTEGER NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "ProposalStatusCount_pkey" PRIMARY KEY ("agencyId","status","shard")
);

-- Issue 21: đề án by agency and status, kept by statement triggers (as "ProposalTotal" is, migration
-- 20261201000000_dashboard_rollups): a status change moves one đề án from one count to another in the same shard.
-- Rows are merged in key order (no deadlock between two statements); an emptied count stays as a 0 row (at most
-- agencies × statuses × 16 rows). The shard only spreads the locks: sums over the shards are exact whatever shard a
-- change lands in.
CREATE OR REPLACE FUNCTION proposal_status_counts_on_change() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "ProposalStatusCount" AS t ("agencyId", "status", "shard", "n")
    SELECT n."agencyId", n.status, hashtext(n.id) & 15, COUNT(*)::int FROM new_rows n
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("agencyId", "status", "shard") DO UPDATE SET "n" = t."n" + EXCLUDED."n";
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO "ProposalStatusCount" AS t ("agencyId", "status", "shard", "n")
    SELECT o."agencyId", o.status, hashtext(o.id) & 15, -COUNT(*)::int FROM old_rows o
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("agencyId", "status", "shard") DO UPDATE SET "n" = t."n" + EXCLUDED."n";
  ELSE
    WITH moved AS (
      SELECT o."agencyId" AS oa, o.status AS os, n."agencyId" AS na, n.status AS ns, hashtext(n.id) & 15 AS shard
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.status <> n.status OR o."agencyId" <> n."agencyId"
    ), d AS (
      SELECT oa AS a, os AS s, shard, -1 AS x FROM moved
      UNION ALL
      SELECT na, ns, shard, 1 FROM moved
    )
    INSERT INTO "ProposalStatusCount" AS t ("agencyId", "status", "shard", "n")
    SELECT d.a, d.s, d.shard, SUM(d.x)::int FROM d
    GROUP BY 1, 2, 3 HAVING SUM(d.x) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("agencyId", "status", "shard") DO UPDATE SET "n" = t."n" + EXCLUDED."n";
  END IF;
  RETURN NULL;
END;
';

CREATE TRIGGER proposal_status_counts_insert AFTER INSERT ON "Proposal"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION proposal_status_counts_on_change();
CREATE TRIGGER proposal_status_counts_update AFTER UPDATE ON "Proposal"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION proposal_status_counts_on_change();
CREATE TRIGGER proposal_status_counts_delete AFTER DELETE ON "Proposal"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION proposal_status_counts_on_change();

CREATE OR REPLACE FUNCTION proposal_status_counts_rebuild() RETURNS void LANGUAGE sql AS '
  DELETE FROM "ProposalStatusCount";
  INSERT INTO "ProposalStatusCount" ("agencyId", "status", "shard", "n")
  SELECT p."agencyId", p.status, hashtext(p.id) & 15, COUNT(*)::int FROM "Proposal" p GROUP BY 1, 2, 3;
';

SELECT proposal_status_counts_rebuild();
