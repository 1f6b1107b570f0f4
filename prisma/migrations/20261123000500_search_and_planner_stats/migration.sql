-- Accent-insensitive search over every đề án and establishment (searchText holds lib/text.ts toSearchText):
-- `contains` becomes LIKE '%…%', which only a trigram index answers without reading the whole table.
-- PostgreSQL ships pg_trgm in contrib; embedded PGlite only has it when loaded at start-up, so the index
-- is created where the extension is available and skipped elsewhere (PGlite data is demo-sized).
-- Prisma's schema cannot express these indexes; they are invisible to `db:diff` on PGlite.
DO $trgm$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX IF NOT EXISTS "Proposal_searchText_trgm_idx" ON "Proposal" USING gin ("searchText" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "Proposal_code_trgm_idx" ON "Proposal" USING gin ("code" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "Establishment_searchText_trgm_idx" ON "Establishment" USING gin ("searchText" gin_trgm_ops);
    -- Common words ("may moc" matches a third of all đề án) are answered faster by walking the newest
    -- first and stopping at the first page than by the trigram bitmap + sort; the planner picks per term.
    CREATE INDEX IF NOT EXISTS "Proposal_submittedAt_search_idx" ON "Proposal" ("submittedAt");
  END IF;
END
$trgm$;

-- The dashboard filters on `status::text` (lib/dashboard/*-sql.ts). Without statistics on that expression
-- the planner guesses 0.5 % of rows match, picks nested loops over the commune roll-up, and the leader
-- dashboard slows down by the number of communes (measured: 1.4 s → 0.37 s on one province; BENCHMARKS.md).
CREATE STATISTICS IF NOT EXISTS "Result_status_text_stat" ON (status::text) FROM "Result";
CREATE STATISTICS IF NOT EXISTS "Proposal_status_text_stat" ON (status::text) FROM "Proposal";
