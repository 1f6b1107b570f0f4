-- DropIndex
DROP INDEX "ResultTotal_provinceId_idx";

-- CreateIndex
CREATE INDEX "ResultTotal_read_idx" ON "ResultTotal"("provinceId", "year", "startYear", "endYear", "indicatorId", "fund", "activityCategoryId", "value", "n", "atLeastN", "approxN", "rawText");

-- Issue 21: the leader dashboard's reads of "ResultTotal" for one province (indicator rows, funds by activity) fetched
-- their rows from the heap — one page per row, ~5,000 pages and ~80 ms warm for the biggest province at national
-- scale, because roll-up keys are hashes and a province's rows are spread over the whole table. Covering: index-only.
