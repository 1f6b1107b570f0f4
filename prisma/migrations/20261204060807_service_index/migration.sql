-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "handlingBasis" TEXT,
ADD COLUMN     "handlingIllustrative" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "handlingWorkingDays" INTEGER;

-- CreateIndex
CREATE INDEX "ProposalEvent_toStatus_createdAt_idx" ON "ProposalEvent"("toStatus", "createdAt");
