-- Issue 21: the funds by activity of the whole country read 3 of the 42 indicators (~18,000 of ~258,000 "ResultTotal"
-- rows at national scale); the read index starts with the province, so the whole country's read scanned every row
-- (66 ms; 2.5 ms through this one, BENCHMARKS.md).
-- CreateIndex
CREATE INDEX "ResultTotal_indicator_idx" ON "ResultTotal"("indicatorId", "startYear", "endYear", "year", "provinceId", "fund", "activityCategoryId", "value", "n", "atLeastN", "approxN", "rawText");
