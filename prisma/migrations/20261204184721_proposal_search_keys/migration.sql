-- A province's search reads its own agencies' entries only (issue 21). The trigram index of "Proposal" was a
-- two-column GIN index (agencyId, trigrams): GIN keeps one posting list per key and column, so a trigram's list held
-- the whole country's đề án and a province's search cost grew with the other provinces' data. Here each key is a
-- trigram hashed together with the đề án's agency: a key's posting list holds one agency's đề án only.
--
-- Keys: every run of three letters or digits inside a word (a maximal run of [a-z0-9]) of the normalised search text
-- (lib/text.ts toSearchText: lower case, no diacritics) and of the code in lower case, as 64 bits of
-- md5(agency || ' ' || trigram) (md5: stable across PostgreSQL versions and in embedded PGlite, which has no pg_trgm).
-- A text or code containing the searched words contains each word's inner trigrams, so "keys @> the query's keys"
-- never loses a match; a hash collision only adds a candidate, and the query keeps "searchText" LIKE / "code" ILIKE as
-- the exact condition (lib/appraisal/queue-search.ts). With the code among the keys, the keys are a condition of
-- both branches of the queue's search, so the planner runs them as a semi-join from the GIN index.
--
-- The keys live in a table of their own, kept by triggers on "Proposal" when its search text or agency changes: a
-- decision's status update (never HOT: the status is in the covering indexes) does not insert into their index.
CREATE TABLE "ProposalSearch" (
    "proposalId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "keys" BIGINT[],

    CONSTRAINT "ProposalSearch_pkey" PRIMARY KEY ("proposalId","agencyId")
);

ALTER TABLE "ProposalSearch" ADD CONSTRAINT "ProposalSearch_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION kc_search_keys(agency text, t text) RETURNS bigint[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT ('x' || substr(md5(coalesce(agency, '') || ' ' || substr(w, i, 3)), 1, 16))::bit(64)::bigint), '{}')
  FROM regexp_split_to_table(lower(coalesce(t, '')), '[^a-z0-9]+') AS w, generate_series(1, length(w) - 2) AS i
$$;

-- One row per đề án, under its current agency (a move replaces the row). Prisma filters a list relation with EXISTS,
-- which the planner turns into a semi-join from the GIN index (a one-to-one relation is filtered through a join).
CREATE FUNCTION proposal_search_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ProposalSearch" WHERE "proposalId" = NEW.id AND "agencyId" <> NEW."agencyId";
  INSERT INTO "ProposalSearch" ("proposalId", "agencyId", keys)
    VALUES (NEW.id, NEW."agencyId", kc_search_keys(NEW."agencyId", NEW."searchText" || ' ' || lower(coalesce(NEW.code, ''))))
  ON CONFLICT ("proposalId", "agencyId") DO UPDATE SET keys = EXCLUDED.keys;
  RETURN NULL;
END
$$;

CREATE TRIGGER proposal_search_insert AFTER INSERT ON "Proposal"
  FOR EACH ROW EXECUTE FUNCTION proposal_search_keep();
CREATE TRIGGER proposal_search_update AFTER UPDATE OF "searchText", "code", "agencyId" ON "Proposal"
  FOR EACH ROW WHEN (OLD."searchText" IS DISTINCT FROM NEW."searchText" OR OLD.code IS DISTINCT FROM NEW.code
    OR OLD."agencyId" IS DISTINCT FROM NEW."agencyId")
  EXECUTE FUNCTION proposal_search_keep();

-- Every đề án's keys again from its row (the migration below; scripts/data-generate.ts, whose bulk load runs with
-- triggers off).
CREATE FUNCTION proposal_search_rebuild() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "ProposalSearch";
  INSERT INTO "ProposalSearch" ("proposalId", "agencyId", keys)
    SELECT id, "agencyId", kc_search_keys("agencyId", "searchText" || ' ' || lower(coalesce(code, ''))) FROM "Proposal";
$$;

SELECT proposal_search_rebuild();

CREATE INDEX "ProposalSearch_keys_idx" ON "ProposalSearch" USING GIN ("keys");

-- The two-column trigram index of the search text gives way to the keys for the staff queue; a search with no agency
-- list (the whole country's đề án, BENCHMARKS.md "search over all đề án") keeps a one-column trigram index, as
-- 20261123000500_search_and_planner_stats made it. The code's two-column index stays (codes are short, their
-- trigrams rare). Only where pg_trgm exists (PostgreSQL's contrib; not embedded PGlite).
DO $search_trgm$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "Proposal_searchText_trgm_idx" ON "Proposal" USING gin ("searchText" gin_trgm_ops);
    DROP INDEX IF EXISTS "Proposal_agency_searchText_trgm_idx";
  END IF;
END
$search_trgm$;
