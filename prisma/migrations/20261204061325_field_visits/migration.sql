-- AlterTable
ALTER TABLE "MonitoringVisit" ADD COLUMN     "clientId" TEXT,
ADD COLUMN     "conflictAcknowledged" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "photos" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "recordedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "MonitoringVisit_clientId_key" ON "MonitoringVisit"("clientId");

-- CreateIndex
CREATE INDEX "MonitoringVisit_proposalId_createdAt_idx" ON "MonitoringVisit"("proposalId", "createdAt");
