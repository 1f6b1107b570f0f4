-- CreateEnum
CREATE TYPE "FeedbackKind" AS ENUM ('PORTAL', 'DOSSIER', 'ACCESSIBILITY');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'ANSWERED');

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "FeedbackKind" NOT NULL,
    "proposalId" TEXT,
    "agencyId" TEXT,
    "senderName" TEXT NOT NULL,
    "contact" TEXT,
    "senderUserId" TEXT,
    "content" TEXT NOT NULL,
    "publishConsent" BOOLEAN NOT NULL DEFAULT false,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'NEW',
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "assigneeId" TEXT,
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_code_key" ON "Feedback"("code");

-- CreateIndex
CREATE INDEX "Feedback_status_dueAt_idx" ON "Feedback"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Feedback_agencyId_status_idx" ON "Feedback"("agencyId", "status");
