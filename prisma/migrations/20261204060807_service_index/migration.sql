-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "handlingBasis" TEXT,
ADD COLUMN     "handlingIllustrative" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "handlingWorkingDays" INTEGER;

-- CreateIndex
CREATE INDEX "ProposalEvent_toStatus_createdAt_idx" ON "ProposalEvent"("toStatus", "createdAt");
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_handlingWorkingDays_check" CHECK ("handlingWorkingDays" IS NULL OR "handlingWorkingDays" BETWEEN 1 AND 120);
