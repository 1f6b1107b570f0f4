-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('REGISTRATION', 'SMS_ZALO', 'PUBLIC_ANSWER');

-- CreateEnum
CREATE TYPE "DataRequestKind" AS ENUM ('ACCESS', 'CORRECTION', 'DELETION', 'WITHDRAW_CONSENT');

-- CreateEnum
CREATE TYPE "DataRequestStatus" AS ENUM ('RECEIVED', 'DONE', 'REFUSED');

-- CreateEnum
CREATE TYPE "BreachSeverity" AS ENUM ('LOW', 'HIGH');

-- AlterTable
ALTER TABLE "DeletionLog" ADD COLUMN     "pseudonym" TEXT,
ADD COLUMN     "summary" JSONB;

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "establishmentId" TEXT,
    "purpose" "ConsentPurpose" NOT NULL,
    "version" TEXT NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),
    "source" TEXT NOT NULL DEFAULT 'web',

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataSubjectRequest" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "DataRequestKind" NOT NULL,
    "status" "DataRequestStatus" NOT NULL DEFAULT 'RECEIVED',
    "establishmentId" TEXT,
    "requesterId" TEXT,
    "createdById" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,

    CONSTRAINT "DataSubjectRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataBreach" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "detectedAt" TIMESTAMP(3) NOT NULL,
    "description" TEXT NOT NULL,
    "dataKinds" TEXT[],
    "subjectsAffected" INTEGER NOT NULL DEFAULT 0,
    "severity" "BreachSeverity" NOT NULL DEFAULT 'LOW',
    "containedAt" TIMESTAMP(3),
    "authorityNotifiedAt" TIMESTAMP(3),
    "subjectsNotifiedAt" TIMESTAMP(3),
    "measures" TEXT,
    "agencyId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataBreach_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConsentRecord_userId_purpose_idx" ON "ConsentRecord"("userId", "purpose");

-- CreateIndex
CREATE INDEX "ConsentRecord_establishmentId_idx" ON "ConsentRecord"("establishmentId");

-- CreateIndex
CREATE UNIQUE INDEX "DataSubjectRequest_code_key" ON "DataSubjectRequest"("code");

-- CreateIndex
CREATE INDEX "DataSubjectRequest_status_dueAt_idx" ON "DataSubjectRequest"("status", "dueAt");

-- CreateIndex
CREATE INDEX "DataSubjectRequest_establishmentId_idx" ON "DataSubjectRequest"("establishmentId");

-- CreateIndex
CREATE UNIQUE INDEX "DataBreach_code_key" ON "DataBreach"("code");

-- CreateIndex
CREATE INDEX "DataBreach_detectedAt_idx" ON "DataBreach"("detectedAt");

-- AddForeignKey
ALTER TABLE "DataSubjectRequest" ADD CONSTRAINT "DataSubjectRequest_establishmentId_fkey" FOREIGN KEY ("establishmentId") REFERENCES "Establishment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit log stays append-only, with one exception the database itself checks: erasure of a person's data
-- (lib/privacy/erase.ts) may replace their identifiers by a pseudonym in "reason" and "data" — and nothing else —
-- inside a transaction that has set kc.audit_pseudonymize = 'on' (SET LOCAL). Who did what, on which record and
-- when stay as they were, so the trail still reads in order with the pseudonym in place of the person.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
  IF TG_OP = ''UPDATE'' AND coalesce(current_setting(''kc.audit_pseudonymize'', true), '''') = ''on''
     AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action AND NEW.entity = OLD.entity
     AND NEW."entityId" = OLD."entityId" AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId"
     AND NEW."actorRole" IS NOT DISTINCT FROM OLD."actorRole"
     AND NEW."onBehalfOfId" IS NOT DISTINCT FROM OLD."onBehalfOfId" AND NEW.assisted = OLD.assisted THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION ''AuditLog is append-only: % is not allowed'', TG_OP;
END;
';
