-- CreateTable
CREATE TABLE "AcceptanceSchedule" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "scheduledFor" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AcceptanceSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AcceptanceSchedule_proposalId_createdAt_idx" ON "AcceptanceSchedule"("proposalId", "createdAt");

-- AddForeignKey
ALTER TABLE "AcceptanceSchedule" ADD CONSTRAINT "AcceptanceSchedule_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
