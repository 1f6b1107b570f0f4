-- A province's search starts from its agencies (issue 21): the trigram indexes of "Proposal" become two-column GIN
-- indexes (agencyId, then the trigrams; btree_gin gives GIN the equality on text), so a staff member's search reads
-- the candidates of their agencies only — not every matching đề án of the country before filtering (national data
-- set, "det may" in the biggest province: 718 candidates instead of 9,243). A multicolumn GIN index also answers a
-- condition on its second column alone, so the ministry's and the enterprise's searches (no agency list) use the
-- same index, and no index is added to the writes. As in 20261123000500_search_and_planner_stats, only where the
-- extensions are available (PostgreSQL's contrib; not embedded PGlite, whose data is demo-sized).
DO $agency_trgm$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm')
     AND EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gin') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE EXTENSION IF NOT EXISTS btree_gin;
    CREATE INDEX IF NOT EXISTS "Proposal_agency_searchText_trgm_idx" ON "Proposal" USING gin ("agencyId", "searchText" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "Proposal_agency_code_trgm_idx" ON "Proposal" USING gin ("agencyId", "code" gin_trgm_ops);
    DROP INDEX IF EXISTS "Proposal_searchText_trgm_idx";
    DROP INDEX IF EXISTS "Proposal_code_trgm_idx";
  END IF;
END
$agency_trgm$;
