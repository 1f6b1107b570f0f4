-- DropIndex
DROP INDEX "OwnerResultTotal_province_idx";

-- DropIndex
DROP INDEX "OwnerResultTotal_read_idx";

-- DropIndex
DROP INDEX "Proposal_agencyId_year_fund_idx";

-- DropIndex
DROP INDEX "Proposal_owner_read_idx";

-- DropIndex
DROP INDEX "ProposalTotal_provinceId_year_idx";

-- CreateIndex
CREATE INDEX "OwnerResultTotal_province_idx" ON "OwnerResultTotal"("provinceId", "year", "fund", "illustrative", "activityCategoryId", "indicatorId", "women", "ethnic", "value", "n");

-- CreateIndex
CREATE INDEX "OwnerResultTotal_read_idx" ON "OwnerResultTotal"("year", "provinceId", "fund", "illustrative", "activityCategoryId", "indicatorId", "women", "ethnic", "value", "n");

-- CreateIndex
CREATE INDEX "Proposal_agency_read_idx" ON "Proposal"("agencyId", "year", "fund", "status", "activityCategoryId", "communeId", "fictional", "ownerWomen", "ownerEthnic", "ownerIndustryCode", "establishmentId", "approvedSupport", "id");

-- CreateIndex
CREATE INDEX "Proposal_owner_read_idx" ON "Proposal"("year", "agencyId", "status", "fund", "activityCategoryId", "communeId", "fictional", "ownerWomen", "ownerEthnic", "ownerIndustryCode", "establishmentId", "approvedSupport", "id");

-- CreateIndex
CREATE INDEX "ProposalTotal_read_idx" ON "ProposalTotal"("provinceId", "year", "fund", "activityCategoryId", "communeId", "isCommitted", "illustrative", "n", "committed", "disbursed", "settled", "counterpart", "plannedCounterpart", "documentedCounterpart", "trackedCommitted");

-- Issue 21: the dashboards' reads for one province, and the drill-down, were not index-only. "OwnerResultTotal" by
-- owner group (HAVING SUM(n) <> 0) fetched each row from the heap because "n" was not in its covering indexes (~90 ms
-- warm for the biggest province, 3 ms index-only); the owner-group and industry breakdown of one province read
-- "Proposal" through (agencyId, year, fund) and the heap (~37 ms each), the year-first covering index serving the
-- whole country only; "ProposalTotal" for one province read one heap page per row (~21 ms). The agency-first covering
-- index replaces (agencyId, year, fund), whose reads it serves too, so a status change still updates as many indexes
-- as before. Both covering indexes of "Proposal" end with "id": the drill-down picks its page's đề án (keyset on year,
-- committed support, id) and counts them from the index alone (lib/dashboard/drilldown-query.ts).
