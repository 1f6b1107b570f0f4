-- CreateTable
CREATE TABLE "ServiceRating" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "raterId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "activityCategoryId" TEXT NOT NULL,
    "overall" INTEGER NOT NULL,
    "timeliness" INTEGER NOT NULL,
    "staff" INTEGER NOT NULL,
    "ease" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceRating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceRating_proposalId_key" ON "ServiceRating"("proposalId");

-- CreateIndex
CREATE INDEX "ServiceRating_agencyId_createdAt_idx" ON "ServiceRating"("agencyId", "createdAt");
