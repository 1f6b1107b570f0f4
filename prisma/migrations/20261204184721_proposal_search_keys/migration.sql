-- A province's search reads its own agencies' entries only (issue 21). The trigram index of "Proposal" was a
-- two-column GIN index (agencyId, trigrams): GIN keeps one posting list per key and column, so a trigram's list held
-- the whole country's đề án and a province's search cost grew with the other provinces' data. Here each key is a
-- trigram hashed together with the đề án's agency: a key's posting list holds one agency's đề án only.
--
-- Keys: every run of three letters or digits inside a word (a maximal run of [a-z0-9]) of the normalised search text
-- (lib/text.ts toSearchText: lower case, no diacritics), as 64 bits of md5(agency || ' ' || trigram) (md5: stable
-- across PostgreSQL versions and in embedded PGlite, which has no pg_trgm). A text containing the searched words
-- contains each word's inner trigrams, so "keys @> the query's keys" never loses a match; a hash collision only
-- adds a candidate, and the query keeps "searchText" LIKE as the exact condition (lib/appraisal/queue-search.ts).
--
-- The keys live in a table of their own, kept by triggers on "Proposal" when its search text or agency changes: a
-- decision's status update (never HOT: the status is in the covering indexes) no longer inserts into a GIN index.
CREATE TABLE "ProposalSearch" (
    "proposalId" TEXT NOT NULL,
    "keys" BIGINT[],

    CONSTRAINT "ProposalSearch_pkey" PRIMARY KEY ("proposalId")
);

ALTER TABLE "ProposalSearch" ADD CONSTRAINT "ProposalSearch_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION kc_search_keys(agency text, t text) RETURNS bigint[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT ('x' || substr(md5(coalesce(agency, '') || ' ' || substr(w, i, 3)), 1, 16))::bit(64)::bigint), '{}')
  FROM regexp_split_to_table(lower(coalesce(t, '')), '[^a-z0-9]+') AS w, generate_series(1, length(w) - 2) AS i
$$;

CREATE FUNCTION proposal_search_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ProposalSearch" ("proposalId", keys) VALUES (NEW.id, kc_search_keys(NEW."agencyId", NEW."searchText"))
  ON CONFLICT ("proposalId") DO UPDATE SET keys = EXCLUDED.keys;
  RETURN NULL;
END
$$;

CREATE TRIGGER proposal_search_insert AFTER INSERT ON "Proposal"
  FOR EACH ROW EXECUTE FUNCTION proposal_search_keep();
CREATE TRIGGER proposal_search_update AFTER UPDATE OF "searchText", "agencyId" ON "Proposal"
  FOR EACH ROW WHEN (OLD."searchText" IS DISTINCT FROM NEW."searchText" OR OLD."agencyId" IS DISTINCT FROM NEW."agencyId")
  EXECUTE FUNCTION proposal_search_keep();

-- Every đề án's keys again from its row (the migration below; scripts/data-generate.ts, whose bulk load runs with
-- triggers off).
CREATE FUNCTION proposal_search_rebuild() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "ProposalSearch";
  INSERT INTO "ProposalSearch" ("proposalId", keys) SELECT id, kc_search_keys("agencyId", "searchText") FROM "Proposal";
$$;

SELECT proposal_search_rebuild();

CREATE INDEX "ProposalSearch_keys_idx" ON "ProposalSearch" USING GIN ("keys");

-- The two-column trigram index of the search text is replaced by the keys (the code's stays: codes are short and
-- their trigrams rare). Only where 20261204123000_search_by_agency made it (PostgreSQL with pg_trgm).
DROP INDEX IF EXISTS "Proposal_agency_searchText_trgm_idx";
